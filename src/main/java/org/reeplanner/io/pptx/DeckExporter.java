package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.reeplanner.io.AtomicFiles;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.png.ChartImages;
import org.reeplanner.io.png.ChartRenderer;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.XmlText;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Progress;

/**
 * Writes a 16:9 briefing deck (.pptx) an officer can present as is: title slide, bottom line, key results, the
 * changes from the sourced defaults (when any), one slide per chart (a native chart the audience can edit, its data
 * in the chart's embedded workbook, see {@link SlideChart}; a 1920×1080 picture from the PNG renderer only for a chart
 * the native path cannot draw; headed by the slide title rather than their own), where the target year's allied ore
 * goes, the key assumptions and the sources spelled out. Every slide comes from the title-only layout with a real title, carries speaker notes
 * with the figures and sources behind it and a footer "scenario · model version · date · page n", and the
 * handling marking when one is set. Written atomically like every export.
 */
public final class DeckExporter {
    /** Fallback pictures' text 1.3 times larger than in the stand-alone PNGs: they are shrunk onto the slides. */
    static final float SLIDE_TEXT_SCALE = 1.3f;
    private final ChartImages images = new ChartImages(new ChartRenderer(SLIDE_TEXT_SCALE));
    private final String marking;
    private final String author;
    private final Clock clock;

    /** A deck without a handling marking, authored by the operating-system user, dated now. */
    public DeckExporter() {
        this("", System.getProperty("user.name", ""), Clock.systemUTC());
    }

    /**
     * A deck whose every slide carries {@code marking} (e.g. "OFFICIAL"; blank for none), with {@code author} and
     * the creation time from {@code clock} in its document properties.
     */
    public DeckExporter(String marking, String author, Clock clock) {
        this.marking = marking == null ? "" : XmlText.clean(marking.strip());
        this.author = author == null ? "" : author;
        this.clock = clock;
    }

    /**
     * Writes the deck with the standard briefing charts (supply, China share, costs, price, stress test, fan with
     * bands).
     */
    public void write(Path file, ReportContent c, Progress progress) throws IOException {
        write(file, c, StandardCharts.of(c).briefing(c.bands()), progress);
    }

