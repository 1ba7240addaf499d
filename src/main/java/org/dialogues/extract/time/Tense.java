package org.dialogues.extract.time;

/** Tense of the sentence a date expression stands in, as detected by the caller. */
public enum Tense {
    /** Reports something that happened: unanchored dates lean towards the past. */
    PAST,
    /** Neither clearly past nor future: unanchored dates go to the nearest candidate. */
    PRESENT,
    /** Announces something planned: unanchored dates lean towards the future. */
    FUTURE
}
