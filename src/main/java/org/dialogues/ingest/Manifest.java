package org.dialogues.ingest;

import java.nio.file.Path;
import java.util.Map;

/**
 * Metadata an archivist wrote down for the files of one directory, by file name, and the manifest
 * file each name was listed in (for warnings about rows naming files that are not there).
 */
record Manifest(Map<String, Metadata> entries, Map<String, Path> listedIn) {

    static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

    Manifest {
        entries = Map.copyOf(entries);
        listedIn = Map.copyOf(listedIn);
    }

    Metadata forFile(String fileName) {
        return entries.getOrDefault(fileName, Metadata.EMPTY);
    }
}
