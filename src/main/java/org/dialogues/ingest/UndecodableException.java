package org.dialogues.ingest;

/** Bytes that are not text in any encoding we accept; the message says why, for the rejection line. */
final class UndecodableException extends Exception {

    private static final long serialVersionUID = 1L;

    UndecodableException(String message) {
        super(message);
    }
}
