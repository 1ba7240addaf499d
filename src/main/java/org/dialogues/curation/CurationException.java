package org.dialogues.curation;

import org.dialogues.DialoguesException;

/** A curation action refused: the message is one line naming the field (when there is one) and the problem. Nothing was stored. */
public class CurationException extends DialoguesException {

    private final String field;

    public CurationException(String field, String problem) {
        super(Category.INVALID_INPUT, field == null ? problem : field + ": " + problem);
        this.field = field;
    }

    /** The field at fault, or null when the action as a whole is refused. */
    public String field() {
        return field;
    }
}
