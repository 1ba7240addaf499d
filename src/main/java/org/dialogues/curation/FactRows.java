package org.dialogues.curation;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.CURATION_EVENT;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PERSON;

/**
 * The rows curation acts on: locked and checked against the version the archivist saw, snapshot as
 * JSON for the audit trail, and their version raised once the action is done.
 */
final class FactRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final DSLContext tx;

    FactRows(DSLContext tx) {
        this.tx = tx;
    }

    /** Locks the row for the rest of the transaction; refuses a missing row or one changed since it was opened. */
    void lock(FactRef fact) {
        Integer version = tx.select(versionOf(fact.kind())).from(table(fact.kind()))
                .where(idOf(fact.kind()).eq(fact.id())).forUpdate().fetchOne(versionOf(fact.kind()));
        if (version == null) {
            throw missing(fact.kind(), fact.id());
        }
        if (version != fact.version()) {
            throw stale(fact);
        }
    }

    /** Refuses an id that names no row (a forged or outdated link), without locking it. */
    void requireExists(FactKind kind, long id) {
        if (!tx.fetchExists(table(kind), idOf(kind).eq(id))) {
            throw missing(kind, id);
        }
    }

    void bumpVersion(FactKind kind, long id) {
        tx.update(table(kind)).set(versionOf(kind), versionOf(kind).plus(1)).where(idOf(kind).eq(id)).execute();
    }

    /** The row as JSON (null when it is gone), as the audit trail keeps it. */
    JSONB snapshot(FactKind kind, long id) {
        if (kind == FactKind.ARTICLE) {
            // its metadata, not the text and the original bytes
            return tx.select(DSL.field("jsonb_build_object('published', {0}, 'published_precision', {1}, 'needs_review', {2}, 'review_reason', {3})",
                            JSONB.class, ARTICLE.PUBLISHED, ARTICLE.PUBLISHED_PRECISION, ARTICLE.NEEDS_REVIEW, ARTICLE.REVIEW_REASON))
                    .from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOne(0, JSONB.class);
        }
        Table<?> row = table(kind).as("r");
        Field<JSONB> json = DSL.field("to_jsonb({0})", JSONB.class, DSL.name("r"));
        return tx.select(json).from(row).where(row.field(idOf(kind).getName(), Long.class).eq(id)).fetchOne(json);
    }

    static CurationException missing(FactKind kind, long id) {
        return new CurationException(null, "no " + kind.code() + " " + id + " (it may have been merged or rejected meanwhile; reload the page)");
    }

    private StaleFactException stale(FactRef fact) {
        Record last = tx.select(CURATION_EVENT.ACTOR, CURATION_EVENT.AT).from(CURATION_EVENT)
                .where(CURATION_EVENT.FACT_KIND.eq(fact.kind().code())).and(CURATION_EVENT.FACT_ID.eq(fact.id()))
                .orderBy(CURATION_EVENT.ID.desc()).limit(1).fetchOne();
        String by = last == null ? "" : " by " + last.get(CURATION_EVENT.ACTOR) + " at "
                + WHEN.format(last.get(CURATION_EVENT.AT).withOffsetSameInstant(ZoneOffset.UTC));
        return new StaleFactException(fact.kind().code() + " " + fact.id() + " was changed" + by
                + " since you opened it; reload it to see the change, then make yours again");
    }

    static Table<?> table(FactKind kind) {
        return switch (kind) {
            case MEETING -> MEETING;
            case PARTICIPATION -> PARTICIPATION;
            case COMMITMENT -> COMMITMENT;
            case PERSON -> PERSON;
            case ARTICLE -> ARTICLE;
        };
    }

    static Field<Long> idOf(FactKind kind) {
        return switch (kind) {
            case MEETING -> MEETING.ID;
            case PARTICIPATION -> PARTICIPATION.ID;
            case COMMITMENT -> COMMITMENT.ID;
            case PERSON -> PERSON.ID;
            case ARTICLE -> ARTICLE.ID;
        };
    }

    private static Field<Integer> versionOf(FactKind kind) {
        return switch (kind) {
            case MEETING -> MEETING.VERSION;
            case PARTICIPATION -> PARTICIPATION.VERSION;
            case COMMITMENT -> COMMITMENT.VERSION;
            case PERSON -> PERSON.VERSION;
            case ARTICLE -> ARTICLE.VERSION;
        };
    }
}
