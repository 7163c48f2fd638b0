package dev.synthesis.engine.evaluate.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.ColumnPlan;
import dev.synthesis.engine.evaluate.CsvFixtures;
import dev.synthesis.engine.evaluate.EncodedTable;
import dev.synthesis.engine.evaluate.Holdout;
import dev.synthesis.engine.evaluate.TableEncoder;
import dev.synthesis.engine.evaluate.ml.SmileIsolationForest;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {

    @Test
    void prunedSearchFindsTheSameDistancesAsAFullScan() {
        // given random mixed rows with missing values
        GowerRows references = randomRows(1_500, 11);
        GowerRows queries = randomRows(200, 12);
        int[] all = IntStream.range(0, queries.rowCount()).toArray();
        // when
        NearestNeighbours found = NearestNeighbours.search(queries, all, references, false);
        // then each equals the two smallest of all distances computed without pruning
        for (int q = 0; q < all.length; q++) {
            final int query = q;
            double[] distances = IntStream.range(0, references.rowCount())
                    .mapToDouble(r -> GowerDistance.between(queries, query, references, r, Double.POSITIVE_INFINITY)).sorted().toArray();
            assertThat(found.nearest()[q]).isCloseTo(distances[0], within(1e-12));
            assertThat(found.second()[q]).isCloseTo(distances[1], within(1e-12));
        }
    }

    @Test
    void excludingSelfSkipsTheQueryRowItself() {
        // given rows without duplicates searched against themselves
        GowerRows rows = randomRows(300, 13);
        NearestNeighbours neighbours = NearestNeighbours.search(rows, IntStream.range(0, 300).toArray(), rows, true);
        assertThat(Arrays.stream(neighbours.nearest()).min().orElseThrow()).isGreaterThan(0);
    }

    @Test
    void sampledQueriesEstimateTheExactPrivacySummaries() {
        // given abalone split in training, holdout and "synthetic" (unseen real) rows
        CsvFixtures abalone = CsvFixtures.load("abalone.csv");
        Holdout first = Holdout.split(abalone.table(), 0.4, 3);
        Holdout second = Holdout.split(first.holdout(), 0.5, 4);
        EncodedTables tables = EncodedTables.of(abalone, first.training(), second.training(), second.holdout());
        // when every synthetic row is a query (exact) and when 400 sampled rows are
        PrivacyScores exact = new PrivacyEvaluation(new SmileIsolationForest(), Integer.MAX_VALUE, 5)
                .evaluate(tables.training(), tables.holdout(), tables.synthetic());
        PrivacyScores sampled = new PrivacyEvaluation(new SmileIsolationForest(), 400, 5)
                .evaluate(tables.training(), tables.holdout(), tables.synthetic());
        // then the sampled summaries stay within their sampling error of the exact ones
        assertThat(exact.sampledRows()).isEqualTo(tables.synthetic().rowCount());
        assertThat(sampled.sampledRows()).isEqualTo(400);
        assertThat(sampled.dcrShare().shareCloserToTraining()).isCloseTo(exact.dcrShare().shareCloserToTraining(), within(0.06));
        assertThat(sampled.dcr().syntheticMedian()).isCloseTo(exact.dcr().syntheticMedian(), within(0.1 * exact.dcr().syntheticMedian()));
        assertThat(sampled.nndr().syntheticMedian()).isCloseTo(exact.nndr().syntheticMedian(), within(0.05));
        assertThat(sampled.identicalMatches()).isEqualTo(exact.identicalMatches());
    }

    private static GowerRows randomRows(int count, long seed) {
        Random random = new Random(seed);
        int numeric = 4;
        int categorical = 3;
        double[] numbers = new double[count * numeric];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = random.nextDouble() < 0.05 ? Double.NaN : random.nextDouble();
        }
        int[] codes = new int[count * categorical];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = random.nextInt(5) - 1;
        }
        return new GowerRows(numbers, codes, numeric, categorical, count);
    }

    private record EncodedTables(EncodedTable training, EncodedTable holdout, EncodedTable synthetic) {

        static EncodedTables of(CsvFixtures fixture, Table training, Table holdout, Table synthetic) {
            List<ColumnPlan> plans = fixture.schema().fields().stream().map(field -> ColumnPlan.of(field, training, 10)).toList();
            TableEncoder encoder = new TableEncoder(plans);
            EncodedTable real = encoder.encode(training);
            encoder.freezeRealCategories();
            return new EncodedTables(real, encoder.encode(holdout), encoder.encode(synthetic));
        }
    }
}
