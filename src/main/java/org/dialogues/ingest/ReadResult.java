package org.dialogues.ingest;

import java.util.Objects;

/** What reading one article gave: a document to store, or one line saying why it cannot be. */
public sealed interface ReadResult {

    String source();

    record Accepted(SourceDocument document) implements ReadResult {
        public Accepted {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String source() {
            return document.source();
        }
    }

    /** A file or record that was not imported; message is one line naming the file and the problem. */
    record Rejected(String source, String message) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(message, "message");
            message = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        }
    }
}
