package org.dialogues.store;

import org.dialogues.extract.Extraction;
import org.dialogues.extract.linguistic.StoredAnnotation;
import org.dialogues.extract.time.DatePrecision;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.ARTICLE_ANNOTATION;
import static org.dialogues.database.schema.Tables.EXTRACTION_DIGEST;

/**
 * Stores articles and what was extracted from them. Each article and all its facts are written in
 * one transaction: a failure leaves nothing half-stored. The same normalized text stored twice is
 * one article (the sha256 is a unique key), so importing again changes nothing.
 */
public final class KnowledgeStore {

    private final DSLContext dsl;
    private volatile StoreLookups lookups;

    public KnowledgeStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Read on first use, then kept for the life of this store (one command). */
    private StoreLookups lookups() {
        StoreLookups loaded = lookups;
        if (loaded == null) {
            synchronized (this) {
                if (lookups == null) {
                    lookups = StoreLookups.load(dsl);
                }
                loaded = lookups;
            }
        }
        return loaded;
    }

    public StoreResult store(NewArticle article, Extraction extraction, Long batchId) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Long id = insertArticle(tx, article, extraction, batchId);
            if (id == null) {
                return new StoreResult.Duplicate(tx.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.SHA256.eq(article.sha256())).fetchOne(ARTICLE.ID));
            }
            // a new article has no annotation of another version to delete; its annotation and digest
            // are read by nothing here, so they ride in the facts' batch
            List<org.jooq.Query> own = new ArrayList<>();
            // The commit does not wait for the disk: a crash can lose the last fraction of a second
            // of articles (whole transactions, never part of one), and the import that stored them
            // ends with a commit that does wait, which makes everything before it durable; an
            // import cut short is marked interrupted, and importing again stores what it lost.
            own.add(DSL.query("SET LOCAL synchronous_commit = off"));
            if (extraction.annotation() != null) {
                own.add(insertAnnotation(tx, id, extraction.annotation()));
            }
            own.add(keepDigest(tx, id, ExtractionDigest.of(extraction, lookups().fingerprint())));
            StoreResult.Imported imported = new FactWriter(tx, id, lookups(), Support.Withdrawn.NOTHING, own).write(extraction);
            if (imported.foundNothing()) {
                flag(tx, id, "nothing was extracted");
            }
            return imported;
        });
    }

    /**
     * Re-extraction of a stored article: nothing is written when the new extraction is the one last
     * stored (same facts, text and reference data) and brings no new annotation, which after a rule
     * change is most articles.
     */
    public StoreResult reextractIfChanged(StoredArticle article, Extraction extraction) {
        String digest = ExtractionDigest.of(extraction, lookups().fingerprint());
        if (extraction.annotation() == null && digest.equals(article.extractionDigest())) {
            return new StoreResult.Unchanged(article.id(),
                    extraction.meetings().isEmpty() && extraction.participants().isEmpty() && extraction.commitments().isEmpty());
        }
        return reextract(article.id(), extraction, digest);
    }

    /**
     * Replaces what extraction found in one stored article with a new extraction. Facts found again
     * keep their ids; rows archivists added or reviewed, and what other articles support, stay; what
     * they rejected, merged or moved does not come back where it was.
     */
    public StoreResult.Imported reextract(long articleId, Extraction extraction) {
        return reextract(articleId, extraction, ExtractionDigest.of(extraction, lookups().fingerprint()));
    }

    private StoreResult.Imported reextract(long articleId, Extraction extraction, String digest) {
        StoreLookups lookups = lookups();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            // Re-extraction rebuilds from what is stored: a crash can lose the last fraction of a
            // second of it (never consistency), and running it again redoes that; so the commit
            // does not wait for the disk, which was an eighth of its time.
            // An unchanged text is not rewritten (with its search vector and index entries). One batch, one round trip.
            tx.batch(DSL.query("SET LOCAL synchronous_commit = off"),
                    tx.update(ARTICLE).set(ARTICLE.TEXT, extraction.text())
                            .where(ARTICLE.ID.eq(articleId)).and(ARTICLE.TEXT.ne(extraction.text())),
                    keepDigest(tx, articleId, digest)).execute();
            keepAnnotation(tx, articleId, extraction);
            // taken back before, pruned after: what is found again keeps its row and its id
            Support.Withdrawn withdrawn = Support.withdraw(tx, articleId);
            StoreResult.Imported imported = new FactWriter(tx, articleId, lookups, withdrawn, Support.forgetLinksOfUnsupported(tx, withdrawn))
                    .write(extraction);
            Support.prune(tx, withdrawn);
            return imported;
        });
    }

    /** Whether an article with this content hash is stored (lets an import skip extracting it again). */
    public boolean contains(String sha256) {
        return dsl.fetchExists(ARTICLE, ARTICLE.SHA256.eq(sha256));
    }

    /** How many articles are stored with an id above {@code afterId}. */
    public int articleCount(long afterId) {
        return dsl.fetchCount(ARTICLE, ARTICLE.ID.gt(afterId));
    }

    /**
     * One page of stored articles as extraction needs them, the first {@code limit} with an id above
     * {@code afterId} in id order (keyset paging: each page is an index range, however many pages
     * came before), each with its stored annotation of the given annotator version (none when
     * {@code annotatorVersion} is null: the text is annotated again).
     */
    public List<StoredArticle> articlesAfter(long afterId, int limit, String annotatorVersion) {
        return new ArrayList<>(dsl.select(ARTICLE.ID, ARTICLE.TEXT, ARTICLE.TITLE, ARTICLE.PUBLISHED,
                        ARTICLE.PUBLISHED_PRECISION, ARTICLE.SOURCE_FILE, ARTICLE_ANNOTATION.ANNOTATION, EXTRACTION_DIGEST.DIGEST)
                .from(ARTICLE)
                .leftJoin(ARTICLE_ANNOTATION).on(ARTICLE_ANNOTATION.ARTICLE_ID.eq(ARTICLE.ID)
                        .and(ARTICLE_ANNOTATION.ANNOTATOR_VERSION.eq(annotatorVersion)))
                .leftJoin(EXTRACTION_DIGEST).on(EXTRACTION_DIGEST.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.ID.gt(afterId))
                .orderBy(ARTICLE.ID)
                .limit(limit)
                .fetch(r -> new StoredArticle(r.value1(), r.value2(), r.value3(), r.value4(),
                        DatePrecision.ofCode(r.value5()), r.value6(),
                        r.value7() == null ? null : new StoredAnnotation(annotatorVersion, r.value7()), r.value8())));
    }

    /** The article's annotation is kept in its current version only; older versions go. */
    private static void keepAnnotation(DSLContext tx, long articleId, Extraction extraction) {
        StoredAnnotation annotation = extraction.annotation();
        if (annotation == null) {
            return;
        }
        tx.deleteFrom(ARTICLE_ANNOTATION).where(ARTICLE_ANNOTATION.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_ANNOTATION.ANNOTATOR_VERSION.ne(annotation.annotatorVersion())).execute();
        tx.insertInto(ARTICLE_ANNOTATION)
                .set(ARTICLE_ANNOTATION.ARTICLE_ID, articleId)
                .set(ARTICLE_ANNOTATION.ANNOTATOR_VERSION, annotation.annotatorVersion())
                .set(ARTICLE_ANNOTATION.ANNOTATION, annotation.bytes())
                .onConflict(ARTICLE_ANNOTATION.ARTICLE_ID, ARTICLE_ANNOTATION.ANNOTATOR_VERSION)
                .doUpdate()
                .set(ARTICLE_ANNOTATION.ANNOTATION, annotation.bytes())
                .set(ARTICLE_ANNOTATION.ANNOTATED_AT, DSL.currentOffsetDateTime())
                .where(ARTICLE_ANNOTATION.ANNOTATION.ne(annotation.bytes()))
                .execute();
    }

    /** A new article's annotation: nothing to replace, so the bytes are sent once. */
    private static org.jooq.Query insertAnnotation(DSLContext tx, long articleId, StoredAnnotation annotation) {
        return tx.insertInto(ARTICLE_ANNOTATION)
                .set(ARTICLE_ANNOTATION.ARTICLE_ID, articleId)
                .set(ARTICLE_ANNOTATION.ANNOTATOR_VERSION, annotation.annotatorVersion())
                .set(ARTICLE_ANNOTATION.ANNOTATION, annotation.bytes());
    }

    private static org.jooq.Query keepDigest(DSLContext tx, long articleId, String digest) {
        return tx.insertInto(EXTRACTION_DIGEST).set(EXTRACTION_DIGEST.ARTICLE_ID, articleId).set(EXTRACTION_DIGEST.DIGEST, digest)
                .onConflict(EXTRACTION_DIGEST.ARTICLE_ID).doUpdate()
                .set(EXTRACTION_DIGEST.DIGEST, digest).set(EXTRACTION_DIGEST.STORED_AT, DSL.currentOffsetDateTime())
                .where(EXTRACTION_DIGEST.DIGEST.ne(digest));
    }

    private static Long insertArticle(DSLContext tx, NewArticle article, Extraction extraction, Long batchId) {
        boolean review = !article.reviewReasons().isEmpty();
        return tx.insertInto(ARTICLE)
                .set(ARTICLE.SHA256, article.sha256())
                .set(ARTICLE.ORIGINAL, article.original())
                .set(ARTICLE.ORIGINAL_ENCODING, article.encoding())
                .set(ARTICLE.MEDIA_TYPE, article.mediaType())
                .set(ARTICLE.TEXT, extraction.text())
                .set(ARTICLE.TITLE, article.title())
                .set(ARTICLE.OUTLET, article.outlet())
                .set(ARTICLE.URL, article.url())
                .set(ARTICLE.SOURCE_FILE, article.sourceFile())
                .set(ARTICLE.PUBLISHED, article.published())
                .set(ARTICLE.PUBLISHED_PRECISION, article.publishedPrecision().code())
                .set(ARTICLE.LANGUAGE, article.language())
                .set(ARTICLE.NEEDS_REVIEW, review)
                .set(ARTICLE.REVIEW_REASON, review ? String.join("; ", article.reviewReasons()) : null)
                .set(ARTICLE.BATCH_ID, batchId)
                .onConflict(ARTICLE.SHA256).doNothing()
                .returning(ARTICLE.ID)
                .fetchOptional(ARTICLE.ID)
                .orElse(null);
    }

    private static void flag(DSLContext tx, long articleId, String reason) {
        tx.update(ARTICLE)
                .set(ARTICLE.NEEDS_REVIEW, true)
                .set(ARTICLE.REVIEW_REASON, DSL.when(ARTICLE.REVIEW_REASON.isNull(), DSL.val(reason))
                        .otherwise(ARTICLE.REVIEW_REASON.concat("; " + reason)))
                .where(ARTICLE.ID.eq(articleId))
                .execute();
    }
}
