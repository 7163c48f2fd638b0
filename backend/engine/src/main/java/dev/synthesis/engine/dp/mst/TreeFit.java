package dev.synthesis.engine.dp.mst;

import java.util.List;

/**
 * MST after the 1-ways: the row count estimated from the noisy totals, fine histograms projected
 * onto the simplex, coarse bins per field, the private spanning tree, its noisy 2-way marginals and
 * the estimated tree distribution. Only the tree selection and the 2-way tables read the seed again
 * (through {@link Releases}); the rest is post-processing.
 *
 * @param fine   per field, its fine histogram after projection (missing bin last)
 * @param coarse per field, its coarse bins
 * @param edges  the spanning tree (empty with one field)
 */
record TreeFit(double rows, double[][] fine, Coarsening[] coarse, List<SpanningTree.Edge> edges,
               TreeEstimator.Estimate estimate) {

    static TreeFit of(List<OneWay> measured, List<List<Object>> columns, MstBudget budget, boolean tree, Releases releases) {
        int d = measured.size();
        double rows = rows(measured);
        double[][] fine = new double[d][];
        Coarsening[] coarse = new Coarsening[d];
        double[][] oneWay = new double[d][];
        double[][] oneWayVariance = new double[d][];
        double[][] marginal = new double[d][];
        boolean fitsTree = tree && d >= 2;
        int bins = !fitsTree ? Coarsening.MAX_BINS : Coarsening.binsFor(rows, OneWay.sigma(budget.rhoTwoWay()));
        for (int f = 0; f < d; f++) {
            OneWay one = measured.get(f);
            fine[f] = one.domain().isCategorical() ? Simplex.project(one.noisy(), rows)
                    : Denoising.histogram(one.noisy(), one.domain().present(), one.sigma());
            coarse[f] = Coarsening.of(one.domain(), fine[f], bins);
            oneWay[f] = coarse[f].sum(one.noisy());
            int[] sizes = coarse[f].sizes();
            oneWayVariance[f] = new double[sizes.length];
            for (int c = 0; c < sizes.length; c++) {
                oneWayVariance[f][c] = sizes[c] * one.sigma() * one.sigma();
            }
            marginal[f] = TreeEstimator.normalised(coarse[f].sum(fine[f]));
        }
        if (!fitsTree) {
            return new TreeFit(rows, fine, coarse, List.of(),
                    TreeEstimator.estimate(oneWay, oneWayVariance, List.of(), new long[0][], new double[0], rows));
        }
        int[][] codes = codes(measured, columns, coarse);
        List<SpanningTree.Edge> edges = SpanningTree.choose(codes, marginal, rows, budget.rhoSelect(), releases);
        long[][] twoWay = new long[edges.size()][];
        double[] sigma = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            SpanningTree.Edge edge = edges.get(e);
            long[] table = SpanningTree.table(codes[edge.a()], codes[edge.b()], coarse[edge.a()].count(), coarse[edge.b()].count());
            twoWay[e] = releases.counts("2-way:" + name(measured, edge.a()) + "," + name(measured, edge.b()), table,
                    budget.rhoTwoWay());
            sigma[e] = OneWay.sigma(budget.rhoTwoWay());
        }
        return new TreeFit(rows, fine, coarse, edges, TreeEstimator.estimate(oneWay, oneWayVariance, edges, twoWay, sigma, rows));
    }

    /**
     * The row count, from the noisy totals of the fields whose domain holds every row (declared categories,
     * numbers clipped to their range), weighted by inverse variance; fields with selected categories
     * miss the rows of unreleased ones, so they count only when no other field does.
     */
    private static double rows(List<OneWay> measured) {
        double weighted = 0;
        double weights = 0;
        for (OneWay one : measured) {
            boolean complete = !one.domain().isCategorical() || one.domain().field().constraints().enumValues() != null
                    || one.domain().field().type() == dev.synthesis.engine.schema.FieldType.BOOLEAN;
            double variance = one.noisy().length * one.sigma() * one.sigma();
            double weight = (complete ? 1 : 1e-9) / variance;
            weighted += weight * java.util.Arrays.stream(one.noisy()).sum();
            weights += weight;
        }
        return Math.max(1, weighted / weights);
    }

    private static int[][] codes(List<OneWay> measured, List<List<Object>> columns, Coarsening[] coarse) {
        int[][] codes = new int[measured.size()][];
        for (int f = 0; f < codes.length; f++) {
            List<Object> column = columns.get(f);
            FieldDomain domain = measured.get(f).domain();
            codes[f] = new int[column.size()];
            for (int row = 0; row < column.size(); row++) {
                int bin = domain.bin(column.get(row));
                codes[f][row] = bin < 0 ? -1 : coarse[f].coarse()[bin];
            }
        }
        return codes;
    }

    private static String name(List<OneWay> measured, int field) {
        return measured.get(field).domain().field().name();
    }
}
