package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.dialogues.ingest.HostileInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.IMPORT_PROBLEM;

/** The hostile files of issue 12 in one batch: each ends within its budget and the rest is stored. */
class ImportingHostileInputIT {

    private static final String OTHER_STORY = """
            Seoul, June 3, 2025

            South Korea and Germany held their second defense industry dialogue in Berlin on Tuesday, the defense ministry said.
            The two sides agreed to cooperate on ammunition supply chains and to meet again in Seoul in the autumn.
            """;

    private TestDatabase db;
    private CommandRunner cli;

    @TempDir
    Path work;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), work);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void everyHostileFileEndsWithinItsBudgetWhileTheRestOfTheBatchIsStored() throws Exception {
        Path folder = Files.createDirectory(work.resolve("batch"));
        Files.writeString(folder.resolve("a-story.txt"), HostileInputs.STORY);
        Files.writeString(folder.resolve("z-story.txt"), OTHER_STORY);
        HostileInputs.writeTexts(folder);
        Files.writeString(folder.resolve("many-sentences.txt"), HostileInputs.manySentences(300));
        HostileInputs.namedPipe(folder, "pipe.txt");
        HostileInputs.linkToDevZero(folder, "zero.txt");

        long started = System.nanoTime();
        CommandRunner.Result result = cli.run("import", folder.toString(), "--time-limit", "15");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // a guard against a file that never ends, not a speed figure: each file's 15 s budget is checked by its line below
        assertThat(took).as("the whole batch, CoreNLP's loading included").isLessThan(Duration.ofMinutes(10));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(db.dsl().select(ARTICLE.SOURCE_FILE).from(ARTICLE).fetch(ARTICLE.SOURCE_FILE))
                .containsExactlyInAnyOrder("a-story.txt", "z-story.txt", "long-word.txt");
        List<String> lines = result.err().lines().toList();
        assertThat(lines).as(result.toString()).hasSize(7).allSatisfy(line -> assertThat(line).startsWith("dialogues: " + folder));
        // on a loaded machine a hostile file may reach the budget before its own problem is found: both end it in time
        String overBudget = "took longer than 15 s to read; not stored";
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("many-sentences.txt: " + overBudget))
                .anySatisfy(line -> assertThat(line).contains("pipe.txt: is not a regular file"))
                .anySatisfy(line -> assertThat(line).contains("zero.txt: is not a regular file"))
                .anySatisfy(line -> assertThat(line).containsPattern("empty-paragraphs.html: (no main text found|" + overBudget + ")"))
                .anySatisfy(line -> assertThat(line).containsPattern("long-lines.txt: (no story text found|" + overBudget + ")"))
                .anySatisfy(line -> assertThat(line).containsPattern("repeated-sentence.txt: (no story text found|" + overBudget + ")"))
                .anySatisfy(line -> assertThat(line).containsPattern("no-spaces.txt: (no story text found|" + overBudget + ")"));
        assertThat(result.out()).contains("Imported 3, duplicates 0, failed 7");
        assertThat(db.dsl().fetchCount(IMPORT_PROBLEM)).isEqualTo(7);
    }

    @Test
    void aSymbolicLinkToAFolderImportsTheFolder() throws Exception {
        Path real = Files.createDirectory(work.resolve("real"));
        Files.writeString(real.resolve("story.txt"), HostileInputs.STORY);
        Path link = Files.createSymbolicLink(work.resolve("link"), real);

        CommandRunner.Result result = cli.run("import", link.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Imported 1, duplicates 0, failed 0");
    }

    @Test
    void aNulInAJsonTitleIsNoDatabaseError() throws Exception {
        Path file = Files.writeString(work.resolve("nul.json"), "{\"title\": \"Cyber\\u0000 talks\", \"outlet\": \"Wire\\u0000\", \"text\": \""
                + HostileInputs.STORY.replace("\n", "\\n") + "\"}");

        CommandRunner.Result result = cli.run("import", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(db.dsl().fetchValue(ARTICLE.TITLE)).isEqualTo("Cyber talks");
    }

    @Test
    void aManifestRowNamingAMissingFileIsAWarningNotAFailure() throws Exception {
        Path folder = Files.createDirectory(work.resolve("listed"));
        Files.writeString(folder.resolve("story.txt"), HostileInputs.STORY);
        Files.writeString(folder.resolve("manifest.csv"), "\uFEFFfile,outlet\nstory.txt,Wire\ngone.txt,Wire\n");

        CommandRunner.Result result = cli.run("import", folder.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err().strip()).isEqualTo("dialogues: warning: " + folder.resolve("manifest.csv")
                + ": names \"gone.txt\", which does not exist; that row is ignored");
        assertThat(db.dsl().fetchValue(ARTICLE.OUTLET)).isEqualTo("Wire");
    }
}
