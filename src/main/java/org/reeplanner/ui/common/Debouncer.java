package org.reeplanner.ui.common;

/**
 * Runs work once changes have stopped for a moment: each {@link #request} restarts the wait, so a slider dragged for
 * a second starts one study after it rests instead of sixty during the drag. {@link #IMMEDIATE} runs at once for
 * tests.
 */
public interface Debouncer {

    /** Runs the work at once, on the caller's thread. */
    Debouncer IMMEDIATE = new Debouncer() {
        @Override
        public void request(Runnable work) {
            work.run();
        }

        @Override
        public void cancel() {
        }
    };

    /** Runs {@code work} after the quiet time, unless another request (or {@link #cancel()}) comes first. */
    void request(Runnable work);

    /** Drops the waiting request, if any. */
    void cancel();
}
