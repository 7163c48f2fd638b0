package dev.synthesis.app.security.web;

import dev.synthesis.app.security.CurrentUser;
import dev.synthesis.app.security.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    @GetMapping("/api/me")
    CurrentUser me(@AuthenticationPrincipal Jwt token) {
        return Users.from(token);
    }
}
