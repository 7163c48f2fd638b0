package dev.synthesis.engine.model.tree;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.RowRandom;

/**
 * The dependence between fields as a sequence of conditional distributions, in the style of
 * synthpop's CART synthesis (Reiter, "Using CART to generate partially synthetic public use
 * microdata", J. Official Statistics 21(3), 2005; Nowok, Raab and Dibben, "synthpop: Bespoke
 * Creation of Synthetic Data in R", J. Statistical Software 74(11), 2016): the first field's uniform
 * is drawn from its own distribution, each later field's from the leaf its tree reaches with the
 * uniforms drawn before it. Unlike a Gaussian copula this keeps non-monotone and conditional
 * dependence (a category that shifts a number in the middle of another's range, an XOR). Working on
 * uniforms rather than values lets every field keep its own marginal.
 *
 * @param fields schema positions of the coupled fields, in visiting order
 * @param trees  one tree per field, in the same order
 */
@JsonTypeName("sequential-trees")
public record SequentialTrees(int[] fields, ConditionalTree[] trees) implements JointModel {

    @Override
    public void uniforms(long seed, long row, RowRandom random, double[] scratch, double[] uniforms) {
        random.reset(seed, STREAM, row);
        for (ConditionalTree tree : trees) {
            uniforms[tree.field()] = tree.draw(uniforms, random);
        }
    }
}
