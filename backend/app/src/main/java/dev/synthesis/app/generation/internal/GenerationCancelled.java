package dev.synthesis.app.generation.internal;

/** Ends a partition early because its job was cancelled. */
class GenerationCancelled extends RuntimeException {

    GenerationCancelled() {
        super("the job was cancelled");
    }
}
