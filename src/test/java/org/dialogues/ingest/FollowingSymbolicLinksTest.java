package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links to folders are followed; loops, links to nothing and devices are each reported. */
class FollowingSymbolicLinksTest {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TempDir
    Path root;

    @Test
    void aLinkToAFolderGivenAsThePathListsTheFolder() throws Exception {
        Path real = Files.createDirectories(root.resolve("real"));
        Path a = Fixtures.write(real, "a.txt", "a");
        Path link = Files.createSymbolicLink(root.resolve("link"), real);

        ArticleReader.Listing listing = reader.list(List.of(link));

        assertThat(listing.files()).containsExactly(link.resolve("a.txt"));
        assertThat(listing.skipped()).isEmpty();
        assertThat(a).exists();
    }

    @Test
    void aLinkedSubfolderIsWalked() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Fixtures.write(elsewhere, "b.txt", "b");
        Path batch = Files.createDirectories(root.resolve("batch"));
        Fixtures.write(batch, "a.txt", "a");
        Files.createSymbolicLink(batch.resolve("more"), elsewhere);

        assertThat(reader.list(List.of(batch)).files()).containsExactly(batch.resolve("a.txt"), batch.resolve("more/b.txt"));
    }

    @Test
    void aLoopIsReportedAsOneLineAndTheRestIsListed() throws Exception {
        Path batch = Files.createDirectories(root.resolve("batch"));
        Fixtures.write(batch, "a.txt", "a");
        Path loop = Files.createSymbolicLink(batch.resolve("again"), batch);

        ArticleReader.Listing listing = reader.list(List.of(batch));

        assertThat(listing.files()).containsExactly(batch.resolve("a.txt"));
        assertThat(listing.skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.message()).startsWith(loop.toString()).contains("symbolic link loop").doesNotContain("\n"));
    }

    @Test
    void linksToNothingAndToDevicesAreReportedNotSkippedSilently() throws Exception {
        Path batch = Files.createDirectories(root.resolve("batch"));
        Fixtures.write(batch, "a.txt", "a");
        Files.createSymbolicLink(batch.resolve("gone.txt"), batch.resolve("missing.txt"));
        HostileInputs.linkToDevZero(batch, "zero.txt");
        HostileInputs.namedPipe(batch, "pipe.txt");

        ArticleReader.Listing listing = reader.list(List.of(batch));

        assertThat(listing.files()).containsExactly(batch.resolve("a.txt"));
        assertThat(listing.skipped()).extracting(ArticleReader.Skipped::message).containsExactlyInAnyOrder(
                batch.resolve("gone.txt") + ": is a symbolic link to nothing (it points to " + batch.resolve("missing.txt") + "); skipped",
                batch.resolve("zero.txt") + ": is not a regular file (a device, named pipe or socket); only files are read; skipped",
                batch.resolve("pipe.txt") + ": is not a regular file (a device, named pipe or socket); only files are read; skipped");
    }

    @Test
    void aLinkThatLeadsBackToItselfIsALoopNotAMissingFile() throws Exception {
        Path batch = Files.createDirectories(root.resolve("batch"));
        Fixtures.write(batch, "a.txt", "a");
        Path self = Files.createSymbolicLink(batch.resolve("self.txt"), batch.resolve("self.txt"));

        assertThat(reader.list(List.of(batch)).skipped()).extracting(ArticleReader.Skipped::message)
                .containsExactly(self + ": is a symbolic link loop (it points to " + self + "); skipped");
        assertThat(Fixtures.rejection(reader.read(self, Overrides.none()))).isEqualTo(self + ": is a symbolic link loop (it points to " + self + ")");
    }
}
