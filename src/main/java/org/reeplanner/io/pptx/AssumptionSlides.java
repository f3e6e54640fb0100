package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ValueText;
import org.reeplanner.model.Param;
import org.reeplanner.model.Unit;
import org.reeplanner.model.ParameterSpec;

/**
 * The assumptions and sources slides: the parameters that move the results most, with value, range and source ID,
 * six to a slide so the text stays projector-sized and inside the slide, then what the source IDs mean.
 */
final class AssumptionSlides {
    static final int ROWS_PER_SLIDE = 6;
    static final List<Param> KEY = List.of(Param.CHINA_SEPARATION_2025, Param.ALLIED_SEPARATION_2025,
            Param.CHINA_MINING_2025, Param.ALLIED_MINING_2025, Param.CHINA_MAGNETS_2025,
            Param.DEMAND_BASE_GROWTH_TO_2030, Param.DEMAND_BASE_GROWTH_AFTER_2030, Param.ALLIED_COST_2025,
            Param.CHINA_COST_2025, Param.LEARNING_RATE, Param.STOCKPILE_2025, Param.DISCOUNT_RATE);
    private static final String LEGEND = "Source IDs are rows of the planner's fact sheet (listed in docs/model.md, "
            + "“Fact rows cited”): M mine output and U U.S. statistics (USGS Mineral Commodity Summaries), "
            + "C market concentration (IEA Global Critical Minerals Outlook), D demand (IEA, McKinsey), "
            + "P prices (USGS, Argus), J projects (company reports), L lead times, G policy, X export controls, "
            + "Y recycling, K risk metrics, E learning curves. “assumption” marks a modelling judgement; its "
            + "reason is in the workbook's Assumptions sheet, which lists all parameters.";

    private AssumptionSlides() {
    }

    static void add(XMLSlideShow deck, ReportContent c, String footer) {
        int pages = (KEY.size() + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE;
        for (int page = 0; page < pages; page++) {
            List<Param> rows = KEY.subList(page * ROWS_PER_SLIDE, Math.min(KEY.size(), (page + 1) * ROWS_PER_SLIDE));
            XSLFSlide slide = deck.createSlide();
            title(slide, "Key assumptions (" + (page + 1) + " of " + pages + ")");
            table(slide, c, rows);
            footer(slide, footer, slide.getSlideNumber());
        }
        XSLFSlide sources = deck.createSlide();
        title(sources, "Sources");
        text(sources, new Rectangle2D.Double(MARGIN, 100, WIDTH - 2 * MARGIN, 300), LEGEND, 18, false, TEXT);
        text(sources, new Rectangle2D.Double(MARGIN, 400, WIDTH - 2 * MARGIN, 60), c.stamp().sourceLine() + ".",
                14, false, MUTED);
        footer(sources, footer, sources.getSlideNumber());
    }

    private static void table(XSLFSlide slide, ReportContent c, List<Param> rows) {
        double[] widths = {350, 210, 190, 130};
        XSLFTable t = SlideKit.table(slide, MARGIN, 96, widths, rows.size() + 1, 56);
        String[] header = {"Parameter", "Value", "Range", "Source"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], 18, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        int r = 1;
        for (Param p : rows) {
            ParameterSpec spec = c.parameters().spec(p);
            cell(t, r, 0, spec.label(), 18, false, TEXT, TextAlign.LEFT);
            cell(t, r, 1, ValueText.parameter(p.unit(), spec.base()), 18, true, TEXT, TextAlign.RIGHT);
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
        String text = ValueText.parameter(unit, v);
        return text.replaceFirst("^USD ", "").replaceFirst("(%|[0-9])[^0-9%]*$", "$1");
    }

    /** The source ID alone: long explanations stay in the workbook. */
    private static String shortSource(String source) {
        int cut = source.indexOf(' ');
        return cut < 0 ? source : source.substring(0, cut);
    }
}
