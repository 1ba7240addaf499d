package org.dialogues.extract.linguistic;

import org.dialogues.extract.Span;

/**
 * A named entity or temporal expression the recognizer found: {@code type} is its class (PERSON,
 * ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, SET, NUMBER, ORDINAL...), {@code tokens}
 * the range [first, end) of token indexes in sentence {@code sentence}, {@code normalized} the
 * normalized value of a date or number ("2023-04-27", "2023-05", "2023", "XXXX-04-26", "1.0") or
 * null.
 */
public record EntityMention(String type, String text, Span span, int sentence, int firstToken, int endToken,
        String normalized) {

    public EntityMention {
        if (type == null || type.isBlank() || span == null || endToken <= firstToken) {
            throw new IllegalArgumentException("invalid entity mention " + type + " " + text);
        }
    }

    public boolean is(String entityType) {
        return type.equals(entityType);
    }
}
