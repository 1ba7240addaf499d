package org.dialogues.schedule;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Delivers outputs to a folder that doubles as the archive. Each output gets a versioned name
 * ({@code quarterly-2025-Q1.20250402T070000.pdf}) and is never overwritten; it is rendered into
 * {@code .partial/} first and then linked into place, so readers never see half a file and a
 * service killed mid-run leaves nothing but a partial file the redo removes.
 */
public final class OutputFolder {

    static final String PARTIAL = ".partial";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** Receives the temporary file to write the output to. */
    public interface Writer {
        void write(Path target) throws IOException;
    }

    private final Path folder;

    public OutputFolder(Path folder) {
        this.folder = folder;
    }

    /** The name an output of {@code base} for a firing gets, before any de-duplication suffix. */
    public static String versionedName(String base, Instant firing, ZoneId zone, OutputFormat format) {
        return base + "." + STAMP.format(firing.atZone(zone)) + "." + format.extension();
    }

    /** Removes partial files a run of this schedule left behind when its service was killed. */
    public void discardPartials(String scheduleName) {
        Path partial = folder.resolve(PARTIAL);
        if (!Files.isDirectory(partial)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(partial, scheduleName + ".*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    public Delivery deliver(String scheduleName, long runId, String name, OutputFormat format, Writer writer) {
        Path partial = folder.resolve(PARTIAL).resolve(scheduleName + "." + runId + "." + format.extension());
        try {
            Files.createDirectories(partial.getParent());
            writer.write(partial);
            long bytes = Files.size(partial);
            String sha256 = sha256(partial);
            Path target = place(partial, name);
            return new Delivery(target, format, bytes, sha256);
        } catch (IOException e) {
            throw unwritable(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // discardPartials removes it on the next run
            }
        }
    }

    /** A hard link appears atomically and fails when the name exists, unlike a rename, which replaces. */
    private Path place(Path partial, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        for (int version = 1; ; version++) {
            String candidate = version == 1 ? name : name.substring(0, dot) + "-" + version + name.substring(dot);
            Path target = folder.resolve(candidate);
            try {
                Files.createLink(target, partial);
                return target;
            } catch (FileAlreadyExistsException e) {
                // keep the earlier output and try the next version
            } catch (UnsupportedOperationException e) {
                if (!Files.exists(target)) {
                    return Files.move(partial, target);
                }
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private ScheduleException unwritable(IOException e) {
        return new ScheduleException(Category.UNEXPECTED_STATE, "cannot write to " + folder + ": " + e.getMessage(), e);
    }
}
