/** The dataset training and generation jobs, their persistence, their part files and their downloads. */
package dev.synthesis.app.datasetjob.internal;
