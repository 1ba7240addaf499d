package org.dialogues.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** A file as read from disk and decoded; the bytes are the exact bytes read. */
record RawFile(Path path, byte[] bytes, DecodedText decoded) {

    RawFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(decoded, "decoded");
    }

    String source() {
        return path.toString();
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** Lower-case extension without the dot, empty when there is none. */
    String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    String text() {
        return decoded.text();
    }
}
