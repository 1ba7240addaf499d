package org.dialogues.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test fixtures written for these tests (src/test/resources/ingest) and the shared seed articles. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Copies a fixture into a directory and returns its path there. */
    static Path copy(String name, Path directory) {
        try {
            return Files.write(directory.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path directory, String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed articles: {@code ../shared/seeds} from the repository root, or one level further up
     * when the repository is a worktree beside the others. Empty when neither exists.
     */
    static Optional<Path> seeds() {
        return Stream.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"))
                .filter(dir -> Files.isRegularFile(dir.resolve("gold.json")))
                .findFirst();
    }

    static List<Path> seedArticles(Path seeds) {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument accepted(List<ReadResult> results) {
        if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Accepted accepted)) {
            throw new AssertionError("expected one accepted article, got " + results);
        }
        return accepted.document();
    }

    static String rejection(List<ReadResult> results) {
        if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Rejected rejected)) {
            throw new AssertionError("expected one rejection, got " + results);
        }
        return rejected.message();
    }
}
