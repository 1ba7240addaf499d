package org.dialogues;

/** The extraction quality the seed measurement must reach (the targets). */
final class QualityTargets {

    static final double MEETINGS_F1 = 0.90;
    static final double PARTICIPANTS_F1 = 0.95;
    static final double COMMITMENTS_F1 = 0.85;
    /**
     * The 0.90, reached (0.95, 19 of 20): seed 004 carries no date at all; its yearly numbered
     * SCM edition gives the article's year, but the month of its KIDD ("from the 23rd to the 24th")
     * comes only from world knowledge of when an exercise is held, so it stays undated.
     */
    static final double START_DATES = 0.90;

    /** Floors for the seeds as saved, without the source metadata some pages lack. */
    static final double MEETINGS_F1_AS_SAVED = 0.75;
    static final double PARTICIPANTS_F1_AS_SAVED = 0.70;
    static final double COMMITMENTS_F1_AS_SAVED = 0.80;

    /**
     * Floors on the held-out set, a little under what round 5 measured (see the README): meetings
     * 0.62, participants 0.58 (after a dip to 0.47 when people first came from CoreNLP's PERSON
     * mentions), commitments 0.83 since predicates are read from the parse.
     */
    static final double HOLDOUT_MEETINGS_F1 = 0.58;
    static final double HOLDOUT_PARTICIPANTS_F1 = 0.55;
    static final double HOLDOUT_COMMITMENTS_F1 = 0.80;

    private QualityTargets() {
    }
}
