package org.dialogues.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks run end to end on tiny sizes and print their figures (the figures are not judged). */
class BenchmarkCommandIT {

    @TempDir
    Path work;

    @Test
    void importBenchmarkPrintsThroughputAndStageShares() {
        CommandRunner.Result result = new CommandRunner(Map.of(), work).run("benchmark", "import", "--articles", "6", "--single-thread-articles", "3",
                "--archive-articles", "2000");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Corpus: 6 articles")
                .containsPattern("CoreNLP pipeline loaded in [0-9.]+ s")
                .containsPattern("Extraction alone, one thread: 3 articles \\([0-9]+ words on average\\) in [0-9.]+ s")
                .contains("LinguisticStage", "PartyMentionStage")
                .containsPattern("Baselines, the same 6 texts: bare COPY [0-9.]+ s = [0-9,]+ articles/s; one INSERT per row, one transaction per row [0-9.]+ s")
                .contains("6 imported, 0 failed")
                .containsPattern("import vs bare COPY: [0-9,]+× slower; vs one INSERT per row: [0-9.]+× slower")
                .containsPattern("Storing alone \\(.*\\): 6 articles in [0-9.]+ s = [0-9,]+ articles/s .*; [0-9.]+ round trips per article")
                .containsPattern("Synthetic archive: article [0-9,]+, commitment [0-9,]+, meeting [0-9,]+, participation [0-9,]+, person [0-9,]+, made in")
                .containsPattern("Storing 6 articles into that archive: [0-9.]+ s, into an empty database: [0-9.]+ s = [0-9.]+×")
                .containsPattern("in the archive, [0-9.]+ s in the small database")
                .contains("full scans of the archive's big tables while storing both: ")
                .containsPattern("Re-extraction from stored annotations \\(rules \\+ store\\), every article written again: 6 articles \\(0 annotated anew, 0 unchanged\\)")
                .containsPattern("Re-extraction from stored annotations \\(rules \\+ store\\), nothing changed, nothing written: 6 articles \\(0 annotated anew, 6 unchanged\\)")
                .containsPattern("Peak heap used: [0-9,]+ MB");
    }

    @Test
    void scaleBenchmarkBuildsASyntheticBaseAndTimesTheAnalystQueries() {
        CommandRunner.Result result = new CommandRunner(Map.of(), work).run("benchmark", "scale", "--articles", "400", "--import-articles", "0", "--runs", "2");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Synthetic knowledge base of 400 articles")
                .containsPattern("Built in [0-9.]+ s: article 400; meeting 200;")
                .contains("Analyst queries as dialogues_reader, warm, 2 runs each")
                .containsPattern("open commitments for a partner, newest 50 +[0-9]+ +[0-9.]+ +[0-9.]+ +(none|[a-z_, ]+)")
                .contains("ranked full-text search, top 20", "sources of a meeting", "articles without findings, first page");
    }
}
