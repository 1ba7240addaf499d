package org.dialogues.extract.participant;

import java.util.ArrayList;
import java.util.List;
import org.dialogues.extract.linguistic.ParsedSentence;

/**
 * A word or punctuation mark of a sentence as the name rules read it: the text as written (not the
 * parser's normalized form), its offsets, {@code possessive} when the parser split an 's off it,
 * {@code index} of the linguistic token it comes from and that token's entity type.
 */
record Token(String text, int start, int end, boolean possessive, int index, String ner) {

    /**
     * The name rules' view of a parsed sentence: a possessive 's marks the word before it, and a
     * final period of an abbreviated word is its own mark ("Gen." reads "Gen" "."), since news
     * writes ranks with it and given names without; abbreviations (U.S.) and initials keep theirs.
     */
    static List<Token> of(String text, ParsedSentence sentence) {
        List<Token> tokens = new ArrayList<>();
        for (org.dialogues.extract.linguistic.Token word : sentence.tokens()) {
            String written = word.span().of(text);
            int start = word.span().start();
            int end = word.span().end();
            if (word.pos().equals("POS") && written.matches("['’]s") && !tokens.isEmpty()) {
                Token previous = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(previous.text(), previous.start(), previous.end(), true, previous.index(),
                        previous.ner()));
                continue;
            }
            if (written.length() > 1 && written.endsWith(".") && !keepsPeriod(written)) {
                tokens.add(new Token(written.substring(0, written.length() - 1), start, end - 1, false, word.index(),
                        word.ner()));
                tokens.add(new Token(".", end - 1, end, false, word.index(), "O"));
                continue;
            }
            tokens.add(new Token(written, start, end, false, word.index(), word.ner()));
        }
        return tokens;
    }

    private static boolean keepsPeriod(String word) {
        String body = word.substring(0, word.length() - 1);
        return body.contains(".") || (body.length() == 1 && Character.isUpperCase(body.charAt(0)));
    }

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
