package dev.synthesis.app.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the caller from a verified token. */
public final class Users {

    private Users() {}

    public static CurrentUser from(Jwt token) {
        return RealmRoles.currentUser(token);
    }
}
