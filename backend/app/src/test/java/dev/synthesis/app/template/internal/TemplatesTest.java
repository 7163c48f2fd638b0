package dev.synthesis.app.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.request.StrictJson;
import dev.synthesis.app.template.Template;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetPlan;
import dev.synthesis.engine.dataset.DatasetSynthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shipped template reads, checks, trains from its declarations alone and generates valid, fully linked
 * rows, with event sequences in time order after their parent's start.
 */
class TemplatesTest {

    private static final long ROOT_ROWS = 10_000;
    private static final long ROWS_PER_PART = 50_000;

    static Map<String, Template> templates() throws IOException {
        JsonMapper mapper = StrictJson.configure(JsonMapper.builder()).build();
        return TemplateLibrary.load(Arrays.asList(new PathMatchingResourcePatternResolver().getResources(TemplateLibrary.LOCATION)), mapper);
    }

    static Iterable<String> ids() throws IOException {
        return templates().keySet();
    }

    @Test
    void theTenDomainsOfTheIssueAreThere() throws IOException {
        assertThat(templates().keySet()).contains("finance", "healthcare", "retail", "insurance", "telecom", "logistics", "hr",
                "education", "iot", "marketing");
        assertThat(templates().values()).filteredOn(template -> template.dataset().tables().size() >= 3).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aBrokenTemplateStopsTheStartNamingItsIdAndWhatIsWrong() {
        String broken = """
                {"id": "bakery", "title": "Bakery", "summary": "Loaves", "defaultRootRows": {"loaves": 10},
                 "dataset": {"name": "bakery", "tables": [{"name": "loaves", "fields": [
                   {"name": "weight_g", "type": "integer", "constraints": {"min": 900, "max": 400}}]}], "relationships": []}}""";
        Resource resource = new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "bakery.json";
            }
        };

        assertThatThrownBy(() -> TemplateLibrary.load(List.of(resource), StrictJson.configure(JsonMapper.builder()).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("template 'bakery'")
                .hasMessageContaining("fields[0].constraints.min: min (900) is greater than max (400)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void generatesTenThousandRootRowsThatKeepEveryConstraintAndLeaveNoDanglingKey(String id) throws IOException {
        Template template = templates().get(id);
        DatasetModel model = DatasetSynthesizer.train(template.dataset(), Map.of(), TrainingOptions.DEFAULT);
        assertThat(template.defaultRootRows().keySet()).as("default volumes are given for exactly the root tables")
                .containsExactlyInAnyOrderElementsOf(model.rootTables());
        Map<String, Long> roots = model.rootTables().stream().collect(Collectors.toMap(Function.identity(), table -> ROOT_ROWS));
        DatasetPlan plan = model.plan(7, roots, ROWS_PER_PART);
        CheckingSinks sinks = new CheckingSinks(template.dataset());

        for (int part = 0; part < plan.parts().size(); part++) {
            model.generate(7, plan, part, sinks);
        }

        assertThat(sinks.rowCounts()).isEqualTo(plan.rowsPerTable());
        assertThat(sinks.invalidRows()).as("rows breaking their schema").isEmpty();
        assertThat(sinks.repeatedKeys()).as("parent keys generated more than once").isEmpty();
        assertThat(sinks.danglingKeys()).as("foreign keys without their parent").isEmpty();
        assertThat(sinks.sequenceProblems()).as("events out of time order or before their parent's start").isEmpty();
    }
}
