package dev.synthesis.app.apidocs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;

/**
 * Records are written whole: every property is present in the JSON, null included, unless the
 * record leaves nulls out ({@code @JsonInclude(NON_NULL)}, as the engine's schema types do). So a
 * record's properties are required, and one marked {@link Nullable} is typed "or null". Without
 * this, springdoc calls every property optional and never null, and the SPA's types would say so.
 * Spring Data's pages always carry their content and metadata too.
 */
@Component
class RecordPropertiesAreRequired implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        boolean page = PagedModel.class.isAssignableFrom(raw);
        if (resolved == null || !(raw.isRecord() || page)) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null ? resolved : context.getDefinedModels().get(refName(resolved.get$ref()));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        if (page) {
            model.getProperties().keySet().forEach(name -> addRequired(model, name));
        } else {
            describe(raw, model);
        }
        return resolved;
    }

    private static void describe(Class<?> record, Schema<?> model) {
        boolean omitsNulls = omitsNulls(record);
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            describe(model, properties.get(component.getName()), component.getName(), component.getType(), omitsNulls,
                    component.getAnnotatedType().isAnnotationPresent(Nullable.class));
        }
        for (Method method : record.getMethods()) {
            JsonProperty json = method.getAnnotation(JsonProperty.class);
            if (json != null) {
                describe(model, properties.get(json.value()), json.value(), method.getReturnType(), omitsNulls,
                        method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
            }
        }
    }

    private static void describe(Schema<?> model, Schema<?> property, String name, Class<?> javaType, boolean omitsNulls,
            boolean nullable) {
        if (property == null) {
            return;
        }
        if (javaType.isPrimitive() || !omitsNulls) {
            addRequired(model, name);
        }
        if (nullable && property.get$ref() == null) {
            if (property.getTypes() == null && property.getType() != null) {
                property.addType(property.getType());
            }
            property.addType("null");
        }
    }

    private static void addRequired(Schema<?> model, String name) {
        if (model.getRequired() == null || !model.getRequired().contains(name)) {
            model.addRequiredItem(name);
        }
    }

    private static boolean omitsNulls(Class<?> record) {
        JsonInclude include = record.getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS;
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
