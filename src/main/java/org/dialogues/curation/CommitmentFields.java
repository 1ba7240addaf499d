package org.dialogues.curation;

import org.dialogues.extract.CommitmentKind;

import java.util.Set;

/** A commitment as an archivist enters it. */
public record CommitmentFields(CommitmentKind kind, String text, Set<String> parties) {

    public CommitmentFields {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
    }
}
