package dev.synthesis.app.jobs.internal;

/** A task of the fair executor: it knows its owner, and what to do when it is dropped unrun. */
interface FairTask extends Runnable {

    TaskOwner owner();

    /** Called instead of {@link #run()} when the task leaves the queue without running. */
    void dropped();
}
