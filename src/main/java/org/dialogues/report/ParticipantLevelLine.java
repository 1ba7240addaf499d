package org.dialogues.report;

/** A person who met a partner, with the level of the title, the country represented and how often. */
public record ParticipantLevelLine(int levelRank, String level, String name, String title, String country, int meetings) {}
