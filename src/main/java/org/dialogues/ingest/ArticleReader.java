package org.dialogues.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads articles from files: plain text saved from web pages, HTML, JSON and JSON Lines. Every
 * file gives one result per article in it, accepted or rejected with one line saying why; bad input
 * never throws. Format is chosen by extension, and by content for unfamiliar extensions (and for
 * .txt files that are really HTML).
 */
public final class ArticleReader {

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

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

    /**
     * The files to read: files as given, directories walked recursively with their files sorted;
     * hidden files and directories and manifest files are skipped, and a file named twice is listed once.
     *
     * @throws IngestException when a path does not exist or a directory cannot be listed
     */
    public List<Path> expand(List<Path> paths) throws IngestException {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IngestException(path, "no such file or directory");
            }
            for (Path file : Files.isDirectory(path) ? walk(path) : List.of(path)) {
                if (!isHidden(file) && !isManifest(file)) {
                    files.putIfAbsent(file.toAbsolutePath().normalize(), file);
                }
            }
        }
        return List.copyOf(files.values());
    }

    private static List<Path> walk(Path directory) throws IngestException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !hiddenBelow(directory, file))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(directory, "cannot list the directory: " + e.getMessage(), e);
        }
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableFileException("does not exist");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new UnreadableFileException("is too large (" + size + " bytes; the limit is " + limits.maxBytes() + ")");
            }
            if (!Files.isReadable(file)) {
                throw new UnreadableFileException("cannot be read: permission denied");
            }
            byte[] bytes = Files.readAllBytes(file);
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
            throw new UnreadableFileException("cannot be read: " + e.getMessage());
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
