package org.reeplanner.io.pptx;

import static org.reeplanner.io.pptx.SlideKit.*;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.reeplanner.io.AtomicFiles;
import org.reeplanner.io.png.ChartImages;
import org.reeplanner.io.png.ChartRenderer;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.io.report.ValueText;
import org.reeplanner.io.report.XmlText;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Progress;

/**
 * Writes a 16:9 briefing deck (.pptx): title slide, KPI summary, one slide per chart (pictures from the PNG renderer
 * at 1920×1080), where the target year's allied ore goes, and the key assumptions with their sources. Written atomically like every export.
 */
public final class DeckExporter {
    /** Chart text 1.3 times larger than in the stand-alone PNGs: the pictures are shrunk onto the slides. */
    static final float SLIDE_TEXT_SCALE = 1.3f;
    private final ChartImages images = new ChartImages(new ChartRenderer(SLIDE_TEXT_SCALE));

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
            pictures[i] = images.png(charts.get(i), ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            progress.report(0.7 * (i + 1) / charts.size());
        }
        AtomicFiles.write(file, out -> write(out, c, charts, pictures, progress));
        progress.report(1.0);
    }

    private void write(OutputStream out, ReportContent c, List<ChartSpec> charts, byte[][] pictures,
                       Progress progress) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            String footer = ReportStamp.PRODUCT + " · " + c.stamp().scenarioLine();
            titleSlide(deck.createSlide(), c);
            kpiSlide(deck.createSlide(), c, footer);
            for (int i = 0; i < charts.size(); i++) {
                chartSlide(deck, charts.get(i), pictures[i], c);
            }
            OreSlide.add(deck, c, footer);
            AssumptionSlides.add(deck, c, footer);
            progress.report(0.9);
            deck.getProperties().getCoreProperties().setTitle("Rare earth briefing: "
                    + XmlText.clean(c.scenarioInput().name()));
            deck.getProperties().getCoreProperties().setCreator(ReportStamp.PRODUCT);
            deck.write(out);
        }
    }

    private static void titleSlide(XSLFSlide slide, ReportContent c) {
        Scenario s = c.scenarioInput();
        var band = slide.createAutoShape();
        band.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, 18, HEIGHT));
        band.setFillColor(ACCENT);
        band.setLineColor(null);
        text(slide, new Rectangle2D.Double(70, 120, 820, 30), "Rare earth supply-chain scenario", 20, false, ACCENT);
        text(slide, new Rectangle2D.Double(70, 156, 820, 110), s.name(), 40, true, TEXT);
        String facts = String.format(Locale.ROOT, "%d–%d · %s demand · USD %.1f bn programme%s",
                c.scenario().firstYear(), c.scenario().lastYear(), s.demandCase().label().toLowerCase(Locale.ROOT),
                s.totalInvestmentUsdBn(), s.disruption() != null && s.disruption().enabled()
                        ? " · with an export-ban stress event" : "");
        text(slide, new Rectangle2D.Double(70, 270, 820, 56), facts, 20, false, TEXT);
        if (!s.description().isBlank()) {
            String d = s.description().length() > 240 ? s.description().substring(0, 239) + "…" : s.description();
            text(slide, new Rectangle2D.Double(70, 330, 820, 70), d, 14, false, MUTED);
        }
        text(slide, new Rectangle2D.Double(70, 440, 820, 24), ReportStamp.PRODUCT + ", model "
                + c.stamp().versionText(), 16, false, MUTED);
        text(slide, new Rectangle2D.Double(70, 466, 820, 24), c.stamp().date().toString(), 16, false, MUTED);
    }

    private static void kpiSlide(XSLFSlide slide, ReportContent c, String footer) {
        title(slide, "Key results for " + c.targetYear());
        double[] widths = {370, 160, 160, 190};
        XSLFTable t = table(slide, MARGIN, 90, widths, 7, 38);
        String[] header = {"Indicator", "Scenario", "No new investment", "Change"};
        for (int col = 0; col < header.length; col++) {
            cell(t, 0, col, header[col], 16, true, TEXT, col == 0 ? TextAlign.LEFT : TextAlign.RIGHT);
        }
        int row = 1;
        for (Kpi k : c.kpis().cards()) {
            var colour = k.improves() ? BETTER : k.worsens() ? WORSE : TEXT;
            cell(t, row, 0, kpiLabel(k), 18, false, TEXT, TextAlign.LEFT);
            cell(t, row, 1, ValueText.value(k.unit(), k.value()), 17, true, TEXT, TextAlign.RIGHT);
            cell(t, row, 2, ValueText.value(k.unit(), k.baseline()), 17, false, MUTED, TextAlign.RIGHT);
            cell(t, row, 3, ValueText.change(k.unit(), k.change()), 17, true, colour, TextAlign.RIGHT);
            row++;
        }
        text(slide, new Rectangle2D.Double(MARGIN, 368, WIDTH - 2 * MARGIN, 100), c.narrative(), 14, false, TEXT);
        text(slide, new Rectangle2D.Double(MARGIN, 474, WIDTH - 2 * MARGIN, 22), "Green: better than with no new "
                + "investment; red: worse. Spend is the price of the outcome, not an outcome.", 14, false, MUTED);
        footer(slide, footer, slide.getSlideNumber());
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

    private static void chartSlide(XMLSlideShow deck, ChartSpec chart, byte[] png, ReportContent c) {
        XSLFSlide slide = deck.createSlide();
        title(slide, Headlines.of(chart, c));
        XSLFPictureData data = deck.addPicture(png, PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        double top = 84;
        double h = HEIGHT - top - 12;
        double w = h * ChartRenderer.WIDTH / ChartRenderer.HEIGHT;
        if (w > WIDTH - 2 * 20) {
            w = WIDTH - 2 * 20;
            h = w * ChartRenderer.HEIGHT / ChartRenderer.WIDTH;
        }
        picture.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, top, w, h));
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(XmlText.clean(chart.title() + ". "
                + chart.subtitle()));
    }
}
