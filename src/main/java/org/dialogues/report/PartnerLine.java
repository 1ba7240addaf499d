package org.dialogues.report;

/** A partner's dialogue with South Korea over a period: meetings held, highest level reached, commitments. */
public record PartnerLine(String partnerCode, String partner, int meetings, String highestLevel, int commitments) {}
