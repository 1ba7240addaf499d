package org.dialogues;

/** The extraction quality the seed measurement must reach (the targets). */
final class QualityTargets {

    static final double MEETINGS_F1 = 0.90;
    static final double PARTICIPANTS_F1 = 0.95;
    static final double COMMITMENTS_F1 = 0.85;
    static final double START_DATES = 0.90;

    /** Floors for the seeds as saved, without the source metadata some pages lack. */
    static final double MEETINGS_F1_AS_SAVED = 0.75;
    static final double PARTICIPANTS_F1_AS_SAVED = 0.70;
    static final double COMMITMENTS_F1_AS_SAVED = 0.80;

    private QualityTargets() {
    }
}
