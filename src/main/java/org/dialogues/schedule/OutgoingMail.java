package org.dialogues.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A message to send, with files to attach. */
public record OutgoingMail(List<String> to, String subject, String body, List<Attachment> attachments) {

    /** A file to attach and the MIME type it is sent as. */
    public record Attachment(Path file, String mediaType) {
        public Attachment {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    public OutgoingMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one recipient");
        }
    }
}
