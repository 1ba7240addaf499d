package org.dialogues.ingest;

import java.util.Map;

/** Metadata an archivist wrote down for the files of one directory, by file name. */
record Manifest(Map<String, Metadata> entries) {

    static final Manifest EMPTY = new Manifest(Map.of());

    Manifest {
        entries = Map.copyOf(entries);
    }

    Metadata forFile(String fileName) {
        return entries.getOrDefault(fileName, Metadata.EMPTY);
    }
}
