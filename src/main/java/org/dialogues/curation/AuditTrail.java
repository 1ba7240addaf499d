package org.dialogues.curation;

import org.jooq.DSLContext;
import org.jooq.JSONB;

import static org.dialogues.database.schema.Tables.CURATION_EVENT;

/** Writes {@code curation_event}: who did what, when, to which fact, before and after. */
final class AuditTrail {

    /** One action, as recorded. */
    record Entry(String action, FactKind kind, long factId, Long otherFactId, Long articleId, JSONB before, JSONB after) {
    }

    private AuditTrail() {
    }

    static long record(DSLContext tx, Curator who, Entry entry) {
        return tx.insertInto(CURATION_EVENT)
                .set(CURATION_EVENT.ACTOR, who.name())
                .set(CURATION_EVENT.ACTION, entry.action())
                .set(CURATION_EVENT.FACT_KIND, entry.kind().code())
                .set(CURATION_EVENT.FACT_ID, entry.factId())
                .set(CURATION_EVENT.OTHER_FACT_ID, entry.otherFactId())
                .set(CURATION_EVENT.ARTICLE_ID, entry.articleId())
                .set(CURATION_EVENT.BEFORE, entry.before())
                .set(CURATION_EVENT.AFTER, entry.after())
                .returning(CURATION_EVENT.ID)
                .fetchOne(CURATION_EVENT.ID);
    }

    /** Records the row as it became, for an action whose event had to exist before the change was made. */
    static void complete(DSLContext tx, long event, JSONB after) {
        tx.update(CURATION_EVENT).set(CURATION_EVENT.AFTER, after).where(CURATION_EVENT.ID.eq(event)).execute();
    }
}
