package dev.synthesis.engine.evaluate.privacy;

/**
 * DCR share (as SDMetrics DCROverfittingProtection): whether sampled synthetic rows lie closer to
 * the training rows than to the held-out rows (ties count half). A generator that does not
 * memorise draws rows exchangeable with real ones, whose closest real row is then equally likely
 * any of the n_t training or n_h held-out rows: the raw share is expected at n_t / (n_t + n_h).
 * Rather than subsample the training rows to the holdout's size (which dilutes the signal of
 * copied rows), the raw share's odds are divided by n_t / n_h, giving the balanced share
 * (s / n_t) / (s / n_t + (1 − s) / n_h): 0.5 without memorisation, 1 when rows are copied.
 * Protection = min(1, 2 · (1 − balanced share)).
 *
 * @param medianToTraining      median DCR of the synthetic rows to the training rows
 * @param medianToHoldout       median DCR of the same rows to the held-out rows
 * @param shareCloserToTraining balanced share, ideally 0.5
 * @param rawShare              share of synthetic rows closer to training than to holdout
 * @param expectedRawShare      n_t / (n_t + n_h), the raw share expected without memorisation
 * @param rows                  synthetic rows compared
 * @param protection            the score in [0, 1]
 */
public record DcrShare(
        double medianToTraining,
        double medianToHoldout,
        double shareCloserToTraining,
        double rawShare,
        double expectedRawShare,
        int rows,
        double protection) {

    public static DcrShare of(double[] toTraining, double[] toHoldout, int trainingRows, int holdoutRows) {
        double closer = 0;
        for (int row = 0; row < toTraining.length; row++) {
            if (toTraining[row] < toHoldout[row]) {
                closer++;
            } else if (toTraining[row] == toHoldout[row]) {
                closer += 0.5;
            }
        }
        double raw = toTraining.length == 0 ? 0.5 : closer / toTraining.length;
        double towardsTraining = raw / trainingRows;
        double balanced = towardsTraining / (towardsTraining + (1 - raw) / holdoutRows);
        double expected = (double) trainingRows / (trainingRows + holdoutRows);
        return new DcrShare(Quantiles.of(toTraining, 0.5), Quantiles.of(toHoldout, 0.5), balanced, raw, expected,
                toTraining.length, Math.min(1, 2 * (1 - balanced)));
    }
}
