package org.reeplanner.io.png;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.report.StandardCharts;

/** The quarter-slide pictures (960×540) keep every word of their title and subtitle, at ten points or more. */
class QuarterTitlesTest {
    private static final ReportContent CONTENT = ReportFixtures.full();
    private static final ChartRenderer QUARTER = new ChartRenderer(ChartImages.QUARTER_TEXT_SCALE);
    /** The source line's size on the quarter picture: the least size any text may shrink to. */
    private static final double LEAST_PX = 21 * (ChartImages.QUARTER_WIDTH / 1920.0) * ChartImages.QUARTER_TEXT_SCALE;

    @Test
    void everyStandardChartsTitleAndSubtitleFitWhole() {
        for (ChartSpec spec : StandardCharts.of(CONTENT).all(CONTENT.bands())) {
            assertWhole(spec);
        }
    }

    @Test
    void longScenarioNamesAndTitlesWrapOrShrinkButAreNeverCut() {
        Random random = new Random(21);
        ChartSpec stress = StandardCharts.of(CONTENT).stressTest();
        List<String> words = List.of("allied", "separated", "supply", "stress", "magnet", "Export-ban", "2027",
                "Lynas–MP", "heavy", "rare", "earths", "programme", "accelerated", "(scenario)");
        for (int trial = 0; trial < 40; trial++) {
            List<String> title = new ArrayList<>();
            List<String> subtitle = new ArrayList<>();
            for (int i = 0, n = 3 + random.nextInt(14); i < n; i++) {
                title.add(words.get(random.nextInt(words.size())));
            }
            for (int i = 0, n = 3 + random.nextInt(18); i < n; i++) {
                subtitle.add(words.get(random.nextInt(words.size())));
            }
            assertWhole(new ChartSpec(stress.id(), String.join(" ", title), String.join(" ", subtitle),
                    stress.xTitle(), stress.y(), stress.y2(), stress.years(), stress.series(), stress.references(),
                    stress.sourceLine(), stress.stamp()));
        }
    }

    private static void assertWhole(ChartSpec spec) {
        List<TextLines> headings = QUARTER.headings(spec, ChartImages.QUARTER_WIDTH, ChartImages.QUARTER_HEIGHT);
        List<String> texts = List.of(spec.title(), spec.subtitle());
        for (int i = 0; i < 2; i++) {
            TextLines lines = headings.get(i);
            assertThat(String.join(" ", lines.lines())).as(spec.id()).isEqualTo(texts.get(i).strip()
                    .replaceAll("\\s+", " "));
            assertThat(lines.widest()).as("'%s' within %d px", texts.get(i), lines.maxWidth())
                    .isLessThanOrEqualTo(lines.maxWidth());
            assertThat((double) lines.font().getSize2D()).as(texts.get(i)).isGreaterThanOrEqualTo(LEAST_PX - 1e-3);
        }
    }
}
