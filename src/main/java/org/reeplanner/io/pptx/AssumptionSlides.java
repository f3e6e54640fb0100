package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Param;
import org.reeplanner.model.Unit;
import org.reeplanner.model.ParameterSpec;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * The key-assumption slides: the parameters that move the results most (the tornado's widest parameter bars when
 * there is a tornado study), with value, range and source ID, six to
 * a slide so the text stays projector-sized and inside the slide; the source IDs are spelled out on the sources
 * slides.
 */
final class AssumptionSlides {
    static final int ROWS_PER_SLIDE = 6;
    static final List<Param> KEY = List.of(Param.CHINA_SEPARATION_2025, Param.ALLIED_SEPARATION_2025,
            Param.CHINA_MINING_2025, Param.ALLIED_MINING_2025, Param.CHINA_MAGNETS_2025,
            Param.DEMAND_BASE_GROWTH_TO_2030, Param.DEMAND_BASE_GROWTH_AFTER_2030, Param.ALLIED_COST_2025,
            Param.CHINA_COST_2025, Param.LEARNING_RATE, Param.STOCKPILE_2025, Param.DISCOUNT_RATE);
    private AssumptionSlides() {
    }

    /**
     * The assumptions to show: the {@code KEY.size()} parameters that move the tornado's output most, widest first,
     * when the content has a tornado study; the fixed {@link #KEY} list otherwise.
     */
    static List<Param> keyAssumptions(ReportContent c) {
        if (c.sensitivity() == null) {
            return KEY;
        }
        List<Param> drivers = c.sensitivity().bars().stream().filter(b -> b.kind() == TornadoBar.Kind.PARAMETER)
                .sorted(java.util.Comparator.comparingDouble(TornadoBar::swing).reversed())
                .map(b -> Param.fromKey(b.key())).filter(java.util.Objects::nonNull).limit(KEY.size()).toList();
        return drivers.isEmpty() ? KEY : drivers;
    }

    static void add(XMLSlideShow deck, ReportContent c, Footer footer) {
        List<Param> key = keyAssumptions(c);
        int pages = (key.size() + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE;
        for (int page = 0; page < pages; page++) {
            List<Param> rows = key.subList(page * ROWS_PER_SLIDE, Math.min(key.size(), (page + 1) * ROWS_PER_SLIDE));
            XSLFSlide slide = slide(deck, "Key assumptions (" + (page + 1) + " of " + pages + ")");
            table(slide, c, rows);
            footer(slide, footer);
            StringBuilder notes = new StringBuilder((c.sensitivity() == null ? "Key parameters"
                    : "The parameters that move " + c.sensitivity().series().id() + " in " + c.sensitivity().year()
                    + " most (tornado), widest first") + ": value used, the range Monte Carlo and the tornado "
                    + "explore, and the source (fact-sheet row, spelled out on the sources slides):");
            for (Param p : rows) {
                ParameterSpec spec = c.parameters().spec(p);
                notes.append('\n').append(spec.label()).append(": ").append(Formats.parameter(p.unit(),
                        spec.base())).append(" (range ").append(range(p.unit(), spec)).append("); source: ")
                        .append(spec.source());
                if (spec.note() != null && !spec.note().isBlank()) {
                    notes.append(". ").append(spec.note());
                }
            }
            notes(deck, slide, notes.toString());
        }
    }

    private static void table(XSLFSlide slide, ReportContent c, List<Param> rows) {
        double[] widths = {350, 210, 190, 130};
        XSLFTable t = SlideKit.table(slide, MARGIN, CONTENT_TOP + 8, widths, rows.size() + 1, 56);
        String[] header = {"Parameter", "Value", "Range", "Source"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], 18, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        int r = 1;
        for (Param p : rows) {
            ParameterSpec spec = c.parameters().spec(p);
            cell(t, r, 0, spec.label(), 18, false, TEXT, TextAlign.LEFT);
            cell(t, r, 1, Formats.parameter(p.unit(), spec.base()), 18, true, TEXT, TextAlign.RIGHT);
            cell(t, r, 2, range(p.unit(), spec), 16, false, MUTED, TextAlign.RIGHT);
            cell(t, r, 3, shortSource(spec.source()), 18, false, TEXT, TextAlign.RIGHT);
            r++;
        }
    }

    private static String range(Unit unit, ParameterSpec spec) {
        if (spec.low() == spec.high()) {
            return "fixed";
        }
        return number(unit, spec.low()) + " – " + number(unit, spec.high());
    }

    /** A bound without its unit (the value column shows it), e.g. {@code 240,000} or {@code 4.0%}. */
    private static String number(Unit unit, double v) {
        String text = Formats.parameter(unit, v);
        return text.replaceFirst("^USD ", "").replaceFirst("(%|[0-9])[^0-9%]*$", "$1");
    }

    /** The source ID alone: long explanations stay in the workbook. */
    static String shortSource(String source) {
        int cut = source.indexOf(' ');
        return cut < 0 ? source : source.substring(0, cut);
    }
}
