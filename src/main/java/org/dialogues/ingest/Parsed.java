package org.dialogues.ingest;

import java.util.List;
import java.util.Objects;

/** What a format reader makes of a file: article drafts, or problems with single records. */
sealed interface Parsed {

    String source();

    /**
     * An article as the format gives it, before its story is cleaned and its metadata completed.
     *
     * @param source the file, or file#N for the Nth record
     * @param original exact bytes of the file or record
     * @param body the article's text (for HTML, the main content as plain paragraphs)
     * @param metadata what the format states explicitly (meta tags, JSON fields)
     * @param notes what an archivist should know (a field that could not be read, say)
     */
    record Draft(String source, byte[] original, String mediaType, String body, Metadata metadata, List<String> notes)
            implements Parsed {
        public Draft {
            notes = List.copyOf(notes);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /** One record (or the whole file) that cannot become an article; problem is one line. */
    record Failure(String source, String problem) implements Parsed {}
}
