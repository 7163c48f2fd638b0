package dev.synthesis.engine.model.fake;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.identifier.Permutation;
import dev.synthesis.engine.schema.SemanticKind;
import net.datafaker.Faker;

/**
 * Realistic personal values from Datafaker. Nothing is learned from the seed, so no real value can be
 * copied. Unique fields get a suffix made from a keyed permutation of the row index (inside the local
 * part for e-mails), which keeps them unique at any volume. Declared lengths hold by construction: a
 * few fakes are drawn from the row's stream until one fits, else the last one is cut or padded
 * (around the suffix and the e-mail domain, which stay intact).
 */
@JsonTypeName("fake")
public record FakeSampler(SemanticKind semanticKind, boolean unique, Integer minLength, Integer maxLength)
        implements FieldSampler {

    private static final int ATTEMPTS = 12;

    @Override
    public Object sample(SampleContext context) {
        Faker faker = context.faker();
        String suffix = unique ? suffix(context) : "";
        FakeParts parts = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            parts = parts(faker, suffix);
            if (fits(parts.length())) {
                return parts.text();
            }
        }
        return parts.fitted(minLength == null ? 0 : minLength, maxLength == null ? Integer.MAX_VALUE : maxLength,
                context.random());
    }

    @Override
    public long uniqueCapacity() {
        return unique ? Permutation.MAX_SIZE : Long.MAX_VALUE;
    }

    private boolean fits(int length) {
        return (minLength == null || length >= minLength) && (maxLength == null || length <= maxLength);
    }

    private FakeParts parts(Faker faker, String suffix) {
        if (semanticKind == SemanticKind.EMAIL) {
            String local = unique ? faker.internet().username() : faker.internet().emailAddress().split("@")[0];
            return new FakeParts(local, (unique ? "." + suffix : "") + "@" + faker.internet().domainName());
        }
        return new FakeParts(fake(faker), unique ? " " + suffix : "");
    }

    private static String suffix(SampleContext context) {
        long key = RowRandom.mix(context.seed() + 31L * context.field());
        return Long.toString(new Permutation(Permutation.MAX_SIZE, key).apply(context.row()), 36);
    }

    private String fake(Faker faker) {
        return switch (semanticKind) {
            case EMAIL -> faker.internet().emailAddress();
            case PHONE -> faker.phoneNumber().cellPhone();
            case PERSON_NAME -> faker.name().fullName();
            case FIRST_NAME -> faker.name().firstName();
            case LAST_NAME -> faker.name().lastName();
            case UUID -> faker.internet().uuid();
            case URL -> faker.internet().url();
            case IP_ADDRESS -> faker.internet().ipV4Address();
            case POSTAL_CODE -> faker.address().zipCode();
            case STREET_ADDRESS -> faker.address().streetAddress();
            case CITY -> faker.address().city();
            case COUNTRY -> faker.address().country();
            case CURRENCY -> faker.money().currencyCode();
            case COMPANY -> faker.company().name();
            case CREDIT_CARD -> faker.finance().creditCard();
            case IBAN -> faker.finance().iban();
        };
    }
}
