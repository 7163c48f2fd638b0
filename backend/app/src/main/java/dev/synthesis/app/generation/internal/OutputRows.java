package dev.synthesis.app.generation.internal;

import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.DateStamp;
import dev.synthesis.engine.generate.RealRowMixing;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rows a job outputs: the model's, with real seed rows mixed in when the schema asks for less
 * than 100 % synthetic. Writers and the evaluation both go through it, so the scores see exactly
 * the rows that were delivered, real ones included.
 */
@Component
class OutputRows {

    private final Training training;

    OutputRows(Training training) {
        this.training = training;
    }

    /** Generates the job's rows [firstRow, firstRow + rows) (relative to its own first row) into the sink. */
    void generate(GenerationRun run, SynthesisModel model, long firstRow, long rows, RowSink sink) {
        Table realTraining = run.realShare() > 0 ? training.realData(new TrainingRunId(run.trainingRunId())).training() : null;
        generate(run, model, realTraining, firstRow, rows, sink);
    }

    /** The same, with the real training rows already at hand (only read when the job mixes real rows in). */
    void generate(GenerationRun run, SynthesisModel model, Table realTraining, long firstRow, long rows, RowSink sink) {
        long first = run.firstRow() + firstRow;
        RowSink target = run.stampField() == null ? sink : new DateStamp(sink, fieldIndex(model, run.stampField()), run.stampDate());
        if (run.realShare() > 0) {
            target = new RealRowMixing(target, realTraining, model.schema(), run.realShare(), run.seed(), first);
        }
        model.generate(run.seed(), first, rows, target);
    }

    private static int fieldIndex(SynthesisModel model, String name) {
        List<String> names = model.schema().fields().stream().map(FieldDefinition::name).toList();
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("the model has no field '" + name + "' to stamp with the batch date");
        }
        return index;
    }
}