    public void write(Path file, ReportContent c, List<ChartSpec> charts, Progress progress) throws IOException {
        byte[][] pictures = new byte[charts.size()][];
        for (int i = 0; i < charts.size(); i++) {
            if (!SlideChart.canDraw(charts.get(i))) {
                pictures[i] = images.png(charts.get(i).withoutTitle(), ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            }
            progress.report(0.7 * (i + 1) / charts.size());
        }
        AtomicFiles.write(file, out -> write(out, c, charts, pictures, progress));
        progress.report(1.0);
    }

    private void write(OutputStream out, ReportContent c, List<ChartSpec> charts, byte[][] pictures,
                       Progress progress) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            Footer footer = new Footer(c.stamp().scenarioName() + " · model " + c.stamp().versionText() + " · "
                    + c.stamp().date(), marking);
            titleSlide(deck, c, footer);
            BriefingSlides.bottomLineSlide(deck, c, footer);
            kpiSlide(deck, c, footer);
            if (BriefingSlides.hasChanges(c)) {
                BriefingSlides.changesSlide(deck, c, footer);
            }
            for (int i = 0; i < charts.size(); i++) {
                chartSlide(deck, charts.get(i), pictures[i], c, footer);
            }
            OreSlide.add(deck, c, footer);
            AssumptionSlides.add(deck, c, footer);
            SourceSlides.add(deck, c, FactSheet.readShipped(), footer);
            progress.report(0.9);
            properties(deck, c);
            deck.write(out);
        }
    }

    /** Created now, by the user, 16:9, titled after the scenario: not the properties of POI's 4:3 template. */
    private void properties(XMLSlideShow deck, ReportContent c) {
        var core = deck.getProperties().getCoreProperties();
        String title = "Rare earth briefing: " + XmlText.clean(c.scenarioInput().name());
        core.setTitle(title);
        core.setSubjectProperty("Rare earth supply-chain scenario, model " + c.stamp().versionText());
        core.setCreator(XmlText.clean(author));
        core.setLastModifiedByUser(XmlText.clean(author));
        Date now = Date.from(clock.instant());
        core.setCreated(Optional.of(now));
        core.setModified(Optional.of(now));
        var app = deck.getProperties().getExtendedProperties().getUnderlyingProperties();
        app.setPresentationFormat("On-screen Show (16:9)");
        app.setApplication(ReportStamp.PRODUCT);
        app.setSlides(deck.getSlides().size());
        app.setNotes(deck.getSlides().size());
    }

    private static void titleSlide(XMLSlideShow deck, ReportContent c, Footer footer) {
        Scenario s = c.scenarioInput();
        XSLFSlide slide = slide(deck, s.name());
        XSLFTextShape title = slide.getPlaceholder(0);
        double size = s.name().length() <= 40 ? 40 : s.name().length() <= 80 ? 32 : 26;
        title.setAnchor(new Rectangle2D.Double(70, 110, 820, 150));
        title.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setFontSize(size)));
        slide.getShapes().stream().filter(x -> x instanceof XSLFAutoShape && x != title).toList()
                .forEach(slide::removeShape);
        var band = slide.createAutoShape();
        band.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, 18, HEIGHT));
        band.setFillColor(ACCENT);
        band.setLineColor(null);
        text(slide, new Rectangle2D.Double(70, 76, 820, 30), "Rare earth supply-chain scenario", 20, false, ACCENT);
        String facts = String.format(Locale.ROOT, "%d–%d · %s demand · USD %.1f bn programme%s",
                c.scenario().firstYear(), c.scenario().lastYear(), s.demandCase().label().toLowerCase(Locale.ROOT),
                s.totalInvestmentUsdBn(), s.disruption() != null && s.disruption().enabled()
                        ? " · with an export-ban stress event" : "");
        text(slide, new Rectangle2D.Double(70, 270, 820, 50), facts, 20, false, TEXT);
        if (!s.description().isBlank()) {
            String d = s.description().length() > 240 ? s.description().substring(0, 239) + "…" : s.description();
            text(slide, new Rectangle2D.Double(70, 326, 820, 70), d, 14, false, MUTED);
        }
        text(slide, new Rectangle2D.Double(70, 420, 820, 24), ReportStamp.PRODUCT + ", model "
                + c.stamp().versionText(), 16, false, MUTED);
        text(slide, new Rectangle2D.Double(70, 446, 820, 24), c.stamp().date().toString(), 16, false, MUTED);
        footer(slide, footer);
        notes(deck, slide, s.name() + ": " + facts + ".\n" + (s.description().isBlank() ? ""
                : s.description() + "\n") + "Every figure in this deck comes from the " + ReportStamp.PRODUCT
                + " model " + c.stamp().versionText() + ", run on " + c.stamp().date() + ", compared with the same "
                + "scenario with no new investment.");
    }

    private static void kpiSlide(XMLSlideShow deck, ReportContent c, Footer footer) {
        XSLFSlide slide = slide(deck, "Key results for " + c.targetYear());
        double[] widths = {370, 160, 160, 190};
        XSLFTable t = table(slide, MARGIN, CONTENT_TOP + 4, widths, 7, 38);
        String[] header = {"Indicator", "Scenario", "No new investment", "Change"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], 16, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        int row = 1;
        StringBuilder notes = new StringBuilder("Key results for " + c.targetYear() + " (scenario; no new "
                + "investment; change):");
        for (Kpi k : c.kpis().cards()) {
            var colour = k.improves() ? BETTER : k.worsens() ? WORSE : TEXT;
            cell(t, row, 0, kpiLabel(k), 18, false, TEXT, TextAlign.LEFT);
            cell(t, row, 1, Formats.value(k.unit(), k.value()), 17, true, TEXT, TextAlign.RIGHT);
            cell(t, row, 2, Formats.value(k.unit(), k.baseline()), 17, false, MUTED, TextAlign.RIGHT);
            cell(t, row, 3, Formats.change(k.unit(), k.change()), 17, true, colour, TextAlign.RIGHT);
            notes.append('\n').append(k.label()).append(" (").append(k.id()).append("): ")
                    .append(Formats.value(k.unit(), k.value())).append("; ")
                    .append(Formats.value(k.unit(), k.baseline())).append("; ")
                    .append(Formats.change(k.unit(), k.change()));
            row++;
        }
        text(slide, new Rectangle2D.Double(MARGIN, 370, WIDTH - 2 * MARGIN, 100), c.narrative(), 14, false, TEXT);
        text(slide, new Rectangle2D.Double(MARGIN, 478, WIDTH - 2 * MARGIN, 22), "Green: better than with no new "
                + "investment; red: worse. Spend is the price of the outcome, not an outcome.", 14, false, MUTED);
        footer(slide, footer);
        notes(deck, slide, notes.append('\n').append(c.narrative()).toString());
    }

    /** Short KPI names that fit one line at projector size. */
    private static String kpiLabel(Kpi k) {
        return switch (k.id()) {
            case KpiSet.CHINA_SEPARATION -> "China's share of separation";
            case KpiSet.SELF_SUFFICIENCY -> "Allied self-sufficiency";
            case KpiSet.PROCESSING_COST -> "Allied processing cost";
            case KpiSet.PROGRAMME_COST -> "Programme spend to date";
            case KpiSet.RISK -> "Supply-risk index (0–1)";
            case KpiSet.STRESS_SHORTFALL -> "Shortfall if a ban began then";
            default -> k.label();
        };
    }

    /** A chart slide: the native chart, or {@code png} when there is one (a chart the native path cannot draw). */
    private static void chartSlide(XMLSlideShow deck, ChartSpec chart, byte[] png, ReportContent c, Footer footer)
            throws IOException {
        XSLFSlide slide = slide(deck, Headlines.of(chart, c));
        double top = CONTENT_TOP;
        double h = FOOTER_TOP - top - 2;
        if (png == null) {
            SlideChart.draw(deck, slide, chart, new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, h));
        } else {
            XSLFPictureData data = deck.addPicture(png, PictureData.PictureType.PNG);
            XSLFPictureShape picture = slide.createPicture(data);
            double w = h * ChartRenderer.WIDTH / ChartRenderer.HEIGHT;
            picture.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, top, w, h));
            ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(XmlText.clean(chart.title() + ". "
                    + chart.subtitle()));
        }
        footer(slide, footer);
        StringBuilder notes = new StringBuilder(chart.title() + ". " + chart.subtitle());
        if (chart.id().equals(StandardCharts.STRESS)) {
            StressFacts event = StressFacts.of(c.scenario());
            notes.append('\n').append(event != null ? event.notes() : "The scenario sets no export restriction, so "
                    + "the chart draws no shortfall bars; the data's stress.shortfall.t is what the stress event would "
                    + "leave short if it began in a given year.");
        }
        notes.append('\n').append(Headlines.of(chart, c)).append('.');
        notes.append('\n').append(chart.sourceLine()).append('.');
        notes(deck, slide, notes.toString());
    }
}
