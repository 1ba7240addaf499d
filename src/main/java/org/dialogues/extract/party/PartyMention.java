package org.dialogues.extract.party;

import org.dialogues.extract.Span;

/**
 * A name form of a party found in the text: "South Korea", "ROK", "Korean" (demonym), "Seoul"
 * (metonym: the capital standing for its government, or simply the city).
 */
public record PartyMention(Span span, String partyCode, String kind) {

    public boolean isMetonym() {
        return "metonym".equals(kind);
    }

    public boolean isDemonym() {
        return "demonym".equals(kind);
    }
}
