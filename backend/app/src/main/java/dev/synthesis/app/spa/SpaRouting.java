package dev.synthesis.app.spa;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves built assets, and index.html for any other path the SPA routes itself (e.g. a reload on
 * /schemas). API, actuator, documentation and well-known paths are never answered with the SPA.
 */
@Configuration(proxyBeanMethods = false)
class SpaRouting implements WebMvcConfigurer {

    private static final List<String> SERVER_PATHS = List.of("api/", "actuator", "v3/", "swagger-ui", ".well-known/");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new IndexFallback());
    }

    private static final class IndexFallback extends PathResourceResolver {

        @Override
        protected Resource getResource(String path, Resource location) throws IOException {
            Resource asset = location.createRelative(path);
            if (asset.exists() && asset.isReadable()) {
                return asset;
            }
            boolean serverPath = SERVER_PATHS.stream().anyMatch(path::startsWith);
            boolean looksLikeFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
            return serverPath || looksLikeFile ? null : new ClassPathResource("static/index.html");
        }
    }
}
