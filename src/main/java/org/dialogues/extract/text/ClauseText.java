package org.dialogues.extract.text;

/**
 * Regular-expression fragments for "within one clause" and "within one sentence". A full stop
 * after a capital letter or a short capitalized word is an abbreviation ("U.S.", "Charles Q.
 * Brown", "Gen.", "Jr."), not the end of a sentence: patterns that stop at '.' would otherwise
 * lose every clause that names the United States.
 */
public final class ClauseText {

    /** One character that does not end the sentence: anything but ';' or a full stop that is not an abbreviation's. */
    public static final String IN_SENTENCE = "(?:[^.;]|(?<=\\p{Lu}|\\p{Lu}\\p{Ll}{1,2})\\.)";
    /** One character that does not end the clause: as {@link #IN_SENTENCE}, and not a comma either. */
    public static final String IN_CLAUSE = "(?:[^,.;]|(?<=\\p{Lu}|\\p{Lu}\\p{Ll}{1,2})\\.)";

    private ClauseText() {
    }
}
