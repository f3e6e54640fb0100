package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.model.Series;

class ShippedInputsTest {
    @Test
    void aPrefetchReadsTheSameStartScenarioAsReadingNow() {
        ShippedInputs now = ShippedInputs.read();

        ShippedInputs.prefetch();
        ShippedInputs prefetched = ShippedInputs.take();

        assertThat(prefetched.seed()).isEqualTo(now.seed());
        assertThat(prefetched.data().focusAreas().ids()).isEqualTo(now.data().focusAreas().ids());
        assertThat(prefetched.model().run(prefetched.seed()).values(Series.SHARE_CHINA_SEPARATION))
                .containsExactly(now.model().run(now.seed()).values(Series.SHARE_CHINA_SEPARATION));
        assertThat(prefetched.facts().rows()).isNotEmpty().isEqualTo(now.facts().rows());
    }

    @Test
    void eachPrefetchIsTakenOnceAndLaterTakesReadAgain() {
        ShippedInputs.prefetch();
        ShippedInputs first = ShippedInputs.take();

        ShippedInputs second = ShippedInputs.take();

        assertThat(second).isNotSameAs(first);
        assertThat(second.seed()).isEqualTo(first.seed());
    }
}
