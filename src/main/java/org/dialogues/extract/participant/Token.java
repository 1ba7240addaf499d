package org.dialogues.extract.participant;

/** A word or punctuation mark of a sentence with its offsets; {@code possessive} when followed by 's. */
record Token(String text, int start, int end, boolean possessive) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** An initial such as the "C." of Michael C. Morgan. */
    boolean isInitial() {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }
}
