package dev.synthesis.app.datasetjob.internal;

/** A plan as the job row keeps it: its JSON, all tables' rows together and its number of parts. */
record PlannedOutput(String json, long rows, int parts) {}
