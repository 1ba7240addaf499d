package org.dialogues.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads articles from files: plain text saved from web pages, HTML, JSON and JSON Lines. Every
 * file gives one result per article in it, accepted or rejected with one line saying why; bad input
 * never throws. Format is chosen by extension, and by content for unfamiliar extensions (and for
 * .txt files that are really HTML).
 */
public final class ArticleReader {

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private static final String NOT_REGULAR = "is not a regular file (a device, named pipe or socket); only files are read";

    private final ReadLimits limits;
    private final TextDecoder decoder = new TextDecoder();
    private final ManifestReader manifests = new ManifestReader();
    private final ArticleAssembler assembler;
    private final Formats formats = new Formats();

    /** A reader that knows no outlets: outlets stay as pages and credits write them. */
    public ArticleReader(ReadLimits limits) {
        this(limits, OutletDirectory.none());
    }

    /** A reader that gives known outlets their canonical names. */
    public ArticleReader(ReadLimits limits, OutletDirectory outlets) {
        this.limits = limits;
        this.assembler = new ArticleAssembler(limits, outlets);
    }

    /** A file or link that was found but not listed, with one line saying why. */
    public record Skipped(String source, String message) {}

    /**
     * What {@link #list} found: the files to read, what was skipped (each to be reported), and
     * warnings (manifest rows naming files that are not there or lie outside their folder).
     */
    public record Listing(List<Path> files, List<Skipped> skipped, List<Skipped> warnings) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The files to read: files as given, directories walked recursively with their files sorted;
     * hidden files and directories and manifest files are skipped, and a file named twice is listed once.
     *
     * @throws IngestException when a path does not exist or a directory cannot be listed
     */
    public List<Path> expand(List<Path> paths) throws IngestException {
        return list(paths).files();
    }

