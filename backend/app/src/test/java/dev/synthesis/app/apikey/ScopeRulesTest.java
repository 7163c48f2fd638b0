package dev.synthesis.app.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

class ScopeRulesTest {

    @Test
    void readingAnythingNeedsRead() {
        assertThat(ScopeRules.required(HttpMethod.GET, "/api/generate/42/download")).isEqualTo(ApiKeyScope.READ);
        assertThat(ScopeRules.required(HttpMethod.HEAD, "/api/seeds")).isEqualTo(ApiKeyScope.READ);
        assertThat(ScopeRules.required(HttpMethod.GET, "/api/keys")).isEqualTo(ApiKeyScope.READ);
    }

    @Test
    void startingWorkNeedsGenerate() {
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/seeds")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/train")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/generate")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/generate/42/cancel")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/schemas/42/preview")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/deployments/42/run-next")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/datasets/detect")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/datasets/42/preview")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/datasets/42/train")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/datasets/42/generate")).isEqualTo(ApiKeyScope.GENERATE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/dataset-jobs/42/cancel")).isEqualTo(ApiKeyScope.GENERATE);
    }

    @Test
    void changingWhatTheTenantHasNeedsManage() {
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/schemas")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.PUT, "/api/schemas/42")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.DELETE, "/api/seeds/42")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/schemas/42/deployments")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/templates/retail/instantiate")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/keys")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/datasets")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/datasets/from-seeds")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.PUT, "/api/datasets/42")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.DELETE, "/api/datasets/42")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.DELETE, "/api/keys/42")).isEqualTo(ApiKeyScope.MANAGE);
    }

    @Test
    void aWriteTheTableDoesNotKnowNeedsManage() {
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/something-new")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.PATCH, "/api/generate")).isEqualTo(ApiKeyScope.MANAGE);
        assertThat(ScopeRules.required(HttpMethod.POST, "/api/seeds/")).isEqualTo(ApiKeyScope.MANAGE);
    }

    @Test
    void eachScopeIncludesTheOnesBeforeIt() {
        assertThat(ApiKeyScope.MANAGE.includes(ApiKeyScope.GENERATE)).isTrue();
        assertThat(ApiKeyScope.GENERATE.includes(ApiKeyScope.READ)).isTrue();
        assertThat(ApiKeyScope.GENERATE.includes(ApiKeyScope.MANAGE)).isFalse();
        assertThat(ApiKeyScope.READ.includes(ApiKeyScope.GENERATE)).isFalse();
    }

    /** Catches the next endpoint that writes: whoever adds it decides here which scope it needs. */
    @Test
    void everyTenantEndpointThatWritesIsListed() {
        List<String> unlisted = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            boolean writes = endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.HEAD;
            if (writes && !endpoint.path().startsWith("/api/admin/") && ScopeRules.listed(endpoint.method(), endpoint.path()).isEmpty()) {
                unlisted.add(endpoint.method() + " " + endpoint.path());
            }
        }
        assertThat(endpoints()).hasSizeGreaterThan(30);
        assertThat(unlisted).isEmpty();
    }

    private record Endpoint(HttpMethod method, String path) {}

    private static List<Endpoint> endpoints() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Endpoint> endpoints = new ArrayList<>();
        for (BeanDefinition controller : scanner.findCandidateComponents("dev.synthesis.app")) {
            Class<?> type = ClassUtils.resolveClassName(controller.getBeanClassName(), ScopeRulesTest.class.getClassLoader());
            RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            for (Method handler : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
                if (mapping != null) {
                    endpoints.addAll(endpoints(base, mapping));
                }
            }
        }
        return endpoints;
    }

    private static List<Endpoint> endpoints(RequestMapping base, RequestMapping mapping) {
        List<String> prefixes = base == null || base.path().length == 0 ? List.of("") : Arrays.asList(base.path());
        List<String> paths = mapping.path().length == 0 ? List.of("") : Arrays.asList(mapping.path());
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMethod method : mapping.method()) {
            for (String prefix : prefixes) {
                paths.forEach(path -> endpoints.add(new Endpoint(method.asHttpMethod(), prefix + path)));
            }
        }
        return endpoints;
    }
}
