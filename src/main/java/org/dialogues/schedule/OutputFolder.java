package org.dialogues.schedule;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
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
 *
 * <p>{@code .partial/} is the program's own: it is created here (mode 0700), refused when it is a
 * symbolic link, not a folder or on another file system than the folder (never followed: a link
 * there would send partial files, and their removal, elsewhere), and removed again once empty.
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
        if (!isOwnFolder(partial)) {
            return;   // nothing there, or something deliver refuses and names
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
        Path staging = folder.resolve(PARTIAL);
        try {
            return deliverOnce(staging, scheduleName + "." + runId + "." + format.extension(), name, format, writer);
        } catch (RuntimeException e) {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            // Another schedule's run, finishing at the same moment, removed the empty staging folder under us: once more.
            return deliverOnce(staging, scheduleName + "." + runId + "." + format.extension(), name, format, writer);
        }
    }

    private Delivery deliverOnce(Path staging, String partialName, String name, OutputFormat format, Writer writer) {
        Path partial = staging.resolve(partialName);
        try {
            createStaging(staging);
        } catch (IOException e) {
            throw unwritable(e);
        }
        // Only past this point is .partial known to be the program's own folder, safe to write and delete in.
        try {
            Files.deleteIfExists(partial);   // a leftover, or a link someone placed: never written through
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
                removeIfEmpty(staging);
            } catch (IOException ignored) {
                // discardPartials removes it on the next run
            }
        }
    }

    private void createStaging(Path staging) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.createDirectory(staging, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // made by a run in progress, or by someone else: checked below
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(staging);
        }
        if (!isOwnFolder(staging)) {
            throw new ScheduleException(Category.UNEXPECTED_STATE, staging + " is a symbolic link or not a folder;"
                    + " Dialogues stages outputs there itself: remove it");
        }
        if (!Files.getFileStore(staging).equals(Files.getFileStore(folder))) {
            throw new ScheduleException(Category.UNEXPECTED_STATE, staging + " is on another file system than " + folder
                    + "; outputs could not be moved into place atomically: remove it");
        }
    }

    private static boolean isOwnFolder(Path staging) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(staging, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isDirectory() && !attributes.isSymbolicLink();
        } catch (IOException e) {
            return false;
        }
    }

    /** Another run may still stage there: only an empty folder goes. */
    private static void removeIfEmpty(Path staging) throws IOException {
        try {
            Files.deleteIfExists(staging);
        } catch (DirectoryNotEmptyException e) {
            // the last run to finish removes it
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
