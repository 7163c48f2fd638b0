package dev.synthesis.app.template;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** Every default name for another copy of the template is taken; the caller can still pick a name of its own. */
public class TemplateCopiesExhausted extends ApiProblem {

    public TemplateCopiesExhausted(String name, int copies) {
        super(ProblemType.CONFLICT, "the names '" + name + "' to '" + name + " (" + copies + ")' are all taken by datasets or their"
                + " schemas; send a name for the new dataset");
    }
}
