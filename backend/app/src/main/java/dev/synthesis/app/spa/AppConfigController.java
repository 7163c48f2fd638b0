package dev.synthesis.app.spa;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SPA reads this at start instead of having Keycloak's address built into it. */
@RestController
class AppConfigController {

    private final SpaProperties properties;

    AppConfigController(SpaProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/app-config.json")
    Map<String, String> config() {
        return Map.of("issuer", properties.issuer(), "clientId", properties.clientId());
    }
}
