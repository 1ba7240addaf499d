package org.dialogues.extract.linguistic;

import java.util.Locale;
import org.dialogues.extract.Span;

/**
 * A word or punctuation mark of a sentence. {@code index} is its position in its sentence;
 * {@code span} points into the cleaned text. {@code pos} is a Penn Treebank tag, {@code ner} the
 * entity type the recognizer gave it ("O" when none).
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {

    public Token {
        if (word == null || word.isEmpty() || span == null) {
            throw new IllegalArgumentException("a token needs its word and span");
        }
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
    }

    public String lowerLemma() {
        return lemma.toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
