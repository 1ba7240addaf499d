package org.dialogues.report;

/**
 * The executive summary of one quarter: dialogues held with South Korea as a party, distinct partners
 * engaged in them, commitments made at them, and meetings announced for the following quarter.
 */
public record Figures(int dialoguesHeld, int partnersEngaged, int newCommitments, int plannedMeetings) {}
