package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.regex.Pattern;

/**
 * People's names: capitalised words (full names of two to four words, first or last names of one),
 * in a column named like a name. Values alone cannot tell "Ada Lovelace" from "New York", so the
 * name of the column picks between person, first and last name.
 */
final class PersonNameRule implements SemanticRule {

    private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*\\.?";
    private static final Pattern FULL = Pattern.compile(WORD + "( " + WORD + "){1,3}");
    private static final Pattern SINGLE = Pattern.compile(WORD + "([ \\-]" + WORD + ")?");

    private final SemanticKind kind;

    private PersonNameRule(SemanticKind kind) {
        this.kind = kind;
    }

    static PersonNameRule fullName() {
        return new PersonNameRule(SemanticKind.PERSON_NAME);
    }

    static PersonNameRule firstName() {
        return new PersonNameRule(SemanticKind.FIRST_NAME);
    }

    static PersonNameRule lastName() {
        return new PersonNameRule(SemanticKind.LAST_NAME);
    }

    @Override
    public SemanticKind kind() {
        return kind;
    }

    @Override
    public boolean matches(ColumnValues column) {
        return switch (kind) {
            case FIRST_NAME -> SemanticRule.nameHas(column, "first name", "firstname", "given name", "forename") && mostly(column, SINGLE);
            case LAST_NAME -> SemanticRule.nameHas(column, "last name", "lastname", "surname", "family name") && mostly(column, SINGLE);
            default -> isPersonColumn(column) && mostly(column, FULL);
        };
    }

    private static boolean isPersonColumn(ColumnValues column) {
        boolean named = SemanticRule.nameHas(column, "name", "full name", "fullname", "customer", "patient", "employee", "person", "contact");
        boolean thing = SemanticRule.nameHas(column, "company", "product", "file", "user name", "username", "city", "street", "brand");
        return named && !thing;
    }

    private static boolean mostly(ColumnValues column, Pattern pattern) {
        return column.share(value -> pattern.matcher(value.strip()).matches()) >= ColumnValues.MOSTLY;
    }
}
