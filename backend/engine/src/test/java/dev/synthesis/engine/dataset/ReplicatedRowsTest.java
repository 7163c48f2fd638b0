package dev.synthesis.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplicatedRowsTest {

    @Test
    void noGeneratedRowRepeatsAUniqueSeedRowThoughKeysAndCategoriesOftenWould() {
        // given 400 members, each unique through its id 1..400, with two yes/no answers: generated ids run
        // 1, 2, ... as well, so a quarter of the first 400 generated rows would copy a real member
        SplittableRandom random = new SplittableRandom(5);
        List<Object[]> seedRows = new ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            seedRows.add(new Object[] {id, random.nextBoolean() ? "yes" : "no", random.nextBoolean() ? "yes" : "no"});
        }
        DataSchema members = BankSeed.table("members", BankSeed.key("member_id"), FieldDefinition.of("a", FieldType.STRING),
                FieldDefinition.of("b", FieldType.STRING));
        DatasetSchema schema = new DatasetSchema("club", null, null, List.of(members), List.of());
        DatasetModel model = DatasetSynthesizer.train(schema,
                Map.of("members", new Table(List.of("member_id", "a", "b"), seedRows)), TrainingOptions.DEFAULT);

        // when
        List<Object[]> rows = SchemaOnlyDatasetTest.generate(model, model.plan(8, Map.of("members", 1_000L), 300), 8).get("members");

        // then
        Set<String> real = new HashSet<>();
        seedRows.forEach(row -> real.add(Arrays.toString(row)));
        assertThat(rows).hasSize(1_000).noneMatch(row -> real.contains(Arrays.toString(row)));
        assertThat(rows.stream().map(row -> row[0]).distinct().count()).isEqualTo(1_000);
    }
}
