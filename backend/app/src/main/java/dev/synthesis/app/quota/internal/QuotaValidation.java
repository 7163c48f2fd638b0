package dev.synthesis.app.quota.internal;

import dev.synthesis.app.quota.InvalidQuotas;
import dev.synthesis.app.quota.QuotaUpdate;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks new limits: the constraints declared on {@link QuotaUpdate}, and the seed size against the
 * server's multipart limit, which is configuration and so cannot be an annotation. Checked in the
 * service, not only at the endpoint, so the admin console's calls are checked the same way.
 */
@Component
public class QuotaValidation {

    private final Validator validator;
    private final DataSize uploadCap;

    QuotaValidation(Validator validator, @Value("${spring.servlet.multipart.max-file-size}") DataSize uploadCap) {
        this.validator = validator;
        this.uploadCap = uploadCap;
    }

    public void check(QuotaUpdate update) {
        List<Map<String, String>> errors = new ArrayList<>();
        validator.validate(update).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> errors.add(error(violation.getPropertyPath().toString(), violation.getMessage())));
        Long seedBytes = update.maxSeedBytes();
        if (seedBytes != null && seedBytes > uploadCap.toBytes()) {
            errors.add(error("maxSeedBytes", "must be at most " + uploadCap.toBytes()
                    + " (the server's upload limit, spring.servlet.multipart.max-file-size)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQuotas(errors);
        }
    }

    private static Map<String, String> error(String path, String message) {
        return Map.of("path", path, "message", message);
    }
}
