package org.dialogues.curation;

/**
 * A fact as the archivist saw it: its kind, id and the {@code version} of the row when it was
 * opened. An action on an older version is refused (another archivist changed it meanwhile).
 */
public record FactRef(FactKind kind, long id, int version) {
}
