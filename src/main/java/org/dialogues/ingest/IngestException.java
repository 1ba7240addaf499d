package org.dialogues.ingest;

import java.nio.file.Path;

/** A path given to the importer cannot be used at all (it does not exist, a directory cannot be listed). */
public final class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public IngestException(Path path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public IngestException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
