package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reeplanner.io.AtomicFiles;
import org.reeplanner.io.report.PriceFloor;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.report.XmlText;
import org.reeplanner.model.Param;
import org.reeplanner.model.analysis.Progress;

/**
 * Writes a scenario report as an Excel workbook (.xlsx): ReadMe, Summary with KPIs and native charts, Inputs,
 * Assumptions, Annual projections, Costs, Uncertainty, Sensitivity and Attribution when those results are given, and
 * the long-format Data sheet. The file is written atomically: on failure no partial file is left and an existing
 * file keeps its content.
 */
public final class WorkbookExporter {

    /** Writes the workbook to {@code file}. */
    public void write(Path file, ReportContent content, Progress progress) throws IOException {
        AtomicFiles.write(file, out -> write(out, content, progress));
    }

    /** Writes the workbook to {@code out}; the stream is not closed. */
    public void write(OutputStream out, ReportContent content, Progress progress) throws IOException {
        try (XSSFWorkbook workbook = build(content, progress)) {
            workbook.write(out);
        }
        progress.report(1.0);
    }

    XSSFWorkbook build(ReportContent c, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            ReadMeSheet.write(new SheetBuilder(wb.createSheet(README), styles), c);
            XSSFSheet summary = wb.createSheet(SUMMARY);
            InputsSheet.write(new SheetBuilder(wb.createSheet(INPUTS), styles), c.scenarioInput(),
                    c.scenario().focusAreas());
            AssumptionsSheet.write(new SheetBuilder(wb.createSheet(ASSUMPTIONS), styles), c.parameters());
            progress.report(0.2);
            DataRows projections = ProjectionsSheet.write(new SheetBuilder(wb.createSheet(PROJECTIONS), styles),
                    c.scenario(), c.baseline());
            DataRows costs = CostsSheet.write(new SheetBuilder(wb.createSheet(COSTS), styles), c.scenario(),
                    c.kpis(), c.parameters().base(Param.DISCOUNT_RATE));
            progress.report(0.4);
            DataRows uncertainty = null;
            if (c.bands() != null) {
                uncertainty = UncertaintySheet.write(new SheetBuilder(wb.createSheet(UNCERTAINTY), styles),
                        c.bands(), c.seriesInfo());
            }
            if (c.sensitivity() != null) {
                SensitivitySheet.write(new SheetBuilder(wb.createSheet(SENSITIVITY), styles), c.sensitivity(),
                        c.studies());
            }
            if (c.attribution() != null) {
                AttributionSheet.write(new SheetBuilder(wb.createSheet(ATTRIBUTION), styles), c.attribution(),
                        c.scenario().focusAreas(), c.studies());
            }
            DataSheet.write(new SheetBuilder(wb.createSheet(DATA), styles), c.scenario(), c.baseline(), c.bands());
            progress.report(0.6);
            int chartRow = SummarySheet.write(new SheetBuilder(summary, styles), c);
            SummaryCharts.add(summary, chartRow, c.scenario(), PriceFloor.of(c.scenario(), c.parameters()),
                    projections, costs, uncertainty);
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                PrintLayout.headerFooter((XSSFSheet) sheet, c.scenarioInput().name(), c.stamp());
            }
            properties(wb, c);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            wb.setForceFormulaRecalculation(true);
            progress.report(0.8);
            return wb;
        } catch (RuntimeException e) {
            closeQuietly(wb);
            throw e;
        }
    }

    private static void properties(XSSFWorkbook wb, ReportContent c) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        String name = XmlText.clean(c.scenarioInput().name());
        core.setTitle("Rare earth scenario report: " + name);
        core.setSubjectProperty("U.S.–Australia rare earth supply-chain scenario: supply, China's market shares, "
                + "risk and programme costs " + c.scenario().firstYear() + "–" + c.scenario().lastYear());
        core.setCreator(ReportStamp.PRODUCT);
        core.setKeywords("rare earths; critical minerals; supply chain; scenario; " + name);
        core.setDescription("Exported by " + ReportStamp.PRODUCT + " model " + c.stamp().versionText() + " on "
                + c.stamp().date());
        core.setCreated(Optional.of(Date.from(c.stamp().date().atStartOfDay().toInstant(ZoneOffset.UTC))));
        props.getExtendedProperties().getUnderlyingProperties().setApplication(ReportStamp.PRODUCT);
        props.getCustomProperties().addProperty(FORMAT_PROPERTY, FORMAT_VERSION);
    }

    private static void closeQuietly(XSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException e) {
            // Nothing was written yet; the original failure is the one to report.
        }
    }
}
