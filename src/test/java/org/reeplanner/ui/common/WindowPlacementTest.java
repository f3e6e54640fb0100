package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final double MIN_W = 1024;
    private static final double MIN_H = 680;

    @Nested
    class FirstStart {
        @Test
        void fillsEightyPercentOfAFullHdScreenCentred() {
            Rectangle2D b = WindowPlacement.firstStart(FULL_HD, MIN_W, MIN_H);

            assertThat(b).isEqualTo(new Rectangle2D(192, 108, 1536, 864));
        }

        @Test
        void neverGoesBelowWhatTheLayoutNeedsOnASmallScreen() {
            Rectangle2D b = WindowPlacement.firstStart(LAPTOP, MIN_W, MIN_H);

            assertThat(b.getWidth()).isEqualTo(1092);
            assertThat(b.getHeight()).isEqualTo(MIN_H);
            assertThat(b.getMinY()).isEqualTo((768 - 680) / 2.0);
        }

        @Test
        void staysOnAScreenSmallerThanTheLayoutsMinimum() {
            Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);

            Rectangle2D b = WindowPlacement.firstStart(tiny, MIN_W, MIN_H);

            assertThat(b).isEqualTo(tiny);
        }

        @Test
        void centresOnAScreenThatDoesNotStartAtTheOrigin() {
            Rectangle2D right = new Rectangle2D(1920, 40, 1600, 860);

            Rectangle2D b = WindowPlacement.firstStart(right, MIN_W, MIN_H);

            assertThat(b.getMinX() + b.getWidth() / 2).isEqualTo(right.getMinX() + right.getWidth() / 2);
            assertThat(b.getMinY() + b.getHeight() / 2).isEqualTo(right.getMinY() + right.getHeight() / 2);
        }
    }

    @Nested
    class Restore {
        @Test
        void keepsBoundsThatFitTheirScreen() {
            Rectangle2D saved = new Rectangle2D(100, 50, 1400, 900);

            assertThat(WindowPlacement.restore(saved, List.of(FULL_HD), MIN_W, MIN_H)).contains(saved);
        }

        @Test
        void shrinksAndMovesBoundsSavedOnABiggerScreenOntoTheSmallerOne() {
            Rectangle2D saved = new Rectangle2D(300, 200, 1800, 1000);

            Rectangle2D b = WindowPlacement.restore(saved, List.of(LAPTOP), MIN_W, MIN_H).orElseThrow();

            assertThat(b).isEqualTo(LAPTOP);
        }

        @Test
        void picksTheScreenTheWindowOverlapsMost() {
            Rectangle2D second = new Rectangle2D(1920, 0, 1280, 1024);
            Rectangle2D saved = new Rectangle2D(1700, 100, 1200, 800);

            Rectangle2D b = WindowPlacement.restore(saved, List.of(FULL_HD, second), MIN_W, MIN_H).orElseThrow();

            assertThat(second.contains(b)).isTrue();
        }

        @Test
        void growsBoundsSmallerThanTheLayoutNeeds() {
            Rectangle2D saved = new Rectangle2D(10, 10, 200, 200);

            Rectangle2D b = WindowPlacement.restore(saved, List.of(FULL_HD), MIN_W, MIN_H).orElseThrow();

            assertThat(b.getWidth()).isEqualTo(MIN_W);
            assertThat(b.getHeight()).isEqualTo(MIN_H);
        }

        @Test
        void givesNothingWhenTheSavedScreenIsGone() {
            Rectangle2D saved = new Rectangle2D(2500, 100, 1200, 800);

            assertThat(WindowPlacement.restore(saved, List.of(FULL_HD), MIN_W, MIN_H)).isEmpty();
        }
    }

    @Test
    void aSecondaryWindowOpensAtItsOwnSizeWhenItFits() {
        Rectangle2D b = WindowPlacement.centred(FULL_HD, 1280, 800, 640, 420);

        assertThat(b).isEqualTo(new Rectangle2D(320, 140, 1280, 800));
    }
}
