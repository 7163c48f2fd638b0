/**
 * The one home of job plumbing, for every kind of job (generation, training, dataset training and
 * generation): launch and the parameters a job carries ({@link dev.synthesis.app.jobs.JobKind}),
 * admission up to the instance's capacity, a thread of their own to wait on, one pool of worker
 * threads for their CPU work shared fairly between tenants, cancelling, the record of a job's start
 * and end, and the plain message a failed job leaves for its tenant. Heartbeats and recovery are
 * in {@code jobs.recovery}, progress and events in {@code jobs.progress}. It knows no kind of job:
 * each kind keeps its own table, ledger and tasklets.
 */
package dev.synthesis.app.jobs;
