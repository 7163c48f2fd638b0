package dev.synthesis.engine.model.copula;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.Normal;
import dev.synthesis.engine.model.RowRandom;

/**
 * The dependence between fields as a Gaussian copula (Nelsen, "An Introduction to Copulas", 2006,
 * section 2.9; used for tabular synthesis by Patki, Wedge and Veeramachaneni, "The Synthetic Data
 * Vault", IEEE DSAA 2016): per row, independent standard normals are correlated through the Cholesky
 * factor of the fitted correlation matrix and mapped to uniforms with the normal CDF; each field's
 * marginal then inverts its own CDF at its uniform.
 *
 * @param fields   schema positions of the coupled fields, in matrix order
 * @param cholesky lower-triangular factor L with L Lᵀ = the correlation matrix, row-major
 */
@JsonTypeName("gaussian-copula")
public record GaussianCopula(int[] fields, double[][] cholesky) implements JointModel {

    @Override
    public void uniforms(long seed, long row, RowRandom random, double[] normals, double[] uniforms) {
        random.reset(seed, STREAM, row);
        int dimension = fields.length;
        for (int i = 0; i < dimension; i++) {
            normals[i] = random.nextGaussian();
        }
        for (int i = 0; i < dimension; i++) {
            double[] factorRow = cholesky[i];
            double z = 0;
            for (int j = 0; j <= i; j++) {
                z += factorRow[j] * normals[j];
            }
            uniforms[fields[i]] = Normal.fastCdf(z);
        }
    }
}
