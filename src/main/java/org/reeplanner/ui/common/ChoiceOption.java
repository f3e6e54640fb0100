package org.reeplanner.ui.common;

/** One choice of a chart setting: a stable id (used in node ids) and a label for people. */
public record ChoiceOption(String id, String label) {
}
