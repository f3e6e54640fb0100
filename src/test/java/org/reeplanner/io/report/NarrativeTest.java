package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Param;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.analysis.Attribution;

/** Every number in the narrative is the model's, worked out here from separate runs, and nothing else is. */
class NarrativeTest {
    private static final ModelData DATA = ModelDataReader.readShipped();
    private static final ImpactModel MODEL = new ImpactModel(DATA);
    private static final ScenarioReader READER = new ScenarioReader(DATA.focusAreas());
    private static final Pattern NUMBER = Pattern.compile("[\u2212+]?(?:USD )?\\d+(?:,\\d{3})*(?:\\.\\d+)?");

    static Stream<Arguments> shipped() {
        List<Arguments> cases = new ArrayList<>();
        for (String stem : List.of("seed-baseline", "no-new-investment", "accelerated-allied", "export-ban-stress")) {
            for (int year : new int[] {2030, 2035, 2040}) {
                cases.add(Arguments.of(stem, year));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("shipped")
    void everyNumberOfAShippedScenariosNarrativeIsTheModels(String stem, int year) {
        Scenario s = READER.readShipped(stem);
        String text = Narrative.of(MODEL, s, year);
        Set<String> expected = expectedNumbers(s, year);

        assertThat(numbersIn(text)).as(text).isSubsetOf(expected);
        if (s.totalInvestmentUsdBn() > 0) {
            assertThat(text).startsWith("With " + String.format(Locale.ROOT, "USD %.1f bn", s.totalInvestmentUsdBn()));
            assertThat(text).contains(driverName(s, year));
        } else {
            assertThat(text).startsWith("With no new investment, ").doesNotContain("driver");
        }
        assertThat(text.contains("If China withholds")).isEqualTo(s.disruption() != null && s.disruption().enabled());
    }

    @Test
    void theSeedBaselineIn2030ReadsAsABriefingSentence() {
        String text = Narrative.of(MODEL, READER.readShipped("seed-baseline"), 2030);
        Projection run = MODEL.run(READER.readShipped("seed-baseline"));
        assertThat(text).startsWith("With USD 5.5 bn over 2025\u20132029, China's share of separation falls from "
                + pct(run.value(Series.SHARE_CHINA_SEPARATION, 2025)) + " in 2025 to "
                + pct(run.value(Series.SHARE_CHINA_SEPARATION, 2030)) + " by 2030");
        assertThat(text).containsPattern("(The largest driver is|comes from)");
    }

    @Test
    void changedAssumptionsAreCountedAndTheirEffectStated() {
        Scenario s = READER.readShipped("seed-baseline").withAssumption(Param.CHINA_SEPARATION_GROWTH, 0.0)
                .withAssumption(Param.ALLIED_DEMAND_SHARE, 0.2);
        String text = Narrative.of(MODEL, s, 2035);
        double effect = MODEL.run(s).value(Series.SHARE_CHINA_SEPARATION, 2035)
                - MODEL.run(s.withAssumptions(Map.of())).value(Series.SHARE_CHINA_SEPARATION, 2035);
        assertThat(text).contains("2 changed assumptions move that share by " + Formats.pointsChange(effect));
        assertThat(numbersIn(text)).isSubsetOf(expectedNumbers(s, 2035));
    }

    /** Every number the narrative may state for {@code s} in {@code year}, formatted as it writes them. */
    private static Set<String> expectedNumbers(Scenario s, int year) {
        Projection run = MODEL.run(s);
        Projection base = MODEL.run(s.withoutInvestment());
        Set<String> numbers = new HashSet<>();
        numbers.add(String.format(Locale.ROOT, "USD %.1f", s.totalInvestmentUsdBn()));
        s.levers().values().stream().filter(l -> l.investmentUsdBn() > 0).forEach(l -> {
            numbers.add(String.valueOf(l.startYear()));
            numbers.add(String.valueOf(l.lastSpendYear()));
        });
        numbers.add(String.valueOf(run.firstYear()));
        numbers.add(String.valueOf(year));
        for (Projection p : List.of(run, base)) {
            numbers.add(bare(pct(p.value(Series.SHARE_CHINA_SEPARATION, year))));
            numbers.add(bare(pct(p.value(Series.SELF_SUFFICIENCY, year))));
            numbers.add(String.format(Locale.ROOT, "USD %.1f", p.value(Series.COST_ALLIED, year)));
            numbers.add(Formats.tonnes(sum(p.values(Series.SHORTFALL))).replaceAll(" k?t$", ""));
        }
        numbers.add(bare(pct(run.value(Series.SHARE_CHINA_SEPARATION, run.firstYear()))));
        Attribution attribution = new Attribution(MODEL.withAssumptionsOf(s),
                MODEL.withAssumptionsOf(s).data().parameters().baseValues());
        for (Series kpi : List.of(Series.SHARE_CHINA_SEPARATION, Series.SELF_SUFFICIENCY)) {
            numbers.add(bare(Formats.pointsChange(run.value(kpi, year) - base.value(kpi, year))));
            if (s.totalInvestmentUsdBn() > 0) {
                attribution.of(s, kpi.id(), year).leverEffects().values()
                        .forEach(v -> numbers.add(bare(Formats.pointsChange(v))));
            }
        }
        double onDefaults = MODEL.run(s.withAssumptions(Map.of())).value(Series.SHARE_CHINA_SEPARATION, year);
        numbers.add(bare(Formats.pointsChange(run.value(Series.SHARE_CHINA_SEPARATION, year) - onDefaults)));
        numbers.add(String.valueOf(s.assumptions().size()));
        if (s.disruption() != null) {
            numbers.add(bare(pct(s.disruption().severity())));
            numbers.add(String.valueOf(s.disruption().months()));
            numbers.add(String.valueOf(s.disruption().startYear()));
            numbers.add(String.valueOf(s.disruption().startYear() + 1));
            for (double depth : s.disruption().profile()) {
                numbers.add(bare(pct(depth)));
            }
        }
        return numbers;
    }

    /** The lever with the largest Shapley share of China's share's fall or, if it hardly moves, self-sufficiency's rise. */
    private static String driverName(Scenario s, int year) {
        ImpactModel edited = MODEL.withAssumptionsOf(s);
        Projection run = edited.run(s);
        Projection base = edited.run(s.withoutInvestment());
        Series share = Series.SHARE_CHINA_SEPARATION;
        boolean shareMoves = Math.abs(run.value(share, year) - base.value(share, year)) >= 0.005;
        var effects = new Attribution(edited, edited.data().parameters().baseValues())
                .of(s, (shareMoves ? share : Series.SELF_SUFFICIENCY).id(), year).leverEffects();
        String best = effects.entrySet().stream().max((a, b) -> Double.compare(
                (shareMoves ? -1 : 1) * a.getValue(), (shareMoves ? -1 : 1) * b.getValue())).orElseThrow().getKey();
        return DATA.focusAreas().find(best).orElseThrow().name();
    }

    private static List<String> numbersIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String pct(double fraction) {
        return Formats.percent(fraction);
    }

    private static String bare(String formatted) {
        return formatted.replace("%", "").replace(" pp", "");
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
