package dev.synthesis.engine.dataset;

import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.model.copula.GaussianCopula;
import dev.synthesis.engine.sequence.SequenceModel;
import java.util.List;

/**
 * One table's fitted model inside a dataset.
 *
 * @param name           the table
 * @param fields         samplers of the table's own fields (foreign keys excluded) followed by its parent
 *                       context fields, whose samplers serve only to place a parent's value in the copula;
 *                       its replicated uniques hash own and context values together
 * @param contextSources per context field the parent field it copies, or {@value #SIBLINGS}
 * @param joint          the copula over the coupled fields, context fields first; null when fields are independent
 * @param conditioned    how many leading copula entries are context fields, known when a row is drawn
 * @param children       children per row for each relationship this table drives, in relationship order
 * @param references     how foreign keys other than the driving one are filled
 * @param sequence       when the driving relationship declares a sequence, how a parent's children are
 *                       ordered in time and their series filled; else null
 */
public record TableModel(String name, SynthesisModel fields, List<String> contextSources, GaussianCopula joint,
                         int conditioned, List<ChildCountSampler> children, List<ReferenceModel> references,
                         SequenceModel sequence) {

    /** The context source standing for the number of children the parent has in this relationship. */
    public static final String SIBLINGS = "#children";

    public TableModel {
        contextSources = List.copyOf(contextSources);
        children = List.copyOf(children);
        references = List.copyOf(references);
    }

    int ownFields() {
        return fields.schema().fields().size() - contextSources.size();
    }

    /** Position of an own field in {@link #fields}, or -1. */
    int ownIndex(String field) {
        var list = fields.schema().fields();
        for (int i = 0; i < ownFields(); i++) {
            if (list.get(i).name().equals(field)) {
                return i;
            }
        }
        return -1;
    }
}
