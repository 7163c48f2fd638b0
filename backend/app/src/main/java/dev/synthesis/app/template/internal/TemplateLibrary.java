package dev.synthesis.app.template.internal;

import dev.synthesis.app.template.Template;
import dev.synthesis.app.template.TemplateNotFound;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The templates shipped as resources, read once at start-up with the API's own strict JSON rules. A
 * template that does not read or check fails the start with its id and what is wrong, so a broken
 * template never reaches a user.
 */
@Component
public class TemplateLibrary {

    static final String LOCATION = "classpath:templates/*.json";

    private final Map<String, Template> templates;

    TemplateLibrary(ResourcePatternResolver resources, JsonMapper mapper) throws IOException {
        this.templates = load(Arrays.asList(resources.getResources(LOCATION)), mapper);
    }

    /** Every template, by id in alphabetical order. */
    public List<Template> all() {
        return List.copyOf(templates.values());
    }

    public Template get(String id) {
        Template template = templates.get(id);
        if (template == null) {
            throw new TemplateNotFound(id, templates.keySet());
        }
        return template;
    }

    static Map<String, Template> load(List<Resource> resources, JsonMapper mapper) {
        Map<String, Template> loaded = new LinkedHashMap<>();
        resources.stream().sorted(Comparator.comparing(Resource::getFilename)).forEach(resource -> {
            Template template = read(resource, mapper);
            TemplateChecks.requireValid(template, resource.getFilename());
            loaded.put(template.id(), template);
        });
        return loaded;
    }

    private static Template read(Resource resource, JsonMapper mapper) {
        try (InputStream in = resource.getInputStream()) {
            return mapper.readValue(in, Template.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("template " + resource.getFilename() + " cannot be read", unreadable);
        } catch (RuntimeException malformed) {
            throw new IllegalStateException("template " + resource.getFilename() + " is not valid JSON for a template: "
                    + malformed.getMessage(), malformed);
        }
    }
}
