package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one rejection, in one line that names the file and the problem. */
class RejectingBadInputTest {

    private final ArticleReader reader = new ArticleReader(new ReadLimits(10_000, 200));

    @TempDir
    Path directory;

    private String rejection(Path file) {
        String message = Fixtures.rejection(reader.read(file, Overrides.none()));
        assertThat(message).startsWith(file.toString()).doesNotContain("\n");
        return message;
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(rejection(Files.createFile(directory.resolve("empty.txt")))).endsWith("is empty");
    }

    @Test
    void fileOfWhitespace() {
        assertThat(rejection(Fixtures.write(directory, "blank.txt", " \n\t\n  "))).contains("only whitespace");
    }

    @Test
    void binaryFile() throws Exception {
        Path file = Files.write(directory.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(rejection(file)).contains("binary");
    }

    @Test
    void undecodableFile() throws Exception {
        byte[] bytes = "Talks were held on Monday in the capital ".repeat(10).getBytes();
        bytes[5] = (byte) 0x81;
        bytes[6] = (byte) 0x8D;

        assertThat(rejection(Files.write(directory.resolve("odd.txt"), bytes))).contains("cannot be decoded");
    }

    @Test
    void fileTooLarge() throws Exception {
        Path file = Files.write(directory.resolve("huge.txt"), new byte[10_001]);

        assertThat(rejection(file)).contains("too large", "10001 bytes", "10000");
    }

    @Test
    void textTooShortToBeAnArticle() {
        Path file = Fixtures.write(directory, "short.txt", "The two ministers met in Seoul on Monday and agreed to meet again.");

        assertThat(rejection(file)).contains("too short", "at least 200");
    }

    @Test
    void pageWithNothingButFurniture() {
        Path file = Fixtures.write(directory, "menu.txt", "Home\nWorld\nPolitics\nShare\nComments (0)\nCopyright 2024 Example News\n");

        assertThat(rejection(file)).contains("no story text");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(rejection(directory)).contains("is a directory");
    }

    @Test
    void aMissingFile() {
        assertThat(rejection(directory.resolve("gone.txt"))).contains("does not exist");
    }

    @Test
    void fileWithoutReadPermission() throws Exception {
        Path file = Fixtures.copy("saved-page.txt", directory);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file (root), so permissions cannot be tested");

        assertThat(rejection(file)).contains("permission denied");
    }
}
