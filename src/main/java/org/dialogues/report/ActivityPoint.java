package org.dialogues.report;

/** Number of meetings in one cell of a chart: a partner (category) in a month or topic (series). */
public record ActivityPoint(String category, String series, int meetings) {}
