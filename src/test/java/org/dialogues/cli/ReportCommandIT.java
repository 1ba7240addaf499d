package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report commands through the real command line: default files, formats and one-line errors. */
class ReportCommandIT {

    private static TestDatabase db;

    @TempDir
    Path workingDirectory;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private CommandRunner cli() {
        return new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), workingDirectory);
    }

    @Test
    void quarterlyWritesAPdfNamedAfterTheQuarterUnderOut() {
        CommandRunner.Result result = cli().run("report", "quarterly", "--quarter", "2025-Q1");

        Path expected = workingDirectory.resolve("out/quarterly-2025-Q1.pdf");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Wrote " + expected);
        assertThat(expected).exists();
    }

    @Test
    void previousQuarterIsResolvedAgainstTodayForCron() {
        CommandRunner.Result result = cli().run("report", "quarterly", "--quarter", "previous");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(workingDirectory.resolve("out/quarterly-2025-Q1.pdf")).as("the runner's clock is 2025-04-02").exists();
    }

    @Test
    void everyReportTakesOutAndFormat() {
        assertThat(cli().run("report", "quarterly", "--quarter", "2024-Q4", "--format", "csv", "--out", "q.csv").exitCode()).isZero();
        assertThat(cli().run("report", "partner", "--party", "us", "--from", "2023-01-01", "--to", "2025-12-31", "--format", "xlsx").exitCode()).isZero();
        assertThat(cli().run("report", "commitments", "--party", "JP", "--status", "open").exitCode()).isZero();

        assertThat(workingDirectory.resolve("q.csv")).exists();
        assertThat(workingDirectory.resolve("out/partner-US.xlsx")).exists();
        assertThat(workingDirectory.resolve("out/commitments-JP-open.pdf")).exists();
    }

    @Test
    void theFormatFollowsTheExtensionAndAContradictionIsRefused() throws java.io.IOException {
        assertThat(cli().run("report", "quarterly", "--quarter", "next", "--out", "next.xlsx").exitCode()).isZero();
        assertThat(java.nio.file.Files.readAllBytes(workingDirectory.resolve("next.xlsx"))).startsWith('P', 'K');   // a zip, not a PDF

        CommandRunner.Result contradiction = cli().run("report", "quarterly", "--quarter", "2024-Q4", "--format", "pdf", "--out", "x.xlsx");
        assertThat(contradiction.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(contradiction.err()).isEqualTo("dialogues: --out x.xlsx is a .xlsx file but --format is pdf: make them agree, or leave one out\n");
        assertThat(workingDirectory.resolve("x.xlsx")).doesNotExist();

        assertThat(cli().run("report", "quarterly", "--quarter", "2024-Q4", "--out", "p.csv", "--section", "participants").exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(workingDirectory.resolve("p.csv"))).startsWith("\uFEFFmeeting_id,meeting,person_id,person");
    }

    @Test
    void malformedQuartersAreOneLineInvalidInput() {
        for (String quarter : new String[] {"2025-Q5", "last"}) {
            CommandRunner.Result result = cli().run("report", "quarterly", "--quarter", quarter);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err()).startsWith("dialogues: '" + quarter + "' is not a quarter").hasLineCount(1);
        }
    }

    @Test
    void aPartnerIsNamedByCodeNameOrAliasButNeverSouthKorea() {
        assertThat(cli().run("report", "partner", "--party", "Japan", "--out", "japan.pdf").exitCode()).isZero();
        assertThat(workingDirectory.resolve("japan.pdf")).exists();

        CommandRunner.Result korea = cli().run("report", "partner", "--party", "KR");
        assertThat(korea.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(korea.err()).startsWith("dialogues: South Korea is the subject of every report, not a partner").hasLineCount(1);

        CommandRunner.Result typo = cli().run("report", "partner", "--party", "Japn");
        assertThat(typo.err()).isEqualTo("dialogues: 'Japn' is not a known party code or name; did you mean JP (Japan)?\n");
    }

    @Test
    void unknownPartyStatusOrFormatIsInvalidInput() {
        assertThat(cli().run("report", "partner", "--party", "XX").err()).contains("'XX' is not a known party code").hasLineCount(1);
        assertThat(cli().run("report", "commitments", "--status", "pending").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli().run("report", "quarterly", "--quarter", "2025-Q1", "--format", "docx").err())
                .contains("'docx' is not a report format");
        assertThat(cli().run("report", "partner", "--party", "US", "--from", "2025-02-30").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void aFailedReportLeavesNoFileBehind() throws Exception {
        Files.createDirectories(workingDirectory.resolve("out"));
        cli().run("report", "partner", "--party", "XX");

        try (var files = Files.list(workingDirectory.resolve("out"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void reportFilesAreReadableByTheGroupByDefaultOrAsDIALOGUES_OUTPUT_MODESays() throws Exception {
        assertThat(cli().run("report", "quarterly", "--quarter", "2024-Q3", "--format", "csv", "--out", "group.csv").exitCode()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(workingDirectory.resolve("group.csv")))).isEqualTo("rw-r-----");

        CommandRunner everyone = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres",
                "DIALOGUES_OUTPUT_MODE", "0644"), workingDirectory);
        assertThat(everyone.run("report", "quarterly", "--quarter", "2024-Q3", "--format", "csv", "--out", "all.csv").exitCode()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(workingDirectory.resolve("all.csv")))).isEqualTo("rw-r--r--");

        CommandRunner.Result wrong = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres",
                "DIALOGUES_OUTPUT_MODE", "0755"), workingDirectory).run("report", "quarterly", "--quarter", "2024-Q3", "--out", "x.pdf");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(wrong.err()).contains("DIALOGUES_OUTPUT_MODE").hasLineCount(1);
    }
}
