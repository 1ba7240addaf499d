package org.dialogues.curation;

import org.dialogues.extract.time.DatePrecision;
import org.jooq.DSLContext;
import org.jooq.JSONB;

import java.time.LocalDate;

import static org.dialogues.database.schema.Tables.ARTICLE;

/**
 * Reviewing articles: clearing the flag an import set, and correcting the publication date (which
 * dates "Monday" and "next month" in the text: the next re-extraction annotates the article again).
 */
final class ArticleActions {

    private final DSLContext tx;
    private final Curator who;
    private final FactRows rows;

    ArticleActions(DSLContext tx, Curator who) {
        this.tx = tx;
        this.who = who;
        this.rows = new FactRows(tx);
    }

    void markReviewed(FactRef article) {
        require(article);
        rows.lock(article);
        JSONB before = rows.snapshot(FactKind.ARTICLE, article.id());
        tx.update(ARTICLE).set(ARTICLE.NEEDS_REVIEW, false).setNull(ARTICLE.REVIEW_REASON).where(ARTICLE.ID.eq(article.id())).execute();
        rows.bumpVersion(FactKind.ARTICLE, article.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("confirm", FactKind.ARTICLE, article.id(), null, article.id(), before,
                rows.snapshot(FactKind.ARTICLE, article.id())));
    }

    void correctPublished(FactRef article, LocalDate published, DatePrecision precision) {
        require(article);
        rows.lock(article);
        if (published != null && (published.getYear() < 1900 || published.isAfter(LocalDate.now().plusDays(1)))) {
            throw new CurationException("published", published + " is not a plausible publication date");
        }
        DatePrecision stored = published == null ? DatePrecision.UNKNOWN : precision == null ? DatePrecision.DAY : precision;
        if (published != null && stored == DatePrecision.UNKNOWN) {
            throw new CurationException("published", "a date with precision unknown");
        }
        JSONB before = rows.snapshot(FactKind.ARTICLE, article.id());
        tx.update(ARTICLE).set(ARTICLE.PUBLISHED, published).set(ARTICLE.PUBLISHED_PRECISION, stored.code())
                .where(ARTICLE.ID.eq(article.id())).execute();
        rows.bumpVersion(FactKind.ARTICLE, article.id());
        AuditTrail.record(tx, who, new AuditTrail.Entry("correct", FactKind.ARTICLE, article.id(), null, article.id(), before,
                rows.snapshot(FactKind.ARTICLE, article.id())));
    }

    private static void require(FactRef fact) {
        if (fact.kind() != FactKind.ARTICLE) {
            throw new CurationException(null, "not an article: " + fact.kind().code() + " " + fact.id());
        }
    }
}
