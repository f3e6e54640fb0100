package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.io.png.BarChartRenderer;
import org.reeplanner.model.analysis.AttributionResult;
import org.reeplanner.model.analysis.TornadoBar;

/** The tornado and the attribution as exported bar charts, labelled as the window labels them. */
class StudyChartsTest {
    private static final ReportContent CONTENT = ReportFixtures.full();
    private static final StudyCharts CHARTS = new StudyCharts(CONTENT);

    @Test
    void theTornadoDrawsEachInputsLowAndHighEndFromTheBaseWidestFirst() {
        BarChartSpec t = CHARTS.tornado();
        List<TornadoBar> bars = CONTENT.sensitivity().bars();
        double base = bars.get(0).outputBase();

        assertThat(t.id()).isEqualTo(ChartCatalog.TORNADO);
        // The exports study the KPI that moved most against the baseline.
        assertThat(t.title()).startsWith("What moves ").endsWith(" in " + CONTENT.sensitivity().year() + " most");
        assertThat(t.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(StudyCharts.MAX_BARS);
        for (int i = 0; i < t.rows().size(); i++) {
            BarChartSpec.Row row = t.rows().get(i);
            assertThat(row.label()).isEqualTo(bars.get(i).label());
            assertThat(row.segments()).extracting(BarChartSpec.Segment::from).containsOnly(base);
            assertThat(row.segments()).extracting(BarChartSpec.Segment::to)
                    .containsExactly(bars.get(i).outputLow(), bars.get(i).outputHigh());
        }
        assertThat(t.reference().value()).isEqualTo(base);
    }

    @Test
    void theAttributionStepsFromTheBaselineThroughEachPartToTheScenario() {
        BarChartSpec a = CHARTS.attribution();
        AttributionResult r = CONTENT.attribution();
        List<BarChartSpec.Row> rows = a.rows();

        assertThat(rows.get(0).label()).isEqualTo("No new investment (default assumptions)");
        assertThat(rows.get(0).segments().get(0).to()).isEqualTo(r.baselineValue());
        assertThat(rows.get(rows.size() - 1).segments().get(0).to()).isEqualTo(r.scenarioValue());
        double running = r.baselineValue();
        for (BarChartSpec.Row part : rows.subList(1, rows.size() - 1)) {
            BarChartSpec.Segment s = part.segments().get(0);
            assertThat(s.from()).isCloseTo(running, within(1e-12));
            running = s.to();
        }
        assertThat(running).isCloseTo(r.scenarioValue(), within(1e-9));
        assertThat(a.aboveZero()).as("totals start at the axis, which a zoomed axis moves off zero")
                .isEqualTo(a.x().title() + " · the axis starts above zero");
        assertThat(a.legend()).extracting(ChartSeries::name).containsExactly("Value", "Improves the result",
                "Worsens it", "Neither (money spent)");
    }

    @Test
    void bothRenderAtFullSizeAndAtAQuarterSlide() {
        for (BarChartSpec spec : CHARTS.all()) {
            BufferedImage full = new BarChartRenderer().render(spec, 1920, 1080);
            BufferedImage quarter = new BarChartRenderer(1.95f).render(spec, 960, 540);
            assertThat(full.getWidth()).isEqualTo(1920);
            assertThat(quarter.getHeight()).isEqualTo(540);
            int bar = spec.rows().get(0).segments().get(0).rgb();
            assertThat(pixels(full, bar)).as(spec.id() + ": its first bar is drawn").isGreaterThan(500);
            assertThat(pixels(quarter, bar)).as(spec.id() + ": its first bar at a quarter").isGreaterThan(100);
        }
        assertThat(CHARTS.all()).extracting(BarChartSpec::id).containsExactly(ChartCatalog.TORNADO,
                ChartCatalog.ATTRIBUTION);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
