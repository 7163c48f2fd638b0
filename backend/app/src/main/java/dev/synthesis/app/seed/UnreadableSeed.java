package dev.synthesis.app.seed;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The uploaded file is not data we can read; the message names file, line or row, and column. */
public class UnreadableSeed extends ApiProblem {

    public UnreadableSeed(String detail) {
        super(ProblemType.UNREADABLE_SEED, detail);
    }
}
