package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpandingPathsTest {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());

    @TempDir
    Path root;

    @Test
    void walksDirectoriesRecursivelyInSortedOrderSkippingHiddenAndManifestFiles() throws Exception {
        Path b = Fixtures.write(root, "b.txt", "b");
        Path a = Fixtures.write(root, "a.json", "{}");
        Path nested = Files.createDirectories(root.resolve("2024"));
        Path c = Fixtures.write(nested, "c.html", "<html></html>");
        Fixtures.write(root, ".DS_Store", "x");
        Fixtures.write(root, "manifest.json", "{}");
        Fixtures.write(nested, "manifest.csv", "file\n");
        Path hidden = Files.createDirectories(root.resolve(".git"));
        Fixtures.write(hidden, "config.txt", "x");

        assertThat(reader.expand(List.of(root))).containsExactly(c, a, b);
    }

    @Test
    void keepsFilesAsGivenAndListsAFileNamedTwiceOnce() throws Exception {
        Path a = Fixtures.write(root, "a.txt", "a");
        Path b = Fixtures.write(root, "b.txt", "b");

        assertThat(reader.expand(List.of(b, a, root))).containsExactly(b, a);
    }

    @Test
    void aPathThatDoesNotExistIsAnError() {
        Path missing = root.resolve("missing");

        assertThatThrownBy(() -> reader.expand(List.of(missing)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("no such file or directory")
                .satisfies(e -> assertThat(((IngestException) e).path()).isEqualTo(missing));
    }
}
