package org.dialogues.schedule;

import java.nio.file.Path;
import java.util.List;

/** A message to send, with files to attach. */
public record OutgoingMail(List<String> to, String subject, String body, List<Path> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one recipient");
        }
    }
}
