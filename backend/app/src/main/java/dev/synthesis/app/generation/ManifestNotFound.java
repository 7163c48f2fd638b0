package dev.synthesis.app.generation;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** A completed job without a manifest: it completed before the platform signed manifests. */
public class ManifestNotFound extends ApiProblem {

    public ManifestNotFound(GenerationJobId id) {
        super(ProblemType.NOT_FOUND, "generation job " + id + " has no manifest: it completed before the platform signed its outputs");
    }
}
