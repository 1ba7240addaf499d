package org.dialogues.curation;

/** The fact changed since the archivist opened it: the change was not applied, so nothing is silently overwritten. */
public final class StaleFactException extends CurationException {

    public StaleFactException(String message) {
        super(null, message);
    }
}
