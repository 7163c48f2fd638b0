package dev.synthesis.app.security.web;

import dev.synthesis.app.security.CurrentUser;
import dev.synthesis.app.security.Users;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    /** The caller: a user, or for an API key {@code key:<prefix>} with the role {@code api-key}. */
    @GetMapping("/api/me")
    CurrentUser me(Authentication caller) {
        return Users.from(caller);
    }
}
