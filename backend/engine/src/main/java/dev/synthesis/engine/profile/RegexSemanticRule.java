package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.regex.Pattern;

/** Kinds with a shape no other kind shares, so the values alone decide: email, UUID, URL, IPv4 address. */
final class RegexSemanticRule implements SemanticRule {

    static final RegexSemanticRule EMAIL = new RegexSemanticRule(SemanticKind.EMAIL,
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final RegexSemanticRule UUID = new RegexSemanticRule(SemanticKind.UUID,
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final RegexSemanticRule URL = new RegexSemanticRule(SemanticKind.URL,
            "(?i)(https?|ftp)://[^\\s/$.?#][^\\s]*|www\\.[^\\s]+\\.[a-z]{2,}[^\\s]*");
    static final RegexSemanticRule IP_ADDRESS = new RegexSemanticRule(SemanticKind.IP_ADDRESS,
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final SemanticKind kind;
    private final Pattern pattern;

    private RegexSemanticRule(SemanticKind kind, String regex) {
        this.kind = kind;
        this.pattern = Pattern.compile(regex);
    }

    @Override
    public SemanticKind kind() {
        return kind;
    }

    @Override
    public boolean matches(ColumnValues column) {
        return column.share(value -> pattern.matcher(value.strip()).matches()) >= ColumnValues.MOSTLY;
    }
}
