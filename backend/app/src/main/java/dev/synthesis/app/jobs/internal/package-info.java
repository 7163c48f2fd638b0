/** The fair queue, the worker threads that take from it and the partition handler that feeds them. */
package dev.synthesis.app.jobs.internal;
