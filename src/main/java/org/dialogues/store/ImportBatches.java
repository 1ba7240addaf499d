package org.dialogues.store;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.IMPORT_BATCH;
import static org.dialogues.database.schema.Tables.IMPORT_PROBLEM;

/**
 * The import_batch log: who ran what, when, with which counts and outcome.
 *
 * <p>A running batch holds a PostgreSQL advisory lock on a session of its own until it finishes.
 * A killed process's session ends and frees the lock, so the next batch to start can tell the
 * batches whose process is gone (marked {@code interrupted}, with what they stored) from those
 * still running in another process, on this machine or another.
 */
public final class ImportBatches {

    /** The advisory-lock key space of running batches ("DIAL"); the batch id is the second key. */
    private static final int LOCK_SPACE = 0x4449414C;

    /** Counts of one run. */
    public record Counts(int seen, int imported, int duplicates, int failed, int flagged) {
        public String outcome() {
            if (failed == 0) {
                return "succeeded";
            }
            return imported + duplicates > 0 ? "partial" : "failed";
        }
    }

    private final DSLContext dsl;
    private final Map<Long, Connection> running = new ConcurrentHashMap<>();

    public ImportBatches(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long start(String command, List<String> sources, String user) {
        markInterrupted();
        long batchId = dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.COMMAND, command)
                .set(IMPORT_BATCH.SOURCES, sources.toArray(String[]::new))
                .set(IMPORT_BATCH.IMPORTED_BY, user)
                .returning(IMPORT_BATCH.ID)
                .fetchOne(IMPORT_BATCH.ID);
        Connection session = dsl.configuration().connectionProvider().acquire();
        DSL.using(session, dsl.dialect()).fetchValue("SELECT pg_advisory_lock(?, ?)", LOCK_SPACE, lockKey(batchId));
        running.put(batchId, session);
        return batchId;
    }

    /**
     * Marks every running batch whose process is gone as interrupted, with the counts of what it
     * stored; returns how many. A transaction-level try-lock succeeds only where no live session holds the batch.
     */
    public int markInterrupted() {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            int marked = 0;
            for (Long batchId : tx.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.OUTCOME.eq("running")).fetch(IMPORT_BATCH.ID)) {
                Boolean orphaned = tx.fetchValue(DSL.field("pg_try_advisory_xact_lock({0}, {1})", Boolean.class,
                        DSL.val(LOCK_SPACE), DSL.val(lockKey(batchId))));
                if (Boolean.TRUE.equals(orphaned)) {
                    marked += tx.update(IMPORT_BATCH)
                            .set(IMPORT_BATCH.OUTCOME, "interrupted")
                            .set(IMPORT_BATCH.IMPORTED, DSL.field(DSL.selectCount().from(ARTICLE).where(ARTICLE.BATCH_ID.eq(batchId))))
                            .set(IMPORT_BATCH.FLAGGED, DSL.field(DSL.selectCount().from(ARTICLE)
                                    .where(ARTICLE.BATCH_ID.eq(batchId)).and(ARTICLE.NEEDS_REVIEW)))
                            .set(IMPORT_BATCH.FAILED, DSL.field(DSL.selectCount().from(IMPORT_PROBLEM).where(IMPORT_PROBLEM.BATCH_ID.eq(batchId))))
                            .where(IMPORT_BATCH.ID.eq(batchId))
                            .execute();
                }
            }
            if (marked > 0) {
                // what was seen is at least what was stored or rejected
                tx.update(IMPORT_BATCH).set(IMPORT_BATCH.FILES_SEEN, DSL.greatest(IMPORT_BATCH.FILES_SEEN, IMPORT_BATCH.IMPORTED.plus(IMPORT_BATCH.FAILED)))
                        .where(IMPORT_BATCH.OUTCOME.eq("interrupted")).execute();
            }
            return marked;
        });
    }

    private static int lockKey(long batchId) {
        return (int) batchId;   // ids beyond 2^31 wrap: a rare shared key only delays a mark
    }

    public void problem(long batchId, String source, String message) {
        dsl.insertInto(IMPORT_PROBLEM).set(IMPORT_PROBLEM.BATCH_ID, batchId).set(IMPORT_PROBLEM.SOURCE, source)
                .set(IMPORT_PROBLEM.MESSAGE, message).execute();
    }

    public void finish(long batchId, Counts counts) {
        finish(batchId, counts, counts.outcome());
    }

    /** The run stopped before the end (interrupted, or the database failed): what it did is kept, and it may be resumed. */
    public void finishInterrupted(long batchId, Counts counts) {
        finish(batchId, counts, "interrupted");
    }

    /** A re-extraction got this far: every article up to this id is done (written as it goes, so a killed run can resume). */
    public void progress(long batchId, long resumeAfterArticleId) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.RESUME_AFTER_ARTICLE_ID, resumeAfterArticleId).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    /**
     * Where to resume re-extraction: after the last article the latest re-extraction did, when that
     * run was interrupted (its process killed, or stopped mid-run); nothing when it finished.
     */
    public Optional<Long> resumePoint() {
        markInterrupted();
        return dsl.select(IMPORT_BATCH.OUTCOME, IMPORT_BATCH.RESUME_AFTER_ARTICLE_ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.COMMAND.like("reextract%"))
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1)
                .fetchOptional()
                .filter(last -> "interrupted".equals(last.value1()))
                .map(last -> last.value2());
    }

    private void finish(long batchId, Counts counts, String outcome) {
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FINISHED_AT, DSL.currentOffsetDateTime())
                .set(IMPORT_BATCH.FILES_SEEN, counts.seen())
                .set(IMPORT_BATCH.IMPORTED, counts.imported())
                .set(IMPORT_BATCH.DUPLICATES, counts.duplicates())
                .set(IMPORT_BATCH.FAILED, counts.failed())
                .set(IMPORT_BATCH.FLAGGED, counts.flagged())
                .set(IMPORT_BATCH.OUTCOME, outcome)
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
        release(batchId);
    }

    private void release(long batchId) {
        Connection session = running.remove(batchId);
        if (session != null) {
            try {
                DSL.using(session, dsl.dialect()).fetchValue("SELECT pg_advisory_unlock(?, ?)", LOCK_SPACE, lockKey(batchId));
            } finally {
                dsl.configuration().connectionProvider().release(session);
            }
        }
    }
}
