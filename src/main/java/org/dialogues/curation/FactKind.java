package org.dialogues.curation;

import java.util.Locale;

/** The kinds of fact archivists curate. */
public enum FactKind {
    MEETING, PARTICIPATION, COMMITMENT, PERSON, ARTICLE;

    /** The code stored in {@code curation_event.fact_kind} and {@code curated_key.fact_kind}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
