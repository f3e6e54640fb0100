package org.reeplanner.ui.common;

/**
 * Runs deferred work: the app runs it once at the start of the next frame, however often it was asked for in
 * between, so a dragged slider costs one model run and one chart update per frame; tests run it at once.
 */
public interface UpdateScheduler {

    /** Runs {@code work} at once, on the caller's thread: for view-model tests without a toolkit. */
    UpdateScheduler IMMEDIATE = Runnable::run;

    /**
     * Asks for {@code work} to run soon; asking again for the same (equal) work before it ran does not run it twice.
     */
    void schedule(Runnable work);
}
