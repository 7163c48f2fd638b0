package dev.synthesis.app.apikey;

import static dev.synthesis.app.apikey.ApiKeyScope.GENERATE;
import static dev.synthesis.app.apikey.ApiKeyScope.MANAGE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one table of which scope an API key needs for which request. Reading (GET, HEAD) needs
 * {@code read}. Every write the table does not list needs {@code manage}, so a new endpoint stays
 * closed to weaker keys until someone decides otherwise here ({@code ScopeRulesTest} fails until
 * every tenant endpoint that writes is listed). Admin endpoints are refused to keys before this.
 */
public final class ScopeRules {

    private static final Set<HttpMethod> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private static final List<Rule> WRITES = List.of(
            // starting work
            rule(HttpMethod.POST, "/api/seeds", GENERATE),
            rule(HttpMethod.POST, "/api/schemas/preview", GENERATE),
            rule(HttpMethod.POST, "/api/schemas/{id}/preview", GENERATE),
            rule(HttpMethod.POST, "/api/schemas/{id}/validate", GENERATE),
            rule(HttpMethod.POST, "/api/train", GENERATE),
            rule(HttpMethod.POST, "/api/generate", GENERATE),
            rule(HttpMethod.POST, "/api/generate/{id}/cancel", GENERATE),
            rule(HttpMethod.POST, "/api/deployments/{id}/run-next", GENERATE),
            // reads seeds and proposes keys, stores nothing: like validating a seed against a schema
            rule(HttpMethod.POST, "/api/datasets/detect", GENERATE),
            rule(HttpMethod.POST, "/api/datasets/{id}/preview", GENERATE),
            rule(HttpMethod.POST, "/api/datasets/{id}/train", GENERATE),
            rule(HttpMethod.POST, "/api/datasets/{id}/generate", GENERATE),
            rule(HttpMethod.POST, "/api/dataset-jobs/{id}/cancel", GENERATE),
            // changing what the tenant has
            rule(HttpMethod.POST, "/api/schemas", MANAGE),
            rule(HttpMethod.PUT, "/api/schemas/{id}", MANAGE),
            rule(HttpMethod.DELETE, "/api/schemas/{id}", MANAGE),
            rule(HttpMethod.POST, "/api/seeds/{id}/schema", MANAGE),
            rule(HttpMethod.DELETE, "/api/seeds/{id}", MANAGE),
            rule(HttpMethod.POST, "/api/schemas/{id}/deployments", MANAGE),
            rule(HttpMethod.POST, "/api/datasets", MANAGE),
            rule(HttpMethod.POST, "/api/datasets/from-seeds", MANAGE),
            rule(HttpMethod.PUT, "/api/datasets/{id}", MANAGE),
            rule(HttpMethod.DELETE, "/api/datasets/{id}", MANAGE),
            rule(HttpMethod.POST, "/api/templates/{id}/instantiate", MANAGE),
            rule(HttpMethod.POST, "/api/keys", MANAGE),
            rule(HttpMethod.DELETE, "/api/keys/{id}", MANAGE));

    private ScopeRules() {}

    /** The scope a request needs, by its method and its path within the application. */
    public static ApiKeyScope required(HttpMethod method, String path) {
        if (READING.contains(method)) {
            return ApiKeyScope.READ;
        }
        return listed(method, path).orElse(MANAGE);
    }

    /** The scope the table lists for a write, if it lists one. */
    static Optional<ApiKeyScope> listed(HttpMethod method, String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        return WRITES.stream()
                .filter(rule -> rule.method().equals(method) && rule.path().matches(parsed))
                .map(Rule::scope)
                .findFirst();
    }

    private static Rule rule(HttpMethod method, String path, ApiKeyScope scope) {
        return new Rule(method, PathPatternParser.defaultInstance.parse(path), scope);
    }

    private record Rule(HttpMethod method, PathPattern path, ApiKeyScope scope) {}
}
