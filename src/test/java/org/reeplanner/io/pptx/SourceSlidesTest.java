package org.reeplanner.io.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.io.FactSheet;

/** The sources appendix packs fact rows onto slides by the lines they take: no slide overflows or sits half empty. */
class SourceSlidesTest {
    private static final FactSheet FACTS = FactSheet.readShipped();

    @Test
    void everyRowOfTheFactSheetLandsOnceInOrderAndNoSlideHoldsMoreLinesThanFit() {
        List<FactSheet.Row> all = new ArrayList<>(FACTS.rows().values());

        List<List<FactSheet.Row>> pages = SourceSlides.pages(all, FACTS);

        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(all);
        for (List<FactSheet.Row> page : pages) {
            assertThat(page).isNotEmpty();
            assertThat(lines(page)).isLessThanOrEqualTo(SourceSlides.LINES_PER_SLIDE);
        }
        int total = lines(all);
        assertThat(pages).as("as few slides as the lines need, or one more where a two-line row does not fit")
                .hasSizeBetween((total + SourceSlides.LINES_PER_SLIDE - 1) / SourceSlides.LINES_PER_SLIDE,
                        (total + SourceSlides.LINES_PER_SLIDE - 1) / SourceSlides.LINES_PER_SLIDE + 1);
        assertThat(pages.get(pages.size() - 1)).as("the last slide is not a lone row: %s lines",
                pages.stream().map(SourceSlidesTest::lines).toList()).hasSizeGreaterThan(1);
    }

    @Test
    void aRowTakesTwoLinesOnlyWhenItsFactAndCitationPassALine() {
        for (FactSheet.Row row : FACTS.rows().values()) {
            assertThat(SourceSlides.lines(row, FACTS)).isBetween(1, 2);
        }
        assertThat(FACTS.rows().values()).anySatisfy(r -> assertThat(SourceSlides.lines(r, FACTS)).isEqualTo(2))
                .anySatisfy(r -> assertThat(SourceSlides.lines(r, FACTS)).isEqualTo(1));
    }

    @Test
    void noRowsStillMakeOneSlide() {
        assertThat(SourceSlides.pages(List.of(), FACTS)).containsExactly(List.of());
    }

    private static int lines(List<FactSheet.Row> page) {
        return page.stream().mapToInt(row -> SourceSlides.lines(row, FACTS)).sum();
    }
}
