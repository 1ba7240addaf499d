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
        CommandRunner.Result result = new CommandRunner(Map.of(), work).run("benchmark", "import", "--articles", "25");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Corpus: 25 articles")
                .containsPattern("Extraction alone: 25 articles in [0-9.]+ s")
                .contains("PartyMentionStage")
                .contains("25 imported, 0 failed")
                .containsPattern("Peak heap used: [0-9,]+ MB");
    }
}
