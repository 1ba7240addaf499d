package org.dialogues.extract;

/** The sentence a fact was read from, and how sure the extractor is of the reading. */
public record Evidence(Span sentence, double confidence) {

    public Evidence {
        if (sentence == null) {
            throw new IllegalArgumentException("evidence needs a sentence span");
        }
        if (!(confidence > 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0,1]: " + confidence);
        }
    }
}
