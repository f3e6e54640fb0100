package org.reeplanner.io.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.reeplanner.io.office.XddfStyle;
import org.reeplanner.io.report.Palette;

/** The Sensitivity sheet's native tornado chart. */
final class TornadoChart {
    private TornadoChart() {
    }

    /**
     * A tornado: horizontal bars of the output's change with each input at its low and at its high value, widest
     * on top, the two bars of an input overlapping on one line.
     */
    static void draw(XSSFChart chart, XSSFSheet sheet, CellRangeAddress labels, CellRangeAddress low,
                        CellRangeAddress high, String valueTitle, String numberFormat) {
        XDDFCategoryAxis y = chart.createCategoryAxis(AxisPosition.LEFT);
        y.setOrientation(AxisOrientation.MAX_MIN);
        y.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle(valueTitle);
        x.setNumberFormat(numberFormat);
        x.setCrosses(AxisCrosses.AUTO_ZERO);
        x.setCrossBetween(AxisCrossBetween.BETWEEN);
        x.getOrAddMajorGridProperties().setLineProperties(XddfStyle.line(Palette.GRID, false, 0.75));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, y, x);
        data.setVaryColors(false);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, labels);
        String[] titles = {"Input at its low value", "Input at its high value"};
        int[] colours = {0x2563EB, 0xD97706};
        CellRangeAddress[] ranges = {low, high};
        for (int i = 0; i < 2; i++) {
            XDDFChartData.Series s = data.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    ranges[i]));
            s.setTitle(titles[i], null);
            XddfStyle.styleBar(s, colours[i]);
        }
        chart.plot(data);
        XddfStyle.stackBars(chart.getCTChart().getPlotArea().getBarChartArray(0));
        XddfStyle.renumber(chart);
    }
}
