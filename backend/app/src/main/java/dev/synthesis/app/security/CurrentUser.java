package dev.synthesis.app.security;

import java.util.List;

/** Who is calling: the token's user, tenant and realm roles, or an API key as {@code key:<prefix>} with the role {@code api-key}. */
public record CurrentUser(String username, String tenantId, List<String> roles) {}
