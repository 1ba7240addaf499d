package org.dialogues.cli;

import org.jooq.DSLContext;

/**
 * Fills a throw-away database with a synthetic archive in a few set-based statements: articles,
 * meetings spread over every known series and 25 years, people, participations, commitments and
 * the evidence that ties each to an article. Every constraint holds; the shapes are what the
 * per-article statements of the store have to find their way through (the same series, dates and
 * name keys as real articles, many rows around them).
 */
final class SyntheticArchive {

    private SyntheticArchive() {
    }

    /** Adds {@code articles} articles with half as many meetings, twice as many participations and 0.75 as many commitments. */
    static void fill(DSLContext dsl, int articles) {
        int meetings = Math.max(1, articles / 2);
        int people = Math.max(1, articles / 5);
        dsl.execute("""
                INSERT INTO article (sha256, original, original_encoding, media_type, text, title, published, published_precision)
                SELECT md5('synthetic' || i) || md5('article' || i), convert_to('synthetic article ' || i, 'UTF8'), 'UTF-8', 'text/plain',
                       'Synthetic article ' || i || '. South Korea and its partner held talks on security and defense cooperation.',
                       'Synthetic ' || i, DATE '2000-01-01' + (i % 9000), 'day'
                FROM generate_series(1, ?) AS i""", articles);
        dsl.execute("""
                INSERT INTO meeting (natural_key, name, series_id, start_date, date_precision, city, status)
                SELECT 'synthetic:' || i, 'synthetic talks ' || i, s.id, DATE '2000-01-01' + (i % 9000), 'day', 'Seoul',
                       CASE WHEN i % 10 = 0 THEN 'planned' ELSE 'held' END
                FROM generate_series(1, ?) AS i
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM dialogue_series) s
                  ON s.n = i % s.total""", meetings);
        dsl.execute("""
                INSERT INTO meeting_party (meeting_id, party_code)
                SELECT m.id, p.code FROM meeting m CROSS JOIN (VALUES ('KR'), ('US')) AS p(code)
                WHERE m.natural_key LIKE 'synthetic:%'""");
        dsl.execute("""
                INSERT INTO person (name, name_key)
                SELECT 'Synthetic Person ' || i, 'syntheticperson' || i FROM generate_series(1, ?) AS i""", people);
        dsl.execute("""
                INSERT INTO person_alias (alias_key, person_id, alias)
                SELECT name_key, id, name FROM person WHERE name_key LIKE 'syntheticperson%'""");
        // ids are read once into arrays so that each generated row picks its meeting, person and article by position
        dsl.execute("""
                WITH m AS (SELECT array_agg(id ORDER BY id) AS ids FROM meeting WHERE natural_key LIKE 'synthetic:%'),
                     p AS (SELECT array_agg(id ORDER BY id) AS ids FROM person WHERE name_key LIKE 'syntheticperson%')
                INSERT INTO participation (meeting_id, person_id, title)
                SELECT DISTINCT m.ids[1 + i % cardinality(m.ids)], p.ids[1 + (i * 7 + i / cardinality(m.ids)) % cardinality(p.ids)], 'minister'
                FROM generate_series(0, ? - 1) AS i, m, p
                ON CONFLICT DO NOTHING""", articles * 2);
        dsl.execute("""
                WITH m AS (SELECT array_agg(id ORDER BY id) AS ids FROM meeting WHERE natural_key LIKE 'synthetic:%')
                INSERT INTO commitment (natural_key, meeting_id, kind, text)
                SELECT 'synthetic:' || i, m.ids[1 + i % cardinality(m.ids)], 'agree', 'hold the next round of talks ' || i
                FROM generate_series(0, ? - 1) AS i, m""", articles * 3 / 4);
        String articleIds = "(SELECT array_agg(id ORDER BY id) AS ids FROM article WHERE title LIKE 'Synthetic %')";
        dsl.execute("WITH a AS " + articleIds + """
                INSERT INTO meeting_evidence (meeting_id, article_id, sentence_start, sentence_end, role, confidence)
                SELECT m.id, a.ids[1 + (m.id % cardinality(a.ids))], 0, 20, 'report', 0.9
                FROM meeting m, a WHERE m.natural_key LIKE 'synthetic:%'""");
        dsl.execute("WITH a AS " + articleIds + """
                INSERT INTO participation_evidence (participation_id, article_id, sentence_start, sentence_end, confidence)
                SELECT x.id, a.ids[1 + (x.meeting_id % cardinality(a.ids))], 0, 20, 0.8
                FROM participation x JOIN meeting m ON m.id = x.meeting_id, a WHERE m.natural_key LIKE 'synthetic:%'""");
        dsl.execute("WITH a AS " + articleIds + """
                INSERT INTO commitment_evidence (commitment_id, article_id, sentence_start, sentence_end, confidence)
                SELECT c.id, a.ids[1 + (c.meeting_id % cardinality(a.ids))], 21, 40, 0.8
                FROM commitment c, a WHERE c.natural_key LIKE 'synthetic:%'""");
        dsl.execute("ANALYZE");
    }
}
