package org.reeplanner.model.analysis;

/** How long-running analyses report progress and learn they should stop; the UI and CLI adapt it. */
public interface Progress {
    /** A progress sink that ignores reports and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called now and then with the fraction done, from any thread. */
    void report(double fraction);

    /**
     * Polled between chunks of work; when true the analysis throws
     * {@link java.util.concurrent.CancellationException}.
     */
    boolean isCancelled();
}
