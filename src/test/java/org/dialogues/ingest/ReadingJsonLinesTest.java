package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingJsonLinesTest {

    private final ArticleReader reader = new ArticleReader(new ReadLimits(1_000_000, 100));

    @TempDir
    Path directory;

    @Test
    void aBadLineRejectsThatRecordOnly() {
        Path file = Fixtures.copy("articles.jsonl", directory);

        List<ReadResult> results = reader.read(file, Overrides.none());

        assertThat(results).extracting(ReadResult::source).containsExactly(file + "#1", file + "#2", file + "#3");
        assertThat(results.get(0)).isInstanceOf(ReadResult.Accepted.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Rejected.class,
                rejected -> assertThat(rejected.message()).contains(file + "#2", "JSON", "line 2"));
        assertThat(results.get(2)).isInstanceOf(ReadResult.Accepted.class);
    }

    @Test
    void eachRecordKeepsItsOwnLineAsOriginalAndItsFields() {
        List<ReadResult> results = reader.read(Fixtures.copy("articles.jsonl", directory), Overrides.none());
        SourceDocument third = ((ReadResult.Accepted) results.get(2)).document();

        assertThat(third.title()).isEqualTo("Korea, Spain hold security talks");
        assertThat(third.published()).isEqualTo(LocalDate.of(2024, 9, 11));
        assertThat(third.fileName()).isEqualTo("articles.jsonl");
        assertThat(new String(third.original(), StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.text("articles.jsonl").lines().toList().get(2));
    }

    @Test
    void blankLinesAreSkipped() {
        String[] lines = Fixtures.text("articles.jsonl").lines().toArray(String[]::new);
        Path file = Fixtures.write(directory, "gaps.ndjson", lines[0] + "\n\n" + lines[2] + "\n\n");

        List<ReadResult> results = reader.read(file, Overrides.none());

        assertThat(results).hasSize(2).allMatch(ReadResult.Accepted.class::isInstance);
    }
}
