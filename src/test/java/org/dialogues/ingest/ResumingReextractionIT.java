package org.dialogues.ingest;

import org.dialogues.DialoguesException;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.time.DatePrecision;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.NewArticle;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.IMPORT_BATCH;
import static org.dialogues.database.schema.Tables.MEETING;

/** Re-extraction records how far it got: an interrupted or killed run is resumed after its last article, not started over. */
class ResumingReextractionIT {

    private static final int ARTICLES = 100;

    private TestDatabase db;
    private DSLContext dsl;
    private KnowledgeStore store;
    private OneMeetingPerArticle rules;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        dsl = db.dsl();
        store = new KnowledgeStore(dsl);
        rules = new OneMeetingPerArticle();
        for (int i = 0; i < ARTICLES; i++) {
            NewArticle article = article(i);
            store.store(article, rules.apply(new ArticleInput(article.text(), article.published(), DatePrecision.DAY, null)), null);
        }
        rules.calls.clear();
        rules.city = "Tokyo";   // the rules changed: every article's meeting moves
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anInterruptedRunIsResumedAfterTheLastArticleItDid() {
        Importer.Listener interruptAfter40 = new Importer.Listener() {
            private int done;

            @Override
            public void fileDone(Path file) {
                if (++done == 40) {
                    Thread.currentThread().interrupt();   // what a Ctrl-C handler does to the running command
                }
            }
        };
        assertThatThrownBy(() -> reextraction().run(false, false, "test", interruptAfter40))
                .isInstanceOf(DialoguesException.class).hasMessageContaining("interrupted");
        Thread.interrupted();
        assertThat(dsl.fetchValue(IMPORT_BATCH.OUTCOME, IMPORT_BATCH.COMMAND.eq("reextract"))).isEqualTo("interrupted");
        assertThat(dsl.fetchCount(MEETING, MEETING.CITY.eq("Tokyo"))).isEqualTo(40);
        rules.calls.clear();

        Reextraction.Summary resumed = reextraction().run(false, true, "test", new Importer.Listener() {});

        assertThat(resumed.articles()).isEqualTo(ARTICLES - 40);
        assertThat(rules.totalCalls()).as("only the articles the first run had not done are extracted").isEqualTo(ARTICLES - 40);
        assertThat(dsl.fetchCount(MEETING, MEETING.CITY.eq("Tokyo"))).isEqualTo(ARTICLES);
        assertThat(reextraction().run(false, true, "test", new Importer.Listener() {}).articles())
                .as("after a run that finished, --resume starts over").isEqualTo(ARTICLES);
    }

    @Test
    void aKilledRunIsResumedFromThePageItLastRecorded() {
        long seventieth = dsl.select(ARTICLE.ID).from(ARTICLE).orderBy(ARTICLE.ID).offset(69).limit(1).fetchOne(ARTICLE.ID);
        // what a killed re-extraction leaves: a 'running' row whose session (and lock) died with it
        dsl.insertInto(IMPORT_BATCH).set(IMPORT_BATCH.COMMAND, "reextract").set(IMPORT_BATCH.RESUME_AFTER_ARTICLE_ID, seventieth).execute();

        Reextraction.Summary resumed = reextraction().run(false, true, "test", new Importer.Listener() {});

        assertThat(resumed.articles()).isEqualTo(30);
        assertThat(rules.totalCalls()).isEqualTo(30);
        assertThat(dsl.fetchCount(MEETING, MEETING.CITY.eq("Tokyo"))).isEqualTo(30);
    }

    @Test
    void aPlainRerunGoesThroughEveryArticleButWritesOnlyWhatChanged() {
        reextraction().run(false, "test", new Importer.Listener() {});
        Reextraction.Summary again = reextraction().run(false, "test", new Importer.Listener() {});

        assertThat(again.articles()).isEqualTo(ARTICLES);
        assertThat(again.unchanged()).isEqualTo(ARTICLES);
    }

    private Reextraction reextraction() {
        return new Reextraction(rules, "test-annotator", store, new ImportBatches(dsl));
    }

    private static NewArticle article(int number) {
        String text = "South Korea and Japan held their maritime dialogue, round " + number + ".";
        return new NewArticle(sha256(text), text.getBytes(StandardCharsets.UTF_8), "UTF-8", "text/plain", text, "Title " + number,
                "Outlet", null, "article-" + number + ".txt", LocalDate.of(2025, 1, 1).plusDays(number), DatePrecision.DAY, "en", List.of());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
