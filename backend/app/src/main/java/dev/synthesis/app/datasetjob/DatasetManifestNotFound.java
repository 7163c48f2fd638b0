package dev.synthesis.app.datasetjob;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** A completed dataset job without a manifest: it completed before the platform signed dataset manifests. */
public class DatasetManifestNotFound extends ApiProblem {

    public DatasetManifestNotFound(DatasetJobId id) {
        super(ProblemType.NOT_FOUND, "dataset job " + id + " has no manifest: it completed before the platform signed its outputs");
    }
}
