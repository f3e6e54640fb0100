package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every row of the shipped fact sheet cited by title, publisher and year, as far as its source text allows. */
class SourceCitationsTest {
    private static final FactSheet FACTS = FactSheet.readShipped();
    private static final Map<String, SourceCitation> ALL = SourceCitations.all(FACTS);

    /** The rows that cannot name a publisher and a year, and why. */
    private static final Map<String, String> WITHOUT_PUBLISHER_OR_YEAR = Map.of(
            "D12", "a 'not found' row: no figure located, so no source",
            "Y8", "a 'not found' row: no recycling cost range located",
            "E6", "a 'not found' row: no REE-specific learning rate located",
            "W13", "the section's 'Not found' row: what was searched for, not a fact",
            "K4", "a JRC RMIS web page the fact sheet gives without a date",
            "N13", "an encyclopedia.pub entry the fact sheet gives without a date");

    @Test
    void everyRowYieldsAPublisherAndAYearExceptTheListedOnes() {
        Map<String, String> incomplete = new TreeMap<>();
        ALL.forEach((id, c) -> {
            if (!c.complete()) {
                incomplete.put(id, c.text());
            }
        });

        assertThat(ALL).hasSameSizeAs(FACTS.rows());
        assertThat(incomplete.keySet()).as("rows without publisher or year: %s", incomplete)
                .containsExactlyInAnyOrderElementsOf(WITHOUT_PUBLISHER_OR_YEAR.keySet());
    }

    @Test
    void yearsLieBetweenTheOldestSourceAndTheFactSheetsVintage() {
        assertThat(ALL.values()).filteredOn(SourceCitation::complete).allSatisfy(c -> {
            assertThat(c.year()).as(c.rowId()).isBetween(1900, 2026);
            assertThat(c.publisher()).as(c.rowId()).isNotBlank().doesNotStartWith("via ").doesNotContain(";;");
            assertThat(c.text()).as(c.rowId()).contains(c.publisher() + ", " + c.year());
        });
    }

    @Test
    void seriesAreSpelledOutWithTheirLatestEditionAndPublisher() {
        assertThat(ALL.get("M1").text()).isEqualTo("Mineral Commodity Summaries 2026: Rare Earths. "
                + "U.S. Geological Survey, 2026");
        assertThat(ALL.get("P4").title()).isEqualTo("Mineral Commodity Summaries 2026: Heavy Rare Earths");
        assertThat(ALL.get("R3").title()).as("MCS2025/2026").isEqualTo("Mineral Commodity Summaries 2026");
        assertThat(ALL.get("C1").text()).isEqualTo("Global Critical Minerals Outlook 2024. International Energy "
                + "Agency, 2024 (via seaisi.org)");
        assertThat(ALL.get("K5").title()).isEqualTo("Open-File Report 2025");
    }

    @Test
    void namedTitlesPublishersChannelsAndDatesComeFromTheSourceText() {
        SourceCitation c4 = ALL.get("C4");
        assertThat(c4.title()).isEqualTo("“With new export controls on critical minerals, supply concentration "
                + "risks become reality”");
        assertThat(c4.publisher()).isEqualTo("International Energy Agency");
        assertThat(c4.year()).isEqualTo(2025);
        assertThat(c4.via()).isEqualTo("rareearthexchanges.com");
        assertThat(ALL.get("Y1").text()).isEqualTo("Recycling Rates of Metals: A Status Report. UN Environment "
                + "Programme, International Resource Panel, 2011");
        assertThat(ALL.get("K3").publisher()).isEqualTo("European Commission Joint Research Centre");
        assertThat(ALL.get("K3").year()).isEqualTo(2017);
        assertThat(ALL.get("P17").text()).isEqualTo("Mining Weekly, 2021");
        assertThat(ALL.get("E3").publisher()).as("a source given only as 'via X'").isEqualTo("hypernomics.com");
        assertThat(ALL.get("X2").year()).as("from the row's Date column").isEqualTo(2010);
    }

    @Test
    void sameAndRowReferencesCiteTheRowsTheyName() {
        assertThat(ALL.get("C5").title()).isEqualTo(ALL.get("C4").title());
        assertThat(ALL.get("D8").publisher()).isEqualTo("McKinsey & Company");
        assertThat(ALL.get("L6").publisher()).isEqualTo(ALL.get("J10").publisher());
        assertThat(ALL.get("L6").note()).isEqualTo("as row J10");
        assertThat(ALL.get("C13").note()).isEqualTo("computed in the fact sheet from C1, C5");
        assertThat(ALL.get("C13").year()).isEqualTo(Math.max(ALL.get("C1").year(), ALL.get("C5").year()));
        assertThat(ALL.get("D12").text()).startsWith("not found");
    }

    @Test
    void aShortenedCitationCutsTheTitleButKeepsPublisherYearAndChannel() {
        for (SourceCitation c : ALL.values()) {
            String shown = c.text(110);
            if (c.complete()) {
                assertThat(shown).as(c.rowId()).contains(c.publisher() + ", " + c.year());
                if (c.via() != null) {
                    assertThat(shown).endsWith("(via " + c.via() + ")" + (c.note() == null ? "" : "; " + c.note()));
                }
            }
            assertThat(shown.length()).as(c.rowId()).isLessThanOrEqualTo(Math.max(110, c.text().length()
                    - (c.title() == null ? 0 : c.title().length()) + 30));
        }
        assertThat(ALL.get("C4").text(110)).startsWith("“With new export controls").contains(" …”. International");
    }
}
