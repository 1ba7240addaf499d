package org.dialogues.analyst;

import java.util.List;

/**
 * The analyst queries the README documents, each written so that its filter reaches an index at
 * a million articles: party codes through {@code party_codes @> '{...}'} (GIN; Korea, a party to
 * nearly every meeting, as a filter {@code 'KR' = ANY (party_codes)}, since reading its long list
 * from the index costs more than checking the partner's rows), people through
 * {@code person_key(...)} (the unique name key), pages through {@code ORDER BY ... LIMIT}.
 */
public final class AnalystQueries {

    /** The values a run of the queries asks about. */
    public record Subject(String partner, int year, String person, long meetingId, String phrase) {

        public Subject {
            if (!partner.matches("[A-Z][A-Z0-9]{1,9}") || person.isBlank() || phrase.isBlank()) {
                throw new IllegalArgumentException("a partner code, a person's name and a search phrase are needed");
            }
        }
    }

    private AnalystQueries() {
    }

    public static List<AnalystQuery> documented(Subject s) {
        String partner = s.partner();
        String person = literal(s.person());
        return List.of(
                new AnalystQuery("meetings for a partner and year", """
                        SELECT id, start_date, name, city, status, participants FROM meeting_overview
                         WHERE party_codes @> '{%s}' AND 'KR' = ANY (party_codes)
                           AND start_date >= '%d-01-01' AND start_date < '%d-01-01'
                         ORDER BY start_date DESC, id""".formatted(partner, s.year(), s.year() + 1)),
                new AnalystQuery("open commitments for a partner, newest 50", """
                        SELECT id, kind, text, meeting_name, meeting_date, sentence, article_id FROM commitment_overview
                         WHERE status = 'open' AND party_codes @> '{%s}'
                         ORDER BY id DESC LIMIT 50""".formatted(partner)),
                new AnalystQuery("activity by quarter for a partner", """
                        SELECT quarter, meetings_held, meetings_planned, commitments, participations
                          FROM dialogue_activity_by_quarter WHERE partner = '%s' ORDER BY quarter""".formatted(partner)),
                new AnalystQuery("a person's meetings", """
                        SELECT m.id, m.start_date, m.name, pa.title
                          FROM participation pa JOIN meeting m ON m.id = pa.meeting_id
                         WHERE pa.person_id IN (SELECT id FROM person WHERE name_key = person_key(%s)
                                                UNION SELECT person_id FROM person_alias WHERE alias_key = person_key(%s))
                         ORDER BY m.start_date DESC NULLS LAST, m.id""".formatted(person, person)),
                new AnalystQuery("meetings with a participant, newest 50", """
                        SELECT id, start_date, name, parties, participants FROM meeting_overview
                         WHERE id IN (SELECT pa.meeting_id FROM participation pa JOIN person p ON p.id = pa.person_id
                                       WHERE p.name_key = person_key(%s))
                         ORDER BY start_date DESC NULLS LAST, id LIMIT 50""".formatted(person)),
                new AnalystQuery("articles without findings, first page", """
                        SELECT id, title, outlet, published FROM article_without_findings ORDER BY id LIMIT 50"""),
                new AnalystQuery("sources of a meeting", """
                        SELECT e.article_id, a.title, a.outlet, a.published, e.sentence
                          FROM evidence_sentence e JOIN article a ON a.id = e.article_id
                         WHERE e.fact_kind = 'meeting' AND e.fact_id = %d
                         ORDER BY a.published, e.article_id""".formatted(s.meetingId())),
                search("ranked full-text search, top 20", s.phrase()));
    }

    /** Ranked full-text search (websearch syntax: "a phrase", or, -word), the 20 best. */
    public static AnalystQuery search(String name, String phrase) {
        return new AnalystQuery(name, """
                SELECT id, title, published, ts_rank(search, query) AS rank
                  FROM article, websearch_to_tsquery('english', %s) AS query
                 WHERE search @@ query ORDER BY rank DESC, id LIMIT 20""".formatted(literal(phrase)));
    }

    /** An SQL string literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
