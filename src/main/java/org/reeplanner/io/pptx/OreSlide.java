package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;

/**
 * The deck's "where the ore goes" slide: the target year's allied mine output and the four routes it takes (allied
 * refining, tolling abroad, sales to China, the ore stockpile) in tonnes and shares, against no new investment.
 */
final class OreSlide {
    private record Route(String name, Series series) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("Allied mine output", Series.MINING_ALLIED),
            new Route("  Refined by allied plants", Series.ORE_ALLIED_TO_ALLIED),
            new Route("  Tolled abroad (rest of world)", Series.ORE_ALLIED_TO_ROW),
            new Route("  Sold to China", Series.ORE_ALLIED_TO_CHINA),
            new Route("  Stockpiled", Series.ORE_ALLIED_STOCKPILED));

    private OreSlide() {
    }

    static void add(XMLSlideShow deck, ReportContent c, Footer footer) {
        int year = c.targetYear();
        Projection run = c.scenario();
        Projection base = c.baseline();
        double mined = run.value(Series.MINING_ALLIED, year);
        double minedBase = base.value(Series.MINING_ALLIED, year);
        XSLFSlide slide = slide(deck, String.format(Locale.ROOT,
                "Where allied ore goes in %d: %s refined by allied plants", year,
                percent(run.value(Series.ORE_ALLIED_TO_ALLIED, year), mined)));
        double[] widths = {330, 150, 110, 180, 110};
        XSLFTable t = table(slide, MARGIN, CONTENT_TOP + 8, widths, ROUTES.size() + 1, 44);
        String[] header = {"Ore (t REO)", "Scenario", "Share", "No new investment", "Share"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], 16, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        int row = 1;
        StringBuilder notes = new StringBuilder(String.format(Locale.ROOT, "Allied ore in %d, scenario against no "
                + "new investment (series mining.allied.t and ore.allied.*.t):", year));
        for (Route r : ROUTES) {
            double v = run.value(r.series(), year);
            double b = base.value(r.series(), year);
            boolean total = row == 1;
            cell(t, row, 0, r.name(), 18, total, TEXT, TextAlign.LEFT);
            cell(t, row, 1, tonnes(v), 18, true, TEXT, TextAlign.RIGHT);
            cell(t, row, 2, percent(v, mined), 18, false, TEXT, TextAlign.RIGHT);
            cell(t, row, 3, tonnes(b), 18, false, MUTED, TextAlign.RIGHT);
            cell(t, row, 4, percent(b, minedBase), 18, false, MUTED, TextAlign.RIGHT);
            notes.append('\n').append(r.name().strip()).append(": ").append(tonnes(v)).append(" (")
                    .append(percent(v, mined)).append("), no new investment ").append(tonnes(b));
            row++;
        }
        text(slide, new Rectangle2D.Double(MARGIN, 380, WIDTH - 2 * MARGIN, 90), "Every tonne mined goes somewhere: "
                + "allied separation first, then rest-of-world refiners that lack ore, then China as far as the "
                + "scenario allows; the rest is stocked as ore. Tonnes of rare-earth oxide contained in the ore.",
                14, false, MUTED);
        footer(slide, footer);
        SlideKit.notes(deck, slide, notes.toString());
    }

    private static String tonnes(double t) {
        return String.format(Locale.ROOT, "%,.0f t", t);
    }

    private static String percent(double part, double whole) {
        return String.format(Locale.ROOT, "%.0f%%", whole > 0 ? 100 * part / whole : 0);
    }
}
