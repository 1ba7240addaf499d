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
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.ARTICLE_ANNOTATION;
import static org.dialogues.database.schema.Tables.MEETING;

/**
 * The linguistic annotation is computed once at import and stored with the article; re-extraction
 * reads it back (only the rules run) unless it is of another annotator version, was made for
 * another publication date, or {@code --reannotate} asks for it.
 */
class StoredAnnotationsIT {

    private static final String STORY = """
            South Korea and Japan held their 12th security policy consultation in Seoul on Monday, the Foreign Ministry said.
            The two sides agreed to hold the next round in Tokyo next year.
            Officials from both foreign and defense ministries discussed North Korea's missile launches and maritime security.
            """;

    private TestDatabase db;
    private DSLContext dsl;
    private CommandRunner cli;

    @TempDir
    Path work;

    @BeforeEach
    void importOneArticle() throws Exception {
        db = TestDatabase.create();
        dsl = db.dsl();
        cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), work);
        Path file = work.resolve("story.txt");
        Files.writeString(file, STORY, StandardCharsets.UTF_8);
        CommandRunner.Result imported = cli.run("import", file.toString(), "--published", "2023-04-17");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anImportedArticleKeepsItsAnnotation() {
        assertThat(dsl.fetchCount(ARTICLE_ANNOTATION)).isEqualTo(1);
        assertThat(dsl.fetchValue(ARTICLE_ANNOTATION.ANNOTATOR_VERSION)).isEqualTo(Wiring.annotatorVersion());
        assertThat(dsl.fetchValue(ARTICLE_ANNOTATION.ANNOTATION)).isNotEmpty();
    }

    @Test
    void reextractionReadsTheStoredAnnotationBack() {
        OffsetDateTime annotated = dsl.fetchValue(ARTICLE_ANNOTATION.ANNOTATED_AT);
        int meetings = dsl.fetchCount(MEETING);

        CommandRunner.Result result = cli.run("reextract");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Re-extracted 1 article (0 annotated anew", "; 1 unchanged)");
        assertThat(dsl.fetchValue(ARTICLE_ANNOTATION.ANNOTATED_AT)).isEqualTo(annotated);
        assertThat(dsl.fetchCount(MEETING)).isEqualTo(meetings);
    }

    @Test
    void reextractionWritesAnArticleAgainWhenItsExtractionOrTheReferenceDataChanged() {
        var meeting = org.dialogues.database.schema.Tables.MEETING;
        dsl.update(meeting).set(meeting.CITY, "Nowhere").execute();   // as if the rules had read another city before
        dsl.update(org.dialogues.database.schema.Tables.EXTRACTION_DIGEST).set(org.dialogues.database.schema.Tables.EXTRACTION_DIGEST.DIGEST, "stale").execute();

        CommandRunner.Result result = cli.run("reextract");

        assertThat(result.out()).as(result.toString()).contains("; 0 unchanged)");
        assertThat(dsl.fetchCount(meeting, meeting.CITY.eq("Nowhere"))).isZero();
        assertThat(cli.run("reextract").out()).contains("; 1 unchanged)");
    }

    @Test
    void reannotateAnnotatesAgain() {
        CommandRunner.Result result = cli.run("reextract", "--reannotate");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Re-extracted 1 article (1 annotated anew");
        assertThat(dsl.fetchCount(ARTICLE_ANNOTATION)).isEqualTo(1);
    }

    @Test
    void anAnnotationOfAnotherVersionIsRedoneAndReplaced() {
        dsl.update(ARTICLE_ANNOTATION).set(ARTICLE_ANNOTATION.ANNOTATOR_VERSION, "corenlp-0.0/older").execute();

        CommandRunner.Result result = cli.run("reextract");

        assertThat(result.out()).contains("(1 annotated anew");
        assertThat(dsl.fetch(ARTICLE_ANNOTATION)).extracting(r -> r.getAnnotatorVersion())
                .containsExactly(Wiring.annotatorVersion());
    }

    @Test
    void aCorrectedPublicationDateIsAnnotatedAnew() {
        dsl.update(ARTICLE).set(ARTICLE.PUBLISHED, LocalDate.of(2023, 4, 18)).execute();

        CommandRunner.Result result = cli.run("reextract");

        assertThat(result.out()).contains("(1 annotated anew");
        // "on Monday" is still the Monday before the (corrected) publication day
        assertThat(dsl.select(MEETING.START_DATE).from(MEETING).fetch(MEETING.START_DATE)).contains(LocalDate.of(2023, 4, 17));
    }
}
