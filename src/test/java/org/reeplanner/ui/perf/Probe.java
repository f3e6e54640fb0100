package org.reeplanner.ui.perf;

import java.util.concurrent.CountDownLatch;

/**
 * Collects the timestamps of one slider change as the pulse goes through its stages; armed before each change and
 * released when the first frame after the change's layout has been painted. FX thread only, except {@link #arm}.
 */
final class Probe {
    volatile CountDownLatch painted = new CountDownLatch(1);
    private long change;
    private long listenerDone;
    private long pulseStart;
    private long currentPulse;
    private long modelDone;
    private long laidOut;
    private long paintedAt;
    private boolean waitingForModel;
    private boolean waitingForLayout;
    private boolean waitingForPaint;

    void arm() {
        painted = new CountDownLatch(1);
    }

    void changed(long at, long listenerReturned) {
        change = at;
        listenerDone = listenerReturned;
        waitingForModel = true;
        waitingForLayout = false;
        waitingForPaint = false;
    }

    void pulse(long now) {
        currentPulse = now;
    }

    void modelDone(long at) {
        if (waitingForModel) {
            waitingForModel = false;
            waitingForLayout = true;
            modelDone = at;
        }
    }

    void laidOut(long at) {
        if (waitingForLayout) {
            waitingForLayout = false;
            waitingForPaint = true;
            laidOut = at;
            pulseStart = currentPulse; // every animation timer of this pulse has run by now
        }
    }

    void painted(long at) {
        if (waitingForPaint) {
            waitingForPaint = false;
            paintedAt = at;
            painted.countDown();
        }
    }

    SliderLatencyHarness.Sample sample(long collections) {
        return new SliderLatencyHarness.Sample(change, listenerDone, pulseStart, modelDone, laidOut, paintedAt,
                collections);
    }
}
