package dev.synthesis.app.quota;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Limits an admin sent that the server cannot honour; each error names the limit. */
public class InvalidQuotas extends ApiProblem {

    private final List<Map<String, String>> errors;

    public InvalidQuotas(List<Map<String, String>> errors) {
        super(ProblemType.INVALID_REQUEST, errors.stream()
                .map(error -> error.get("path") + ": " + error.get("message"))
                .collect(Collectors.joining("; ")));
        this.errors = errors;
    }

    @Override
    public List<Map<String, String>> errors() {
        return errors;
    }
}
