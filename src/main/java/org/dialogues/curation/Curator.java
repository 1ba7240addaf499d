package org.dialogues.curation;

/** Who takes a curation action: the account name the audit trail records. */
public record Curator(String name) {

    public Curator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a curator needs a name");
        }
    }
}
