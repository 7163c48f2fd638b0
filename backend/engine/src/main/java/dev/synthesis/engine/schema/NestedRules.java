package dev.synthesis.engine.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a declared inner structure: {@code fields} only on json objects, {@code items} only on
 * arrays (and required on arrays inside a declaration), array lengths, member names; every member is
 * checked like a field, recursively, and its messages start with its dotted path
 * ({@code treatment_plan.meds[].dose_mg: ...}) so a user finds it in the tree.
 */
final class NestedRules {

    static final int MAX_DEPTH = 8;
    static final int MAX_MEMBERS = 200;
    static final int MAX_ITEMS = 100_000;

    private final List<SchemaViolation> violations;
    private int members;

    private NestedRules(List<SchemaViolation> violations) {
        this.violations = violations;
    }

    /** Checks a top-level field's declared inside; the field's own rules are {@link FieldRules}'. */
    static void check(FieldDefinition field, String path, List<SchemaViolation> violations) {
        new NestedRules(violations).inside(field, path, null, 0);
    }

    private void inside(FieldDefinition field, String path, String label, int depth) {
        checkPlacement(field, path, label, depth);
        checkLengths(field, path, label);
        if (depth >= MAX_DEPTH) {
            if (field.declaresStructure()) {
                add(path, label, "nesting is limited to " + MAX_DEPTH + " levels");
            }
            return;
        }
        if (field.fields() != null && field.type() == FieldType.JSON) {
            checkMembers(field.fields(), path, label == null ? field.name() : label, depth);
        }
        if (field.items() != null && field.type() == FieldType.ARRAY) {
            String itemLabel = (label == null ? field.name() : label) + "[]";
            member(field.items(), path + ".items", itemLabel, depth);
        }
    }

    private void checkPlacement(FieldDefinition field, String path, String label, int depth) {
        if (field.fields() != null && field.type() != FieldType.JSON) {
            add(path + ".fields", label, "members (fields) apply to json fields only");
        }
        if (field.fields() != null && field.fields().isEmpty()) {
            add(path + ".fields", label, "a declared object needs at least one member; leave fields out for free-form JSON");
        }
        if (field.items() != null && field.type() != FieldType.ARRAY) {
            add(path + ".items", label, "items apply to array fields only");
        }
        if (field.items() == null && field.type() == FieldType.ARRAY && depth > 0) {
            add(path + ".items", label, "an array inside a declaration needs items, the declaration of its elements");
        }
    }

    private void checkLengths(FieldDefinition field, String path, String label) {
        Integer min = field.constraints().minItems();
        Integer max = field.constraints().maxItems();
        if (min == null && max == null) {
            return;
        }
        if (field.type() != FieldType.ARRAY) {
            add(path + ".constraints", label, "minItems/maxItems apply to array fields only");
        } else if ((min != null && (min < 0 || min > MAX_ITEMS)) || (max != null && (max < 0 || max > MAX_ITEMS))) {
            add(path + ".constraints", label, "minItems and maxItems must be between 0 and " + MAX_ITEMS);
        } else if (min != null && max != null && min > max) {
            add(path + ".constraints.minItems", label, "minItems (" + min + ") is greater than maxItems (" + max + ")");
        }
    }

    private void checkMembers(List<FieldDefinition> fields, String path, String label, int depth) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            String memberPath = path + ".fields[" + i + "]";
            if (field.name() == null || field.name().isBlank()) {
                add(memberPath + ".name", label, "a member needs a name");
                continue;
            }
            if (!seen.add(field.name())) {
                add(memberPath + ".name", label, "duplicate member name '" + field.name() + "'");
            }
            member(field, memberPath, label + "." + field.name(), depth);
        }
    }

    /** One member (or an array's item): its own rules, then its inside, one level deeper. */
    private void member(FieldDefinition field, String path, String label, int depth) {
        if (++members > MAX_MEMBERS) {
            if (members == MAX_MEMBERS + 1) {
                add(path, label, "a field may declare at most " + MAX_MEMBERS + " members and items in all");
            }
            return;
        }
        if (field.type() == null) {
            add(path + ".type", label, "a member needs a type");
            return;
        }
        List<SchemaViolation> own = new ArrayList<>();
        new FieldRules(field, path, own).check();
        own.forEach(violation -> add(violation.path(), label, violation.message()));
        if (field.constraints().unique()) {
            add(path + ".constraints.unique", label, "unique applies to top-level fields only");
        }
        inside(field, path, label, depth + 1);
    }

    private void add(String path, String label, String message) {
        violations.add(new SchemaViolation(path, label == null ? message : label + ": " + message));
    }
}
