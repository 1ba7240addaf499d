package org.dialogues.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hostile files of issue 12, built at run time: each once blocked a whole batch (minutes in a
 * quadratic pattern or in readability, for ever on a pipe, out of memory on a device).
 */
public final class HostileInputs {

    /** A short story every hostile file is set around or beside. */
    public static final String STORY = """
            Seoul, May 20, 2025

            South Korea and Australia held their fifth cyber policy dialogue in Canberra on Monday, the Foreign Ministry said.
            The two sides agreed to expand the exchange of information on ransomware attacks and to hold the next dialogue in Seoul next year.
            They also reaffirmed their commitment to an open, secure and peaceful cyberspace.
            """;

    private static final String SENTENCE = "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Monday. ";

    private HostileInputs() {
    }

    /** File name to content; each either rejected with one line or stored quickly. */
    public static Map<String, String> texts() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("empty-paragraphs.html", "<html><head><title>Nothing</title></head><body>" + "<p></p>".repeat(600_000) + "</body></html>");
        files.put("long-word.txt", STORY + "\n" + "a".repeat(100_000) + "\n\nThe ministry said more talks would follow in June.\n");
        files.put("long-lines.txt", ("word ".repeat(2_000) + "\n").repeat(120));
        files.put("repeated-sentence.txt", SENTENCE.repeat(6_000));
        files.put("no-spaces.txt", "x".repeat(4_000_000));
        return files;
    }

    /** Writes {@link #texts()} into the folder. */
    public static void writeTexts(Path folder) {
        texts().forEach((name, content) -> {
            try {
                Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A named pipe nobody writes to: opening it for reading waits for ever. */
    public static Path namedPipe(Path folder, String name) {
        Path pipe = folder.resolve(name);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                throw new IllegalStateException("mkfifo failed for " + pipe);
            }
            return pipe;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A symbolic link to /dev/zero, which never ends. */
    public static Path linkToDevZero(Path folder, String name) {
        try {
            return Files.createSymbolicLink(folder.resolve(name), Path.of("/dev/zero"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * About {@code kilobytes} of distinct sentences: no line repeats (which the cleaner would drop),
     * so CoreNLP must read all of it, which takes far longer than a short budget.
     */
    public static String manySentences(int kilobytes) {
        StringBuilder text = new StringBuilder(STORY).append('\n');
        for (int i = 0; text.length() < kilobytes * 1024; i++) {
            text.append("Officials of the ").append(i).append("th delegation met their counterparts on day ").append(i % 28 + 1)
                    .append(" and agreed to review item ").append(i * 7).append(" of the plan before the next round of talks.\n\n");
        }
        return text.toString();
    }
}
