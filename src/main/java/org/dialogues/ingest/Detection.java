package org.dialogues.ingest;

import java.util.List;

/** Metadata read from a page's own text, and what an archivist should know about how it was read. */
record Detection(Metadata metadata, List<String> notes) {

    Detection {
        notes = List.copyOf(notes);
    }
}
