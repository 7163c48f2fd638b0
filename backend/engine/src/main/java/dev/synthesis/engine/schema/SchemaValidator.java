package dev.synthesis.engine.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a whole schema and lists every violation, so a user can fix them all in one go. */
final class SchemaValidator {

    static final int MAX_FIELDS = 1_000;
    static final int MAX_NAME_LENGTH = 255;
    static final long MAX_RECORDS_PER_DAY = 10_000_000_000L;
    static final int MAX_DAYS = 3_650;

    private final List<SchemaViolation> violations = new ArrayList<>();

    List<SchemaViolation> validate(DataSchema schema) {
        checkName("name", schema.name());
        checkLength("domain", schema.domain(), 100);
        checkLength("description", schema.description(), FieldRules.MAX_DESCRIPTION_LENGTH);
        checkFields(schema.fields());
        checkVolume(schema.targetVolume());
        checkPrivacy(schema.privacySettings());
        return List.copyOf(violations);
    }

    private void checkFields(List<FieldDefinition> fields) {
        if (fields.isEmpty()) {
            add("fields", "a schema needs at least one field");
        }
        if (fields.size() > MAX_FIELDS) {
            add("fields", "at most " + MAX_FIELDS + " fields are allowed, got " + fields.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String path = "fields[" + i + "]";
            FieldDefinition field = fields.get(i);
            if (field == null) {
                add(path, "a field must be an object");
                continue;
            }
            if (checkName(path + ".name", field.name()) && !seen.add(field.name().toLowerCase(Locale.ROOT))) {
                add(path + ".name", "duplicate field name '" + field.name() + "' (names are compared ignoring case)");
            }
            if (field.type() == null) {
                add(path + ".type", "a field needs a type");
                continue;
            }
            new FieldRules(field, path, violations).check();
            NestedRules.check(field, path, violations);
        }
    }

    private void checkVolume(TargetVolume volume) {
        if (volume.recordsPerDay() < 1 || volume.recordsPerDay() > MAX_RECORDS_PER_DAY) {
            add("targetVolume.recordsPerDay", "must be between 1 and " + MAX_RECORDS_PER_DAY);
        }
        if (volume.days() < 1 || volume.days() > MAX_DAYS) {
            add("targetVolume.days", "must be between 1 and " + MAX_DAYS);
        }
    }

    private void checkPrivacy(PrivacySettings privacy) {
        Double epsilon = privacy.epsilon();
        if (privacy.differentialPrivacy() && epsilon == null) {
            add("privacySettings.epsilon", "differential privacy needs an epsilon (the privacy budget), e.g. 1.0");
        }
        if (epsilon != null && !(epsilon > 0 && epsilon <= 100)) {
            add("privacySettings.epsilon", "must be greater than 0 and at most 100, got " + epsilon);
        }
        Double delta = privacy.delta();
        if (delta != null && !(delta > 0 && delta <= PrivacySettings.MAX_DELTA)) {
            add("privacySettings.delta", "must be greater than 0 and at most " + PrivacySettings.MAX_DELTA
                    + " (the chance the epsilon guarantee fails; keep it well below 1 / seed rows), got " + delta);
        }
        double ratio = privacy.syntheticRatio();
        if (!(ratio >= 0 && ratio <= 100)) {
            add("privacySettings.syntheticRatio", "is a percentage between 0 and 100, got " + ratio);
        } else if (privacy.differentialPrivacy() && ratio < 100) {
            add("privacySettings.syntheticRatio",
                    "mixing real rows into the output would void differential privacy; use 100 when it is on");
        }
    }

    private boolean checkName(String path, String name) {
        if (name == null || name.isBlank()) {
            add(path, "must not be blank");
            return false;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            add(path, "must be at most " + MAX_NAME_LENGTH + " characters");
            return false;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            add(path, "must not contain control characters");
            return false;
        }
        return true;
    }

    private void checkLength(String path, String text, int max) {
        if (text != null && text.length() > max) {
            add(path, "must be at most " + max + " characters");
        }
    }

    private void add(String path, String message) {
        violations.add(new SchemaViolation(path, message));
    }
}
