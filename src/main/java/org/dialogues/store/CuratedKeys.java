package org.dialogues.store;

import org.jooq.DSLContext;

import java.util.List;
import java.util.Map;

import static org.dialogues.database.schema.Tables.CURATED_KEY;

/**
 * What archivists decided about facts extraction may find again, for the keys of one article's
 * facts: read in one query per kind of fact, so an article with nothing curated costs one index
 * probe per kind.
 */
final class CuratedKeys {

    /** What to do with a fact found again. */
    sealed interface Outcome permits AsExtracted, Rejected, LeadsTo {
    }

    /** Nothing was decided: store it as extracted. */
    record AsExtracted() implements Outcome {
    }

    /** An archivist rejected it: it must not come back. */
    record Rejected() implements Outcome {
    }

    /** It was merged or moved: what is found of it goes to this row. */
    record LeadsTo(long id) implements Outcome {
    }

    private static final Outcome AS_EXTRACTED = new AsExtracted();
    private static final Outcome REJECTED = new Rejected();

    private final Map<String, Outcome> outcomes;

    private CuratedKeys(Map<String, Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    static CuratedKeys of(DSLContext tx, String factKind, List<String> keys) {
        if (keys.isEmpty()) {
            return new CuratedKeys(Map.of());
        }
        return new CuratedKeys(tx.select(CURATED_KEY.FACT_KEY, CURATED_KEY.FACT_ID).from(CURATED_KEY)
                .where(CURATED_KEY.FACT_KIND.eq(factKind)).and(CURATED_KEY.FACT_KEY.in(keys))
                .fetchMap(r -> r.value1(), r -> r.value2() == null ? REJECTED : new LeadsTo(r.value2())));
    }

    Outcome outcome(String key) {
        return outcomes.getOrDefault(key, AS_EXTRACTED);
    }
}
