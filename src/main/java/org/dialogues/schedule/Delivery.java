package org.dialogues.schedule;

import java.nio.file.Path;

/** A file delivered to a schedule's folder, with what proves its content. */
public record Delivery(Path path, OutputFormat format, long bytes, String sha256) {
}
