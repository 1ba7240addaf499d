package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.IMPORT_BATCH;
import static org.dialogues.database.schema.Tables.IMPORT_PROBLEM;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.PARTICIPATION;

class ImportCommandIT {

    private static final String STORY = """
            Seoul, May 20, 2025

            South Korea and Australia held their fifth cyber policy dialogue in Canberra on Monday, the Foreign Ministry said.
            The two sides agreed to expand the exchange of information on ransomware attacks and to hold the next dialogue in Seoul next year.
            They also reaffirmed their commitment to an open, secure and peaceful cyberspace.
            """;

    private TestDatabase db;
    private DSLContext dsl;
    private CommandRunner cli;

    @TempDir
    Path work;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        dsl = db.dsl();
        cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), work);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void importingTheSamplesTwiceStoresThemOnce() throws Exception {
        Path samples = SampleArticles.copyTo(work.resolve("samples"));
        CommandRunner.Result first = cli.run("import", samples.toString(), "--report");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        int articles = dsl.fetchCount(ARTICLE);
        int meetings = dsl.fetchCount(MEETING);
        int participations = dsl.fetchCount(PARTICIPATION);
        int commitments = dsl.fetchCount(COMMITMENT);
        assertThat(articles).isGreaterThanOrEqualTo(20);
        assertThat(meetings).isPositive();
        assertThat(commitments).isPositive();

        CommandRunner.Result second = cli.run("import", samples.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Imported 0, duplicates " + articles + ",");
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles);
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(meetings);
        assertThat(dsl.fetchCount(PARTICIPATION)).isEqualTo(participations);
        assertThat(dsl.fetchCount(COMMITMENT)).isEqualTo(commitments);
        assertThat(dsl.fetchCount(IMPORT_BATCH)).isEqualTo(2);
    }

    @Test
    void badFilesGetOneLineEachAndTheRestIsImported() throws Exception {
        Path folder = Files.createDirectory(work.resolve("mixed"));
        Files.writeString(folder.resolve("good.txt"), STORY, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x7f, 0});
        Files.writeString(folder.resolve("broken.json"), "{\"title\": \"Half a record\", \"text\": \"Seoul and");

        CommandRunner.Result result = cli.run("import", folder.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(result.out()).contains("Imported 1, duplicates 0, failed 3");
        assertThat(result.err().lines()).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("empty.txt"))
                .anySatisfy(line -> assertThat(line).contains("binary.txt"))
                .anySatisfy(line -> assertThat(line).contains("broken.json"));
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(1);
        assertThat(dsl.fetchCount(IMPORT_PROBLEM)).isEqualTo(3);
        assertThat(dsl.fetchValue(IMPORT_BATCH.OUTCOME)).isEqualTo("partial");
    }

    @Test
    void aSingleFileTakesItsMetadataFromTheCommandLine() throws Exception {
        Path file = Files.writeString(work.resolve("story.txt"), STORY.replace("Seoul, May 20, 2025\n", ""), StandardCharsets.UTF_8);
        CommandRunner.Result result = cli.run("import", file.toString(), "--published", "2025-05-20", "--outlet", "Test Wire",
                "--url", "https://example.org/story");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        var article = dsl.selectFrom(ARTICLE).fetchSingle();
        assertThat(article.getPublished()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(article.getOutlet()).isEqualTo("Test Wire");
        assertThat(article.getUrl()).isEqualTo("https://example.org/story");
        assertThat(article.getSourceFile()).isEqualTo("story.txt");
    }

    @Test
    void aBadDateOnTheCommandLineIsOnePlainLine() throws Exception {
        Path file = Files.writeString(work.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
        CommandRunner.Result result = cli.run("import", file.toString(), "--published", "2024-13-45");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).startsWith("dialogues: Invalid value for option '--published': '2024-13-45' is not a date; write it as YYYY-MM-DD")
                .doesNotContain("java.");
        assertThat(dsl.fetchCount(ARTICLE)).isZero();
    }

    @Test
    void aMissingPathIsInvalidInput() {
        CommandRunner.Result result = cli.run("import", work.resolve("nowhere").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("nowhere").hasLineCount(1);
        assertThat(dsl.fetchCount(ARTICLE)).isZero();
    }

    @Test
    void metadataOptionsForAFolderAreRefused() throws Exception {
        Path folder = Files.createDirectory(work.resolve("folder"));
        CommandRunner.Result result = cli.run("import", folder.toString(), "--outlet", "X");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("single file");
    }

    @Test
    void reextractionRebuildsTheSameKnowledge() throws Exception {
        Path samples = SampleArticles.copyTo(work.resolve("samples"));
        assertThat(cli.run("import", samples.toString()).exitCode()).isZero();
        int meetings = dsl.fetchCount(MEETING);
        int commitments = dsl.fetchCount(COMMITMENT);
        CommandRunner.Result result = cli.run("reextract");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(meetings);
        assertThat(dsl.fetchCount(COMMITMENT)).isEqualTo(commitments);
    }
}
