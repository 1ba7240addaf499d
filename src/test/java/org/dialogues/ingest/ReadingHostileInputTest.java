package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile file of issue 12 is read in seconds: rejected in one line, or its story kept. */
class ReadingHostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TempDir
    Path folder;

    private List<ReadResult> read(Path file) {
        return assertTimeoutPreemptively(QUICKLY, () -> reader.read(file, Overrides.none()), file.toString());
    }

    private String rejection(String name) {
        Path file = Fixtures.write(folder, name, HostileInputs.texts().get(name));
        String message = Fixtures.rejection(read(file));
        assertThat(message).startsWith(file.toString()).doesNotContain("\n");
        return message;
    }

    @Test
    void aPageOfEmptyParagraphsIsNotGivenToReadability() {
        assertThat(rejection("empty-paragraphs.html")).endsWith("no main text found in the HTML");
    }

    @Test
    void aPageTooBigForReadabilityStillGivesItsStory() {
        String story = HostileInputs.STORY.lines().map(line -> "<p>" + line + "</p>").reduce("", String::concat);
        String page = "<html><head><title>Cyber talks</title></head><body><nav>" + "<a href=\"/x\">Menu</a>".repeat(HtmlText.MAX_ELEMENTS)
                + "</nav><article>" + story + "</article></body></html>";
        Path file = Fixtures.write(folder, "big.html", page);
        SourceDocument document = Fixtures.accepted(read(file));
        assertThat(document.text()).contains("cyber policy dialogue").doesNotContain("Menu");
        assertThat(document.title()).isEqualTo("Cyber talks");
    }

    @Test
    void aHundredThousandLetterWordIsLeftOutAndTheStoryAroundItKept() {
        Path file = Fixtures.write(folder, "long-word.txt", HostileInputs.texts().get("long-word.txt"));
        SourceDocument document = Fixtures.accepted(read(file));
        assertThat(document.text()).contains("cyber policy dialogue", "more talks would follow").doesNotContain("aaaaaaaaaa");
    }

    @Test
    void linesOfTenThousandCharactersAreReadInLinearTime() {
        assertThat(rejection("long-lines.txt")).contains("no story text found");
    }

    @Test
    void oneSentenceRepeatedOnOneLineIsNoStory() {
        assertThat(rejection("repeated-sentence.txt")).contains("no story text found");
    }

    @Test
    void fourMegabytesWithoutSpacesAreNoStory() {
        assertThat(rejection("no-spaces.txt")).contains("no story text found");
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt() {
        Path pipe = HostileInputs.namedPipe(folder, "pipe.txt");
        assertThat(Fixtures.rejection(read(pipe))).isEqualTo(pipe + ": is not a regular file (a device, named pipe or socket); only files are read");
    }

    @Test
    void aSymbolicLinkToADeviceIsRefused() {
        Path link = HostileInputs.linkToDevZero(folder, "zero.txt");
        assertThat(Fixtures.rejection(read(link))).isEqualTo(link + ": is not a regular file (a device, named pipe or socket); only files are read");
    }

    @Test
    void aSymbolicLinkToNothingSaysSo() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("missing.txt"));
        assertThat(Fixtures.rejection(read(link))).contains("is a symbolic link to nothing", "missing.txt");
    }

    @Test
    void aSymbolicLinkToARegularFileIsRead() throws Exception {
        Path story = Fixtures.write(folder, "story.txt", HostileInputs.STORY);
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), story);
        assertThat(Fixtures.accepted(read(link)).text()).contains("cyber policy dialogue");
    }
}
