package org.dialogues.database;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.PARTY;
import static org.dialogues.database.schema.Tables.PARTY_ALIAS;

class SchemaIT {

    private static TestDatabase db;
    private static DSLContext dsl;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        dsl = db.dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void migratingAgainChangesNothing() {
        Migrations migrations = new Migrations(db.dataSource());
        assertThat(migrations.migrate()).isZero();
        assertThat(migrations.pendingCount()).isZero();
        assertThat(migrations.currentVersion()).isEqualTo(migrations.latestVersion());
    }

    @Test
    void seedsEveryUnMemberStateAndTheMainOrganizations() {
        assertThat(dsl.fetchCount(PARTY, PARTY.UN_MEMBER.isTrue())).isEqualTo(193);
        assertThat(dsl.select(PARTY.CODE).from(PARTY).where(PARTY.KIND.eq("organization")).fetch(PARTY.CODE))
                .contains("EU", "NATO", "UN", "ASEAN");
        assertThat(dsl.select(PARTY_ALIAS.PARTY_CODE).from(PARTY_ALIAS)
                .where(PARTY_ALIAS.ALIAS.in("ROK", "Republic of Korea", "Seoul", "South Korean")).fetch(PARTY_ALIAS.PARTY_CODE))
                .containsOnly("KR").hasSize(4);
        assertThat(dsl.select(PARTY_ALIAS.PARTY_CODE).from(PARTY_ALIAS)
                .where(PARTY_ALIAS.ALIAS.in("DPRK", "Pyongyang", "North Korea")).fetch(PARTY_ALIAS.PARTY_CODE))
                .containsOnly("KP").hasSize(3);
    }

    @Test
    void rejectsAMeetingThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> dsl.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, "bad-dates")
                .set(MEETING.NAME, "Backwards talks")
                .set(MEETING.START_DATE, LocalDate.of(2025, 3, 10))
                .set(MEETING.END_DATE, LocalDate.of(2025, 3, 9))
                .set(MEETING.DATE_PRECISION, "day")
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("meeting_dates_ordered");
    }

    @Test
    void rejectsAnUnknownPartyCode() {
        long id = dsl.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, "unknown-party")
                .set(MEETING.NAME, "Talks")
                .returning(MEETING.ID).fetchOne(MEETING.ID);
        assertThatThrownBy(() -> dsl.insertInto(MEETING_PARTY).set(MEETING_PARTY.MEETING_ID, id).set(MEETING_PARTY.PARTY_CODE, "XX").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("meeting_party_party_code_fkey");
    }

    @Test
    void rejectsAMalformedPartyCode() {
        assertThatThrownBy(() -> dsl.insertInto(PARTY).set(PARTY.CODE, "kor").set(PARTY.NAME, "Lower case").set(PARTY.KIND, "state").execute())
                .hasMessageContaining("party_code_well_formed");
    }

    @Test
    void rejectsADuplicateArticleHash() {
        String hash = "a".repeat(64);
        insertArticle(hash);
        assertThatThrownBy(() -> insertArticle(hash))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("article_sha256_key");
    }

    @Test
    void articleTextIsSearchableByFullText() {
        dsl.insertInto(ARTICLE)
                .set(ARTICLE.SHA256, "b".repeat(64))
                .set(ARTICLE.ORIGINAL, "x".getBytes())
                .set(ARTICLE.ORIGINAL_ENCODING, "UTF-8")
                .set(ARTICLE.MEDIA_TYPE, "text/plain")
                .set(ARTICLE.TEXT, "The allies held a cyber security dialogue in Canberra.")
                .execute();
        Integer hits = (Integer) dsl.fetchValue("SELECT count(*)::int FROM article WHERE search @@ websearch_to_tsquery('english', 'cyber dialogues')");
        assertThat(hits).isEqualTo(1);
    }

    @Test
    void readerRoleCanSelectButNotWrite() throws SQLException {
        try (Connection reader = db.dataSourceAs("dialogues_reader", null).getConnection();
             var statement = reader.createStatement()) {
            var rs = statement.executeQuery("SELECT count(*) FROM meeting_overview");
            assertThat(rs.next()).isTrue();
            assertThatThrownBy(() -> statement.execute("INSERT INTO topic (code, label) VALUES ('x', 'X')"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("UPDATE party SET name = 'X' WHERE code = 'KR'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("DELETE FROM party_alias"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void evidenceSentencesAreReadRightAfterAnEmojiOrHangul() {
        String text = "\uD83D\uDE80 발사. Seoul and Tokyo agreed to talk.";
        String sentence = "Seoul and Tokyo agreed to talk.";
        int start = text.indexOf(sentence);   // Java's index: the rocket counts two
        assertThat(dsl.fetchValue("SELECT evidence_text(?, ?, ?)", text, start, start + sentence.length())).isEqualTo(sentence);
        assertThat(dsl.fetchValue("SELECT evidence_text(?, 0, 2)", text)).isEqualTo("\uD83D\uDE80");
        assertThat(dsl.fetchValue("SELECT evidence_text('plain text', 6, 10)")).isEqualTo("text");
    }

    @Test
    void titlesArePrintedWithoutTheWordsThatOnlyPlacedThemInTheSentence() {
        assertThat(dsl.fetchValue("SELECT display_title('South Korean President')")).isEqualTo("President");
        assertThat(dsl.fetchValue("SELECT display_title('president')")).isEqualTo("President");
        assertThat(dsl.fetchValue("SELECT display_title('then Defense Minister')")).isEqualTo("Defense Minister");
        assertThat(dsl.fetchValue("SELECT display_title('South Korea''s Defense Minister')")).isEqualTo("Defense Minister");
        assertThat(dsl.fetchValue("SELECT display_title('U.S. Secretary of Defense')")).isEqualTo("Secretary of Defense");
        assertThat(dsl.fetchValue("SELECT display_title('EU’s High Representative for Foreign Affairs')")).isEqualTo("High Representative for Foreign Affairs");
        assertThat(dsl.fetchValue("SELECT display_title('Deputy Minister for National Defense Policy')"))
                .isEqualTo("Deputy Minister for National Defense Policy");
        assertThat(dsl.fetchValue("SELECT display_title(NULL)")).isNull();
    }

    @Test
    void everyTableAndColumnIsDocumented() {
        var undocumented = dsl.fetch("""
                SELECT c.table_name || '.' || c.column_name AS what
                  FROM information_schema.columns c
                  JOIN pg_class t ON t.relname = c.table_name AND t.relkind IN ('r', 'v')
                  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
                 WHERE c.table_schema = 'public' AND c.table_name <> 'flyway_schema_history'
                   AND col_description(t.oid, c.ordinal_position) IS NULL
                UNION ALL
                SELECT t.relname FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = 'public' AND t.relkind IN ('r', 'v') AND t.relname <> 'flyway_schema_history'
                   AND obj_description(t.oid, 'pg_class') IS NULL
                """).getValues(0, String.class);
        assertThat(undocumented).isEmpty();
    }

    private void insertArticle(String hash) {
        dsl.insertInto(ARTICLE)
                .set(ARTICLE.SHA256, hash)
                .set(ARTICLE.ORIGINAL, "x".getBytes())
                .set(ARTICLE.ORIGINAL_ENCODING, "UTF-8")
                .set(ARTICLE.MEDIA_TYPE, "text/plain")
                .set(ARTICLE.TEXT, "Some text.")
                .execute();
    }
}
