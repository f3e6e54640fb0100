package org.reeplanner.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The icons the app uses, named by what they mean rather than by what they show (Material Design 2 glyphs). */
public enum Icon {
    NEW(MaterialDesignF.FILE_PLUS_OUTLINE),
    OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    RECENT(MaterialDesignH.HISTORY),
    SAVE(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    SAVE_AS(MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    RENAME(MaterialDesignR.RENAME_BOX),
    COMPARE(MaterialDesignC.COMPARE_HORIZONTAL),
    QUIT(MaterialDesignE.EXIT_TO_APP),
    RESET(MaterialDesignR.RESTORE),
    COPY(MaterialDesignC.CONTENT_COPY),
    SAVE_IMAGE(MaterialDesignC.CONTENT_SAVE),
    ABOUT(MaterialDesignI.INFORMATION_OUTLINE),
    SUPPLY(MaterialDesignC.CHART_AREASPLINE),
    SHARE(MaterialDesignC.CHART_LINE),
    COSTS(MaterialDesignC.CASH_MULTIPLE),
    UNCERTAINTY(MaterialDesignC.CHART_BELL_CURVE),
    TORNADO(MaterialDesignC.CHART_GANTT),
    ATTRIBUTION(MaterialDesignC.CHART_BAR_STACKED),
    OPTIMISE(MaterialDesignT.TUNE_VARIANT),
    GOAL_SEEK(MaterialDesignB.BULLSEYE_ARROW),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    CANCEL(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    RUN(MaterialDesignP.PLAY_OUTLINE),
    APPLY(MaterialDesignC.CHECK_BOLD),
    STRESS(MaterialDesignA.ALERT_OUTLINE),
    TABLE(MaterialDesignT.TABLE),
    INFO(MaterialDesignI.INFORMATION_OUTLINE),
    EXPORT_WORKBOOK(MaterialDesignF.FILE_EXCEL_OUTLINE),
    EXPORT_DECK(MaterialDesignF.FILE_POWERPOINT_OUTLINE),
    EXPORT_CHARTS(MaterialDesignI.IMAGE_MULTIPLE_OUTLINE),
    EXPORT_CSV(MaterialDesignF.FILE_DELIMITED_OUTLINE),
    OPEN_FOLDER(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    DONE(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    CLOSE(MaterialDesignC.CLOSE),
    PIN(MaterialDesignP.PIN_OUTLINE),
    PRESENT(MaterialDesignP.PRESENTATION_PLAY),
    DETACH_CHART(MaterialDesignM.MONITOR_MULTIPLE),
    THEME(MaterialDesignT.THEME_LIGHT_DARK),
    ASSUMPTIONS(MaterialDesignT.TUNE),
    GUIDE(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT),
    SEARCH(MaterialDesignM.MAGNIFY);

    private final Ikon glyph;

    Icon(Ikon glyph) {
        this.glyph = glyph;
    }

    /** A fresh icon node (a node can only sit in one place of the scene graph). */
    public FontIcon node() {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
