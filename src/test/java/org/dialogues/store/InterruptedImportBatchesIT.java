package org.dialogues.store;

import org.dialogues.database.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.IMPORT_BATCH;

/** A batch whose process was killed is marked interrupted by the next start, with what it stored; a live one is left alone. */
class InterruptedImportBatchesIT {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void theNextStartMarksAKilledBatchInterruptedWithItsCountsAndLeavesARunningOneAlone() {
        DSLContext dsl = db.dsl();
        // What a killed import leaves: a 'running' row whose session (and lock) died with it, with what it stored.
        long killed = dsl.insertInto(IMPORT_BATCH).set(IMPORT_BATCH.COMMAND, "import").returning(IMPORT_BATCH.ID).fetchOne(IMPORT_BATCH.ID);
        storeArticle(dsl, killed, "a", false);
        storeArticle(dsl, killed, "b", true);
        new ImportBatches(dsl).problem(killed, "broken.html", "not an article");

        ImportBatches otherProcess = new ImportBatches(dsl);
        long live = otherProcess.start("import", List.of("/elsewhere"), "analyst");

        ImportBatches next = new ImportBatches(dsl);
        long started = next.start("import", List.of("/archive"), "archivist");

        var row = dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(killed)).fetchOne();
        assertThat(row.getOutcome()).isEqualTo("interrupted");
        assertThat(row.getImported()).isEqualTo(2);
        assertThat(row.getFlagged()).isEqualTo(1);
        assertThat(row.getFailed()).isEqualTo(1);
        assertThat(row.getFilesSeen()).isEqualTo(3);
        assertThat(dsl.fetchValue(IMPORT_BATCH.OUTCOME, IMPORT_BATCH.ID.eq(live))).isEqualTo("running");

        otherProcess.finish(live, new ImportBatches.Counts(1, 1, 0, 0, 0));
        next.finish(started, new ImportBatches.Counts(0, 0, 0, 0, 0));
        assertThat(new ImportBatches(dsl).markInterrupted()).isZero();
        assertThat(dsl.fetchValue(IMPORT_BATCH.OUTCOME, IMPORT_BATCH.ID.eq(live))).isEqualTo("succeeded");
    }

    private static void storeArticle(DSLContext dsl, long batchId, String name, boolean needsReview) {
        dsl.insertInto(ARTICLE)
                .set(ARTICLE.SHA256, name.repeat(64))
                .set(ARTICLE.ORIGINAL, name.getBytes())
                .set(ARTICLE.ORIGINAL_ENCODING, "UTF-8")
                .set(ARTICLE.MEDIA_TYPE, "text/plain")
                .set(ARTICLE.TEXT, "Article " + name + ".")
                .set(ARTICLE.BATCH_ID, batchId)
                .set(ARTICLE.NEEDS_REVIEW, needsReview)
                .set(ARTICLE.REVIEW_REASON, needsReview ? "no publication date" : null)
                .execute();
    }
}
