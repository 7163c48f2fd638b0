package dev.synthesis.app.generation.internal;

import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.generate.RealRowMixing;
import dev.synthesis.engine.generate.SynthesisModel;
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

    /** Generates rows [firstRow, firstRow + rows) of the job into the sink. */
    void generate(GenerationRun run, SynthesisModel model, long firstRow, long rows, RowSink sink) {
        RowSink target = run.realShare() > 0
                ? new RealRowMixing(sink, training.realData(new TrainingRunId(run.trainingRunId())).training(),
                        model.schema(), run.realShare(), run.seed(), firstRow)
                : sink;
        model.generate(run.seed(), firstRow, rows, target);
    }
}
