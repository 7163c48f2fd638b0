package dev.synthesis.app.template;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.Collection;

/** No template has this id; the message lists the ones there are, so a typo is fixed at a glance. */
public class TemplateNotFound extends ApiProblem {

    public TemplateNotFound(String id, Collection<String> known) {
        super(ProblemType.NOT_FOUND, "there is no template '" + id + "'; the templates are " + String.join(", ", known));
    }
}
