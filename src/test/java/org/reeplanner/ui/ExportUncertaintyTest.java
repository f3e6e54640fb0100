package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.ui.export.ExportKind;

/** Exports carry the uncertainty band's Monte Carlo only while it matches the scenario. */
class ExportUncertaintyTest {
    private final MainViewModel vm = Shipped.mainViewModel("seed-baseline");

    @TempDir
    Path dir;

    private boolean hasUncertaintySheet(String name) throws Exception {
        vm.exports().export(ExportKind.WORKBOOK, dir.resolve(name));
        try (InputStream in = Files.newInputStream(dir.resolve(name)); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getSheet("Uncertainty") != null;
        }
    }

    @Test
    void theWorkbookHasAnUncertaintySheetOnlyWhileTheBandIsCurrent() throws Exception {
        assertThat(hasUncertaintySheet("none.xlsx")).as("no study yet").isFalse();

        vm.analysis().uncertainty().runsProperty().set(200);
        vm.charts().uncertaintyShownProperty().set(true);
        assertThat(vm.exports().uncertaintyProperty().get()).isNotNull();
        assertThat(hasUncertaintySheet("with.xlsx")).isTrue();

        vm.charts().uncertaintyShownProperty().set(false);
        vm.session().setScenario(vm.session().scenario().withInvestment("mining", 6));
        assertThat(vm.exports().uncertaintyProperty().get()).as("stale for the changed scenario").isNull();
        assertThat(hasUncertaintySheet("stale.xlsx")).isFalse();
    }
}
