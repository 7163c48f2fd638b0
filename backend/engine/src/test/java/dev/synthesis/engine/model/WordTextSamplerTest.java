package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.model.text.WordTextSampler;
import dev.synthesis.engine.model.text.WordTextTrainer;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.PrivacyLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordTextSamplerTest {

    private static final List<String> SUBJECTS = List.of("the parcel", "my order", "the delivery", "the refund");
    private static final List<String> VERBS = List.of("arrived", "was", "came", "is");
    private static final List<String> ENDS = List.of("late", "on time", "damaged", "early", "in good shape");

    @Test
    void sentencesReuseCommonWordsNeverRareOnesAndNeverASeedSentenceAtHighPrivacy() {
        // given 600 comments, one of which names a person
        List<String> seed = comments(600);
        seed.set(17, "the parcel was left with Mrs Gudmundsdottir");
        FieldDefinition field = new FieldDefinition("comment", FieldType.STRING, null, null, PrivacyLevel.HIGH,
                null, null, null, null, null, null);

        // when
        WordTextSampler sampler = WordTextTrainer.fit(field, seed, 10, 5);
        SampleContext context = new SampleContext(8);
        Set<String> generated = new HashSet<>();
        for (long row = 0; row < 20_000; row++) {
            generated.add((String) sampler.sample(context.at(row, 0, Double.NaN)));
        }

        // then
        Set<String> vocabulary = new HashSet<>();
        seed.forEach(comment -> vocabulary.addAll(Arrays.asList(comment.split(" "))));
        assertThat(generated).doesNotContainAnyElementsOf(seed).hasSizeGreaterThan(5);
        assertThat(generated).allSatisfy(text -> assertThat(text).doesNotContain("Gudmundsdottir"));
        assertThat(generated.stream().flatMap(text -> Arrays.stream(text.split(" "))).filter(word -> !word.isEmpty()))
                .allMatch(vocabulary::contains);
    }

    @Test
    void suitsSentencesButNotShortLabels() {
        assertThat(WordTextTrainer.suits(comments(50))).isTrue();
        assertThat(WordTextTrainer.suits(List.of("Oslo", "New York", "Bergen"))).isFalse();
    }

    private static List<String> comments(int count) {
        SplittableRandom random = new SplittableRandom(3);
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            comments.add(SUBJECTS.get(random.nextInt(4)) + " " + VERBS.get(random.nextInt(4)) + " " + ENDS.get(random.nextInt(5)));
        }
        return comments;
    }
}
