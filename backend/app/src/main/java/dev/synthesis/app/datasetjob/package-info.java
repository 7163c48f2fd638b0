/** Whole datasets trained and generated as jobs: one model for all tables, parts per root-row range, downloads per table or as one file. */
package dev.synthesis.app.datasetjob;