    /**
     * As {@link #expand}, following symbolic links to folders (a loop is reported as "symbolic link
     * loop", not followed twice) and saying what was skipped: links to nothing, devices, named pipes.
     */
    public Listing list(List<Path> paths) throws IngestException {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IngestException(path, Files.isSymbolicLink(path) ? brokenLink(path) : "no such file or directory");
            }
            for (Path file : Files.isDirectory(path) ? walk(path, skipped) : List.of(path)) {
                if (!isHidden(file) && !isManifest(file)) {
                    files.putIfAbsent(file.toAbsolutePath().normalize(), file);
                }
            }
        }
        List<Path> listed = List.copyOf(files.values());
        return new Listing(listed, skipped, manifestWarnings(listed));
    }

    private static List<Path> walk(Path directory, List<Skipped> skipped) throws IngestException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(directory) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isHidden(file) || isManifest(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile()) {
                        found.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        skipped.add(new Skipped(file.toString(), file + ": " + brokenLink(file) + "; skipped"));
                    } else {
                        skipped.add(new Skipped(file.toString(), file + ": " + NOT_REGULAR + "; skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        skipped.add(new Skipped(file.toString(), file + ": symbolic link loop (it leads back to a folder"
                                + " already being read); skipped"));
                    } else if (!file.equals(directory)) {
                        skipped.add(new Skipped(file.toString(), file + ": cannot be listed: " + reason(e) + "; skipped"));
                    } else {
                        throw new UncheckedIOException(e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new IngestException(directory, "cannot list the directory: " + reason(cause), e);
        }
        found.sort(null);
        return found;
    }

    /** Why a symbolic link leads to no file: a loop (links that lead back to themselves), or nothing at its end. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("symbolic links")) {
                return "is a symbolic link loop (" + linkTarget(link) + ")";   // ELOOP: "Too many levels of symbolic links"
            }
        } catch (IOException e) {
            // no target: said below
        }
        return "is a symbolic link to nothing (" + linkTarget(link) + ")";
    }

    private static String linkTarget(Path link) {
        try {
            return "it points to " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "its target cannot be read";
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One warning per manifest row that names a file outside its folder or a file that is not there. */
    private List<Skipped> manifestWarnings(List<Path> files) {
        Set<Path> directories = new TreeSet<>();
        for (Path file : files) {
            Path directory = file.toAbsolutePath().getParent();
            if (directory != null) {
                directories.add(directory);
            }
        }
        List<Skipped> warnings = new ArrayList<>();
        for (Path directory : directories) {
            Manifest manifest;
            try {
                manifest = manifests.read(directory);
            } catch (ManifestReader.ManifestException e) {
                continue;   // every file of the folder is rejected, naming the manifest's problem
            }
            for (Map.Entry<String, Path> row : new TreeMap<>(manifest.listedIn()).entrySet()) {
                String name = row.getKey();
                Path listedFile = directory.resolve(name).normalize();
                if (!listedFile.startsWith(directory) || !directory.equals(listedFile.getParent())) {
                    warnings.add(new Skipped(row.getValue().toString(), row.getValue() + ": names \"" + name
                            + "\", which is not a file in its folder; that row is ignored"));
                } else if (!Files.exists(listedFile)) {
                    warnings.add(new Skipped(row.getValue().toString(), row.getValue() + ": names \"" + name
                            + "\", which does not exist; that row is ignored"));
                }
            }
        }
        return warnings;
    }

    private static boolean isHidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isManifest(Path file) {
        Path name = file.getFileName();
        return name != null && ManifestReader.FILE_NAMES.contains(name.toString());
    }

    /** One result per article in the file; a problem with the file or a record becomes a rejection. */
    public List<ReadResult> read(Path file, Overrides overrides) {
        try {
            return readChecked(file, overrides);
        } catch (UnreadableFileException e) {
            return List.of(ArticleAssembler.rejected(file.toString(), e.getMessage()));
        } catch (RuntimeException e) {
            // a library choking on odd input must not stop the batch; the file is reported, not lost
            return List.of(ArticleAssembler.rejected(file.toString(), "could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private List<ReadResult> readChecked(Path file, Overrides overrides) throws UnreadableFileException {
        RawFile raw = rawFile(file);
        Manifest manifest = manifest(file);
        Metadata listed = manifest.forFile(raw.fileName());
        List<ReadResult> results = new ArrayList<>();
        for (Parsed parsed : formats.readerFor(raw).read(raw)) {
            results.add(parsed instanceof Parsed.Draft draft
                    ? assembler.assemble(raw, draft, listed, overrides)
                    : ArticleAssembler.rejected(parsed.source(), ((Parsed.Failure) parsed).problem()));
        }
        return results;
    }

    private RawFile rawFile(Path file) throws UnreadableFileException {
        byte[] bytes = bytes(file);
        return new RawFile(file, bytes, decode(bytes));
    }

    private byte[] bytes(Path file) throws UnreadableFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);   // of the link's target
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Files.isSymbolicLink(file) ? brokenLink(file) : "does not exist");
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new UnreadableFileException(brokenLink(file));
            }
            throw new UnreadableFileException("cannot be read: " + reason(e));
        }
        if (attributes.isDirectory()) {
            throw new UnreadableFileException("is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            // opening a named pipe waits for a writer for ever; a device such as /dev/zero never ends
            throw new UnreadableFileException(NOT_REGULAR);
        }
        if (attributes.size() > limits.maxBytes()) {
            throw new UnreadableFileException("is too large (" + attributes.size() + " bytes; the limit is " + limits.maxBytes() + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // never more than the limit, whatever the size said: the file may grow while it is read
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw new UnreadableFileException("grew beyond the size limit (" + limits.maxBytes() + " bytes) while being read");
            }
            if (bytes.length == 0) {
                throw new UnreadableFileException("is empty");
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("cannot be read: permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read: " + reason(e));
        }
    }

    private DecodedText decode(byte[] bytes) throws UnreadableFileException {
        try {
            DecodedText decoded = decoder.decode(bytes, declaredCharset(bytes));
            if (decoded.text().isBlank()) {
                throw new UnreadableFileException("is empty (only whitespace)");
            }
            return decoded;
        } catch (UndecodableException e) {
            throw new UnreadableFileException(e.getMessage());
        }
    }

    /** A charset an HTML or XML document names in its first kilobytes, if Java knows it. */
    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(Arrays.copyOf(bytes, Math.min(bytes.length, 4096)), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        if (!head.contains("<") || !matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private Manifest manifest(Path file) throws UnreadableFileException {
        Path directory = file.toAbsolutePath().getParent();
        try {
            return directory == null ? Manifest.EMPTY : manifests.read(directory);
        } catch (ManifestReader.ManifestException e) {
            throw new UnreadableFileException("not imported because the manifest is broken: " + e.getMessage());
        }
    }

    /** The file as a whole cannot be read; the message completes "FILE ...". */
    private static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message);
        }
    }
}
