package dev.synthesis.app.security;

import java.util.List;

/** Who is calling: the token's user, tenant and realm roles. */
public record CurrentUser(String username, String tenantId, List<String> roles) {}
