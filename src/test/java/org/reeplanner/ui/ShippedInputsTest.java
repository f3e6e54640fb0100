package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Series;

class ShippedInputsTest {
    @Test
    void aPrefetchReadsTheSameStartScenarioAsReadingNow() {
        ShippedInputs now = ShippedInputs.read();

        ShippedInputs prefetched = ShippedInputs.prefetch().get();

        assertThat(prefetched.seed()).isEqualTo(now.seed());
        assertThat(prefetched.data().focusAreas().ids()).isEqualTo(now.data().focusAreas().ids());
        assertThat(prefetched.model().run(prefetched.seed()).values(Series.SHARE_CHINA_SEPARATION))
                .containsExactly(now.model().run(now.seed()).values(Series.SHARE_CHINA_SEPARATION));
        assertThat(prefetched.facts().rows()).isNotEmpty().isEqualTo(now.facts().rows());
    }

    @Test
    void eachPrefetchReadsForItsOwnTakerAndHandsTheSameInputsOnEveryAsk() {
        Supplier<ShippedInputs> first = ShippedInputs.prefetch();
        Supplier<ShippedInputs> second = ShippedInputs.prefetch();

        assertThat(first.get()).isSameAs(first.get());
        assertThat(second.get()).isNotSameAs(first.get());
        assertThat(second.get().seed()).isEqualTo(first.get().seed());
    }
}
