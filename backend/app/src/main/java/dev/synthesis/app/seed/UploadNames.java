package dev.synthesis.app.seed;

import dev.synthesis.app.problem.InvalidRequest;

/** File names as browsers send them, reduced to a safe base name we can show and log. */
final class UploadNames {

    private static final int MAX_LENGTH = 255;

    private UploadNames() {}

    static String clean(String original) {
        if (original == null || original.isBlank()) {
            throw new InvalidRequest("file", "the upload needs a file name ending in .csv, .json, .jsonl or .xlsx");
        }
        String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.isEmpty()) {
            throw new InvalidRequest("file", "the upload's file name '" + original + "' has no base name");
        }
        return base.length() > MAX_LENGTH ? base.substring(base.length() - MAX_LENGTH) : base;
    }
}
