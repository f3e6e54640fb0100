package org.reeplanner.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.scenarios.ScenarioSession;

class LeverViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final LeverPanelViewModel panel = new LeverPanelViewModel(session, session.scenario());
    private final LeverViewModel mining = panel.lever("mining");

    private double alliedMining2035() {
        return session.result().scenario().value(Series.production(Stage.MINING, Region.ALLIED), 2035);
    }

    @Test
    void oneRowPerFocusAreaInCatalogueOrderWithTheSeedValues() {
        assertThat(panel.levers()).extracting(LeverViewModel::id).containsExactly("mining", "processing", "rnd",
                "recycling", "innovation", "regulatory", "trade", "stockpile", "monitoring", "offtake",
                "heavySeparation", "magnetPlants");
        assertThat(mining.amountProperty().get()).isEqualTo(3.5);
        assertThat(mining.textProperty().get()).isEqualTo("3.5");
        assertThat(mining.sliderMax()).isEqualTo(12);
        assertThat(mining.help()).contains("brownfield").contains("Calibration: Seed: USD 3.5 bn");
        assertThat(panel.total().getValue()).isEqualTo("USD 5.5 bn");
        assertThat(panel.split().getValue()).isEqualTo("U.S. USD 2.8 bn · Australia USD 2.8 bn");
    }

    @Test
    void slidingChangesTheScenarioAndTheResults() {
        double before = alliedMining2035();

        mining.setAmount(6.0417);

        assertThat(mining.amountProperty().get()).isEqualTo(6.04);
        assertThat(mining.textProperty().get()).isEqualTo("6.04");
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(6.04);
        assertThat(alliedMining2035()).isGreaterThan(before);
        assertThat(panel.total().getValue()).isEqualTo("USD 8.0 bn");
    }

    @Test
    void typingAnExactAmountKeepsEveryDigit() {
        mining.type("4.125");
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(3.5);
        mining.commitText();

        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(4.125);
        assertThat(mining.errorProperty().get()).isEmpty();
    }

    @Nested
    class RefusedText {

        @ParameterizedTest
        @ValueSource(strings = {"NaN", "-2", "100.5", "3,5", "", "lots"})
        void leaveTheScenarioAloneAndSayWhy(String text) {
            var before = session.scenario();

            mining.type(text);
            assertThat(mining.errorProperty().get()).isNotEmpty();
            mining.commitText();

            assertThat(mining.errorProperty().get()).isNotEmpty();
            assertThat(mining.textProperty().get()).isEqualTo(text);
            assertThat(session.scenario()).isSameAs(before);
            assertThat(mining.amountProperty().get()).isEqualTo(3.5);
        }

        @Test
        void staysVisibleOnCommitAndGoesOnEscape() {
            mining.type("3,5");
            mining.commitText();
            assertThat(mining.textProperty().get()).isEqualTo("3,5");
            assertThat(mining.errorProperty().get()).isEqualTo("Use a dot for decimals, e.g. 3.5.");

            mining.revertText();
            assertThat(mining.textProperty().get()).isEqualTo("3.5");
            assertThat(mining.errorProperty().get()).isEmpty();
        }

        @Test
        void theSliderReplacesRefusedText() {
            mining.type("abc");
            mining.setAmount(2);
            assertThat(mining.textProperty().get()).isEqualTo("2");
            assertThat(mining.errorProperty().get()).isEmpty();
        }
    }

    @Test
    void aLaterStartShortensTheProgrammeSoItEndsByTheEndYear() {
        mining.durationYearsProperty().set(10);
        mining.startYearProperty().set(2035);

        assertThat(mining.maxDurationProperty().get()).isEqualTo(6);
        assertThat(mining.durationYearsProperty().get()).isEqualTo(6);
        Lever lever = session.scenario().lever("mining");
        assertThat(lever.startYear()).isEqualTo(2035);
        assertThat(lever.lastSpendYear()).isEqualTo(2040);
        assertThat(mining.timingSummary().getValue()).isEqualTo("2035–2040 · U.S. 50% / Australia 50%");
    }

    @Test
    void theUsShareSplitsTheBudget() {
        mining.usSharePercentProperty().set(80);

        assertThat(session.scenario().lever("mining").usShare()).isEqualTo(0.8);
        assertThat(panel.split().getValue()).isEqualTo("U.S. USD 3.8 bn · Australia USD 1.7 bn");
    }

    @Test
    void aLoadedShareKeepsItsDigitsUntilTheUserPicksAnother() {
        session.setScenario(session.scenario().withLever("mining", new Lever(3.5, 2025, 5, 0.333)));
        assertThat(mining.usSharePercentProperty().get()).isEqualTo(33);

        mining.type("4");
        mining.commitText();
        assertThat(session.scenario().lever("mining").investmentUsdBn()).isEqualTo(4);
        assertThat(session.scenario().lever("mining").usShare()).isEqualTo(0.333);
    }

    @Test
    void resetBringsBackTheSeedLeversAndKeepsTheEvents() {
        mining.setAmount(10);
        panel.lever("processing").setAmount(4);
        panel.events().restrictionProperty().set(true);

        panel.resetToSeed();

        assertThat(mining.textProperty().get()).isEqualTo("3.5");
        assertThat(panel.lever("processing").amountProperty().get()).isZero();
        assertThat(session.scenario().totalInvestmentUsdBn()).isEqualTo(5.5);
        assertThat(session.scenario().disruption().enabled()).isTrue();
        assertThat(panel.resetHelp()).contains("Mining expansion USD 3.5 bn").contains("Events stay as they are");
    }

    @Test
    void aReplacedScenarioShowsInEveryRow() {
        session.setScenario(Shipped.scenario("accelerated-allied"));

        assertThat(panel.lever("processing").textProperty().get()).isEqualTo("2.5");
        assertThat(panel.total().getValue()).isEqualTo(
                org.reeplanner.io.report.Formats.usdBn(session.scenario().totalInvestmentUsdBn()));
    }

    @Nested
    class LimitsSharedWithFilesAndTheCommandLine {
        private final LeverViewModel trade = panel.lever("trade");

        @Test
        void theFieldTakesAmountsBeyondTheSliderUpToTheCommonLimit() {
            trade.type("8");
            trade.commitText();

            assertThat(session.scenario().lever("trade").investmentUsdBn()).isEqualTo(8);
            assertThat(trade.sliderMax()).isEqualTo(8);
            assertThat(trade.rangeNoticeProperty().get()).contains("reaches 8");

            trade.type("100.01");
            assertThat(trade.errorProperty().get()).contains("At most 100");
        }

        @Test
        void aScenarioBeyondTheSliderOpensWithTheRangeStretchedAndANotice() {
            double usual = trade.sliderMax();
            session.setScenario(Shipped.scenario("seed-baseline").withInvestment("trade", 8));

            assertThat(trade.amountProperty().get()).isEqualTo(8);
            assertThat(trade.sliderMax()).isEqualTo(8);
            assertThat(trade.rangeNoticeProperty().get())
                    .isEqualTo("Above this slider's usual 0–" + org.reeplanner.io.report.Formats.plain(usual)
                            + " bn: its range now reaches 8 to show the amount.");

            session.setScenario(Shipped.scenario("seed-baseline"));
            assertThat(trade.sliderMax()).isEqualTo(usual);
            assertThat(trade.rangeNoticeProperty().get()).isEmpty();
        }

        @Test
        void slidingBackDoesNotShrinkTheRangeUnderTheDrag() {
            session.setScenario(Shipped.scenario("seed-baseline").withInvestment("trade", 8));

            trade.setAmount(1);

            assertThat(trade.sliderMax()).isEqualTo(8);
            assertThat(session.scenario().lever("trade").investmentUsdBn()).isEqualTo(1);
        }
    }
}
