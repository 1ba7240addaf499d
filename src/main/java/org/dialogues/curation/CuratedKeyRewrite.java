package org.dialogues.curation;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.dialogues.database.schema.Tables.CURATED_KEY;

/**
 * Keys of curated participations and commitments name meeting and person ids; when a merge makes
 * one id another, the decisions recorded under the old keys move to the new ones.
 */
final class CuratedKeyRewrite {

    private CuratedKeyRewrite() {
    }

    /** Keys starting with {@code from} start with {@code to} instead; where both exist, the one already under the new key stays. */
    static void prefix(DSLContext tx, String from, String to) {
        var oldKey = CURATED_KEY.FACT_KEY;
        var newKey = DSL.val(to).concat(DSL.substring(oldKey, from.length() + 1));
        var clash = CURATED_KEY.as("clash");
        tx.deleteFrom(CURATED_KEY).where(oldKey.startsWith(from))
                .andExists(DSL.selectOne().from(clash).where(clash.FACT_KIND.eq(CURATED_KEY.FACT_KIND)).and(clash.FACT_KEY.eq(newKey)))
                .execute();
        tx.update(CURATED_KEY).set(CURATED_KEY.FACT_KEY, newKey).where(oldKey.startsWith(from)).execute();
    }

    /** Keys ending with {@code from} end with {@code to} instead. */
    static void suffix(DSLContext tx, String from, String to) {
        var oldKey = CURATED_KEY.FACT_KEY;
        var newKey = DSL.substring(oldKey, 1, DSL.length(oldKey).minus(from.length())).concat(DSL.val(to));
        var clash = CURATED_KEY.as("clash");
        tx.deleteFrom(CURATED_KEY).where(oldKey.endsWith(from))
                .andExists(DSL.selectOne().from(clash).where(clash.FACT_KIND.eq(CURATED_KEY.FACT_KIND)).and(clash.FACT_KEY.eq(newKey)))
                .execute();
        tx.update(CURATED_KEY).set(CURATED_KEY.FACT_KEY, newKey).where(oldKey.endsWith(from)).execute();
    }
}
