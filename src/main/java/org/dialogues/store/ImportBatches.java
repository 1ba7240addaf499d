package org.dialogues.store;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;

import static org.dialogues.database.schema.Tables.IMPORT_BATCH;
import static org.dialogues.database.schema.Tables.IMPORT_PROBLEM;

/** The import_batch log: who ran what, when, with which counts and outcome. */
public final class ImportBatches {

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

    public ImportBatches(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long start(String command, List<String> sources, String user) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.COMMAND, command)
                .set(IMPORT_BATCH.SOURCES, sources.toArray(String[]::new))
                .set(IMPORT_BATCH.IMPORTED_BY, user)
                .returning(IMPORT_BATCH.ID)
                .fetchOne(IMPORT_BATCH.ID);
    }

    public void problem(long batchId, String source, String message) {
        dsl.insertInto(IMPORT_PROBLEM).set(IMPORT_PROBLEM.BATCH_ID, batchId).set(IMPORT_PROBLEM.SOURCE, source)
                .set(IMPORT_PROBLEM.MESSAGE, message).execute();
    }

    public void finish(long batchId, Counts counts) {
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FINISHED_AT, DSL.currentOffsetDateTime())
                .set(IMPORT_BATCH.FILES_SEEN, counts.seen())
                .set(IMPORT_BATCH.IMPORTED, counts.imported())
                .set(IMPORT_BATCH.DUPLICATES, counts.duplicates())
                .set(IMPORT_BATCH.FAILED, counts.failed())
                .set(IMPORT_BATCH.FLAGGED, counts.flagged())
                .set(IMPORT_BATCH.OUTCOME, counts.outcome())
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
    }
}
