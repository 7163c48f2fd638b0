package dev.synthesis.engine.evaluate.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyMetricsTest {

    @Test
    void dcrShareIsBalancedForUnequalSetSizes() {
        // given 80 % of rows closer to a training set four times the holdout's size: what chance alone gives
        double[] toTraining = new double[100];
        double[] toHoldout = new double[100];
        for (int row = 0; row < 100; row++) {
            toTraining[row] = row < 80 ? 0.1 : 0.3;
            toHoldout[row] = 0.2;
        }
        // when
        DcrShare share = DcrShare.of(toTraining, toHoldout, 4_000, 1_000);
        // then
        assertThat(share.rawShare()).isCloseTo(0.8, within(1e-12));
        assertThat(share.shareCloserToTraining()).isCloseTo(0.5, within(1e-12));
        assertThat(share.protection()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void dcrShareOfCopiesIsOneAndProtectsNothing() {
        DcrShare share = DcrShare.of(new double[] {0, 0, 0}, new double[] {0.2, 0.1, 0.3}, 4_000, 1_000);
        assertThat(share.shareCloserToTraining()).isEqualTo(1.0);
        assertThat(share.protection()).isEqualTo(0.0);
    }

    @Test
    void outlierProtectionCountsOnlyOutliersCloseToTrainingRows() {
        // given real scores 0.00..0.99 (99th percentile 0.98), and four synthetic rows of which three score above it
        double[] real = new double[100];
        for (int row = 0; row < 100; row++) {
            real[row] = row / 100.0;
        }
        double[] synthetic = {0.995, 0.999, 0.995, 0.5};
        double[] dcr = {0.0, 0.5, 0.5, 0.0};
        // when
        OutlierReproduction outliers = OutlierReproduction.of(real, synthetic, dcr, 0.01);
        // then one of the three outliers sits on a training row
        assertThat(outliers.syntheticOutlierShare()).isCloseTo(0.75, within(1e-12));
        assertThat(outliers.reproducedShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(outliers.protection()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void privacyScoreIsZeroWhenAnyProtectionIsZero() {
        assertThat(PrivacyScores.aggregate(List.of(1.0, 1.0, 0.0))).isEqualTo(0.0);
        assertThat(PrivacyScores.aggregate(List.of(1.0, 0.25))).isCloseTo(0.5, within(1e-12));
    }
}
