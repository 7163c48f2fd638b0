/** The HTTP endpoints of dataset training, dataset jobs and their downloads. */
package dev.synthesis.app.datasetjob.web;
