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
 * part for e-mails), which keeps them unique at any volume; {@code maxLength} is honoured by cutting.
 */
@JsonTypeName("fake")
public record FakeSampler(SemanticKind kind, boolean unique, Integer maxLength) implements FieldSampler {

    @Override
    public Object sample(SampleContext context) {
        Faker faker = context.faker();
        String value = unique ? uniqueValue(faker, suffix(context)) : fake(faker);
        return maxLength != null && value.length() > maxLength ? value.substring(0, maxLength) : value;
    }

    @Override
    public long uniqueCapacity() {
        return unique ? Permutation.MAX_SIZE : Long.MAX_VALUE;
    }

    private String uniqueValue(Faker faker, String suffix) {
        if (kind == SemanticKind.EMAIL) {
            return faker.internet().username() + "." + suffix + "@" + faker.internet().domainName();
        }
        return fake(faker) + " " + suffix;
    }

    private static String suffix(SampleContext context) {
        long key = RowRandom.mix(context.seed() + 31L * context.field());
        return Long.toString(new Permutation(Permutation.MAX_SIZE, key).apply(context.row()), 36);
    }

    private String fake(Faker faker) {
        return switch (kind) {
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
