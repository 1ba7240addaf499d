package org.dialogues.analyst;

import org.dialogues.database.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic knowledge base of {@code benchmark scale}, at 2,000 articles: it keeps the schema's
 * promises, and each documented analyst query, run as dialogues_reader, returns the rows that the
 * base tables give when asked directly (without the views or the stored columns).
 */
class AnalystQueriesOnASyntheticBaseIT {

    private static final AnalystQueries.Subject SUBJECT = new AnalystQueries.Subject("JP", 2025, "Kim Tae-yul", 321, "\"sapphire lantern\"");

    private static TestDatabase db;
    private static DSLContext dsl;
    private static List<AnalystQuery> queries;

    @BeforeAll
    static void build() {
        db = TestDatabase.create();
        dsl = db.dsl();
        SyntheticKnowledgeBase.build(db.dataSource(), 2_000, new PrintWriter(Writer.nullWriter()));
        queries = AnalystQueries.documented(SUBJECT);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void hasTheProportionsOfAnArchive() {
        assertThat(count("article")).isEqualTo(2_000);
        assertThat(count("meeting")).isEqualTo(1_000);
        assertThat(count("commitment")).isEqualTo(1_500);
        assertThat(count("participation")).isBetween(3_600L, 4_000L);
        assertThat(count("article_without_findings")).isEqualTo(200);
        assertThat(value(Long.class, "SELECT count(DISTINCT party_code) FROM meeting_party")).isGreaterThan(20L);
        assertThat(value(Boolean.class, "SELECT min(start_date) >= '2000-01-01' AND max(start_date) <= '2026-12-31' FROM meeting")).isTrue();
    }

    @Test
    void keepsTheStoredColumnsRight() {
        assertThat(value(Long.class, """
                SELECT count(*) FROM meeting m
                 WHERE party_codes IS DISTINCT FROM coalesce((SELECT array_agg(party_code ORDER BY party_code)
                                                                FROM meeting_party mp WHERE mp.meeting_id = m.id), '{}')""")).isZero();
        assertThat(value(Long.class, """
                SELECT count(*) FROM commitment c
                 WHERE party_codes IS DISTINCT FROM coalesce((SELECT array_agg(party_code ORDER BY party_code)
                                                                FROM commitment_party cp WHERE cp.commitment_id = c.id), '{}')""")).isZero();
        assertThat(value(Long.class, """
                SELECT count(*) FROM participation_evidence e JOIN article a ON a.id = e.article_id
                 WHERE e.sentence <> substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
                    OR e.sentence !~ '^Delegations .*\\.$'""")).isZero();
    }

    /** New rows after the synthetic ones take fresh ids: the identities were moved past them. */
    @Test
    void leavesTheIdentitiesPastItsRows() {
        long article = value(Long.class, """
                INSERT INTO article (sha256, original, original_encoding, media_type, text)
                VALUES (repeat('a', 64), '\\x41', 'UTF-8', 'text/plain', 'A later article.') RETURNING id""");
        long meeting = value(Long.class, "INSERT INTO meeting (natural_key, name) VALUES ('later', 'Later talks') RETURNING id");
        assertThat(article).isGreaterThan(2_000L);
        assertThat(meeting).isGreaterThan(1_000L);
        dsl.execute("DELETE FROM article WHERE id = ?", article);
        dsl.execute("DELETE FROM meeting WHERE id = ?", meeting);
    }

    @Test
    void meetingsForAPartnerAndYear() throws SQLException {
        assertThat(firstColumn("meetings for a partner and year")).isNotEmpty().isEqualTo(ids("""
                SELECT m.id FROM meeting m
                 WHERE EXISTS (SELECT 1 FROM meeting_party p WHERE p.meeting_id = m.id AND p.party_code = 'KR')
                   AND EXISTS (SELECT 1 FROM meeting_party p WHERE p.meeting_id = m.id AND p.party_code = 'JP')
                   AND m.start_date >= '2025-01-01' AND m.start_date < '2026-01-01'
                 ORDER BY m.start_date DESC, m.id"""));
    }

    @Test
    void openCommitmentsForAPartner() throws SQLException {
        assertThat(firstColumn("open commitments for a partner, newest 50")).hasSize(50).isEqualTo(ids("""
                SELECT c.id FROM commitment c
                 WHERE c.status = 'open' AND EXISTS (SELECT 1 FROM commitment_party p WHERE p.commitment_id = c.id AND p.party_code = 'JP')
                 ORDER BY c.id DESC LIMIT 50"""));
    }

    @Test
    void activityByQuarterForAPartner() throws SQLException {
        assertThat(rows("activity by quarter for a partner")).isNotEmpty().isEqualTo(rowsAsReader("""
                SELECT to_char(m.start_date, 'YYYY-"Q"Q'),
                       count(*) FILTER (WHERE m.status = 'held'), count(*) FILTER (WHERE m.status = 'planned'),
                       coalesce(sum((SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id)), 0),
                       coalesce(sum((SELECT count(*) FROM participation pa WHERE pa.meeting_id = m.id)), 0)
                  FROM meeting m
                  JOIN meeting_party k ON k.meeting_id = m.id AND k.party_code = 'KR'
                  JOIN meeting_party p ON p.meeting_id = m.id AND p.party_code = 'JP'
                 WHERE m.date_precision IN ('day', 'month')
                 GROUP BY 1 ORDER BY 1"""));
    }

    @Test
    void aPersonsMeetingsWhateverTheSpelling() throws SQLException {
        List<Long> expected = ids("""
                SELECT m.id FROM participation pa JOIN person p ON p.id = pa.person_id JOIN meeting m ON m.id = pa.meeting_id
                 WHERE p.name = 'Kim Tae-yul' ORDER BY m.start_date DESC NULLS LAST, m.id""");
        assertThat(firstColumn("a person's meetings")).isNotEmpty().isEqualTo(expected);
        String otherSpelling = AnalystQueries.documented(new AnalystQueries.Subject("JP", 2025, "TAE YUL KIM", 1, "x")).get(3).sql();
        assertThat(firstColumnOf(otherSpelling)).isEqualTo(expected);
    }

    @Test
    void meetingsWithAParticipant() throws SQLException {
        assertThat(firstColumn("meetings with a participant, newest 50")).isNotEmpty().isEqualTo(ids("""
                SELECT m.id FROM meeting m
                 WHERE m.id IN (SELECT pa.meeting_id FROM participation pa JOIN person p ON p.id = pa.person_id WHERE p.name = 'Kim Tae-yul')
                 ORDER BY m.start_date DESC NULLS LAST, m.id LIMIT 50"""));
    }

    @Test
    void articlesWithoutFindings() throws SQLException {
        assertThat(firstColumn("articles without findings, first page")).hasSize(50).isEqualTo(ids("""
                SELECT a.id FROM article a
                 WHERE a.id NOT IN (SELECT article_id FROM meeting_evidence UNION SELECT article_id FROM participation_evidence
                                    UNION SELECT article_id FROM commitment_evidence)
                 ORDER BY a.id LIMIT 50"""));
    }

    @Test
    void sourcesOfAMeeting() throws SQLException {
        List<List<String>> sources = rows("sources of a meeting");
        assertThat(sources).isNotEmpty();
        assertThat(sources.stream().map(row -> Long.parseLong(row.get(0))).toList()).isEqualTo(ids("""
                SELECT e.article_id FROM meeting_evidence e JOIN article a ON a.id = e.article_id
                 WHERE e.meeting_id = 321 ORDER BY a.published, e.article_id"""));
        assertThat(sources).allSatisfy(row -> assertThat(row.get(4)).startsWith("SEOUL, ").contains("archive report " + row.get(0) + "."));
    }

    @Test
    void rankedFullTextSearch() throws SQLException {
        List<Long> found = firstColumn("ranked full-text search, top 20");
        List<Long> containing = ids("SELECT id FROM article WHERE text LIKE '%Sapphire Lantern initiative%' ORDER BY id");
        assertThat(containing).hasSizeGreaterThan(1);
        assertThat(found).hasSize(Math.min(20, containing.size())).isSubsetOf(containing);
    }

    private static long count(String table) {
        return value(Long.class, "SELECT count(*) FROM " + table);
    }

    private static List<Long> ids(String sql) {
        return dsl.fetch(sql).getValues(0, Long.class);
    }

    private static List<Long> firstColumn(String name) throws SQLException {
        return firstColumnOf(query(name).sql());
    }

    private static List<Long> firstColumnOf(String sql) throws SQLException {
        return rowsAsReader(sql).stream().map(row -> Long.parseLong(row.get(0))).toList();
    }

    private static List<List<String>> rows(String name) throws SQLException {
        return rowsAsReader(query(name).sql());
    }

    private static List<List<String>> rowsAsReader(String sql) throws SQLException {
        try (Connection reader = asReader()) {
            return rowsOf(reader, sql);
        }
    }

    /** As analysts connect: the reader role, whose sessions are read-only. */
    private static Connection asReader() throws SQLException {
        return db.dataSourceAs("dialogues_reader", null).getConnection();
    }

    private static List<List<String>> rowsOf(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static AnalystQuery query(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static <T> T value(Class<T> type, String sql, Object... bindings) {
        return dsl.fetchOne(sql, bindings).get(0, type);
    }
}
