package org.dialogues.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.dialogues.database.schema.Tables.CURATED_KEY;

/**
 * What archivists decided about facts extraction may find again, for the keys of one article's
 * facts: read in one query (meetings first, whose ids the other keys name; then participations and
 * commitments together), so an article with nothing curated costs two index probes.
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

    /** Outcomes by kind of fact, then by key. */
    private final Map<String, Map<String, Outcome>> outcomes;

    private CuratedKeys(Map<String, Map<String, Outcome>> outcomes) {
        this.outcomes = outcomes;
    }

    static CuratedKeys of(DSLContext tx, String factKind, List<String> keys) {
        return of(tx, Map.of(factKind, keys));
    }

    /** The outcomes for the keys of several kinds of fact, in one query. */
    static CuratedKeys of(DSLContext tx, Map<String, List<String>> keysByKind) {
        if (keysByKind.values().stream().allMatch(List::isEmpty)) {
            return new CuratedKeys(Map.of());
        }
        return from(query(tx, keysByKind).fetch());
    }

    /** The query of {@link #of}: kind, key and id (null: rejected) of what was curated, for a caller to send with another. */
    static org.jooq.Select<org.jooq.Record3<String, String, Long>> query(DSLContext tx, Map<String, List<String>> keysByKind) {
        Condition wanted = DSL.or(keysByKind.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> CURATED_KEY.FACT_KIND.eq(e.getKey()).and(CURATED_KEY.FACT_KEY.in(e.getValue()))).toList());
        return tx.select(CURATED_KEY.FACT_KIND, CURATED_KEY.FACT_KEY, CURATED_KEY.FACT_ID).from(CURATED_KEY).where(wanted);
    }

    /** The outcomes in rows of {@link #query}. */
    static CuratedKeys from(Iterable<? extends org.jooq.Record3<String, String, Long>> rows) {
        Map<String, Map<String, Outcome>> outcomes = new HashMap<>();
        rows.forEach(r -> outcomes.computeIfAbsent(r.value1(), kind -> new HashMap<>())
                .put(r.value2(), r.value3() == null ? REJECTED : new LeadsTo(r.value3())));
        return new CuratedKeys(outcomes);
    }

    Outcome outcome(String factKind, String key) {
        return outcomes.getOrDefault(factKind, Map.of()).getOrDefault(key, AS_EXTRACTED);
    }
}
