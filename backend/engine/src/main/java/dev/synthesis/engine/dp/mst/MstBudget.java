package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.dp.Zcdp;

/**
 * How MST splits (ε, δ). A share of δ ({@value #PARTITION_DELTA_SHARE}) pays for partition selection,
 * split evenly over the fields whose categories are not declared; the rest of δ converts ε into a zCDP
 * budget ρ ({@link Zcdp#rho}). Of ρ, {@value #RANGE_SHARE} goes to the private ranges of numbers and
 * dates without declared bounds (when there are any), split evenly; the remainder as in the paper in
 * thirds: 1-way marginals (split evenly over the d learned fields), the d − 1 exponential-mechanism
 * rounds of the tree selection, and the d − 1 2-way marginals of the chosen edges. With one learned
 * field (or when independent fields are asked for) there is no tree and the 1-ways get all of the remainder.
 */
record MstBudget(double rho, double deltaPerPartition, double rhoRange, double rhoOneWay, double rhoSelect,
                 double rhoTwoWay) {

    static final double PARTITION_DELTA_SHARE = 0.25;
    static final double RANGE_SHARE = 0.1;
    static final double ONE_WAY_SHARE = 1.0 / 3;
    static final double SELECT_SHARE = 1.0 / 3;

    /**
     * @param fields      learned fields
     * @param partitioned of which have categories that are not declared
     * @param ranged      of which are numbers or dates without both bounds declared
     */
    static MstBudget of(double epsilon, double delta, int fields, boolean tree, int partitioned, int ranged) {
        double partitionDelta = partitioned > 0 ? PARTITION_DELTA_SHARE * delta : 0;
        double rho = Zcdp.rho(epsilon, delta - partitionDelta);
        double rangeRho = ranged > 0 ? RANGE_SHARE * rho : 0;
        double rest = rho - rangeRho;
        int edges = tree ? Math.max(0, fields - 1) : 0;
        double oneWay = edges == 0 ? rest : rest * ONE_WAY_SHARE;
        double select = edges == 0 ? 0 : rest * SELECT_SHARE;
        double twoWay = rest - oneWay - select;
        return new MstBudget(rho, partitioned > 0 ? partitionDelta / partitioned : 0, ranged > 0 ? rangeRho / ranged : 0,
                fields == 0 ? 0 : oneWay / fields, edges == 0 ? 0 : select / edges, edges == 0 ? 0 : twoWay / edges);
    }
}
