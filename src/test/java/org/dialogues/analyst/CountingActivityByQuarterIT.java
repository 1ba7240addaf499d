package org.dialogues.analyst;

import org.dialogues.database.ActivityRecount;
import org.dialogues.database.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dialogue_activity_by_quarter reads a summary kept by V048's triggers from V047's per-meeting
 * counts, and meeting_overview reads the participants V047 stores: they must say what a count from
 * scratch says after every kind of write (facts added, deleted, moved, a meeting merged away,
 * redated, given other parties, deleted with its facts, a person renamed), with the expected figures.
 */
class CountingActivityByQuarterIT {

    private TestDatabase db;
    private DSLContext dsl;
    private long seoul;
    private long tokyo;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        dsl = db.dsl();
        seoul = meeting("seoul", "2025-02-10", "day", "held", "KR", "JP", "US");
        tokyo = meeting("tokyo", "2025-03-20", "month", "planned", "KR", "JP");
        meeting("undated-year", "2025-01-01", "year", "held", "KR", "JP");   // known only to the year: left out
        meeting("without-korea", "2025-02-11", "day", "held", "JP", "US");
        long han = person("Han Mi-rae");
        dsl.execute("INSERT INTO participation (meeting_id, person_id) VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?)",
                seoul, han, seoul, person("Ito Kenji"), seoul, person("Alan Porter"), tokyo, han, tokyo, person("Seo Yun-ju"));
        dsl.execute("INSERT INTO commitment (natural_key, kind, text, meeting_id) VALUES ('c1', 'pledge', 'meet again', ?), "
                + "('c2', 'agree', 'a hotline', ?), ('c3', 'pledge', 'a visit', ?)", seoul, seoul, tokyo);
    }

    @AfterEach
    void tearDown() {
        try {
            assertThat(ActivityRecount.allDifferences(dsl)).isEmpty();
        } finally {
            db.close();
        }
    }

    @Test
    void countsEachPartnersMeetingsCommitmentsAndParticipationsPerQuarter() {
        assertThat(row("JP", "2025-Q1")).isEqualTo("1 1 3 5");
        assertThat(row("US", "2025-Q1")).isEqualTo("1 0 2 3");
        assertThat(dsl.fetchCount(dsl.selectFrom("dialogue_activity_by_quarter"))).isEqualTo(2);
        assertThat(ActivityRecount.differences(dsl)).isEmpty();
    }

    @Test
    void followsDeletedAndMovedFacts() {
        dsl.execute("DELETE FROM participation WHERE meeting_id = ? AND person_id = (SELECT min(person_id) FROM participation)", seoul);
        dsl.execute("UPDATE commitment SET meeting_id = ? WHERE natural_key = 'c1'", tokyo);
        dsl.execute("UPDATE commitment SET status = 'fulfilled' WHERE natural_key = 'c2'");   // not a move: nothing changes
        dsl.execute("UPDATE commitment SET meeting_id = NULL WHERE natural_key = 'c3'");

        assertThat(row("JP", "2025-Q1")).isEqualTo("1 1 2 4");
        assertThat(row("US", "2025-Q1")).isEqualTo("1 0 1 2");
        assertThat(ActivityRecount.differences(dsl)).isEmpty();
    }

    @Test
    void followsAMeetingRedatedGivenOtherPartiesOrDeleted() {
        dsl.execute("UPDATE meeting SET start_date = '2025-07-01', status = 'cancelled' WHERE id = ?", tokyo);
        assertThat(row("JP", "2025-Q3")).isEqualTo("0 0 1 2");
        dsl.execute("DELETE FROM meeting_party WHERE meeting_id = ? AND party_code = 'US'", seoul);
        dsl.execute("INSERT INTO meeting_party (meeting_id, party_code) VALUES (?, 'AU')", seoul);
        assertThat(row("US", "2025-Q1")).isNull();
        assertThat(row("AU", "2025-Q1")).isEqualTo("1 0 2 3");
        assertThat(ActivityRecount.differences(dsl)).isEmpty();

        dsl.execute("DELETE FROM meeting WHERE id = ?", seoul);   // its participations go, its commitments stay unattached
        assertThat(row("JP", "2025-Q1")).isNull();
        assertThat(row("AU", "2025-Q1")).isNull();
        assertThat(ActivityRecount.differences(dsl)).isEmpty();
    }

    @Test
    void followsAMergeDoneAsCurationDoesIt() {
        // the shape of MeetingMerge: facts moved to the meeting kept (but a person already there), the other one deleted
        dsl.execute("UPDATE participation SET meeting_id = ? WHERE meeting_id = ? AND person_id NOT IN (SELECT person_id FROM participation WHERE meeting_id = ?)",
                seoul, tokyo, seoul);
        dsl.execute("UPDATE commitment SET meeting_id = ? WHERE meeting_id = ?", seoul, tokyo);
        dsl.execute("DELETE FROM meeting WHERE id = ?", tokyo);

        assertThat(row("JP", "2025-Q1")).isEqualTo("1 0 3 4");
        assertThat(ActivityRecount.differences(dsl)).isEmpty();
    }

    @Test
    void listsParticipantsAgainWhenTheyChangeOrArePersonsRenamed() {
        assertThat(participants(tokyo)).isEqualTo("Han Mi-rae; Seo Yun-ju");
        dsl.execute("UPDATE participation SET title = 'Foreign Minister' WHERE meeting_id = ? AND person_id = ?", tokyo,
                value("SELECT id FROM person WHERE name = 'Seo Yun-ju'"));
        dsl.execute("UPDATE person SET name = 'Han Mi-ra' WHERE name = 'Han Mi-rae'");
        assertThat(participants(tokyo)).isEqualTo("Han Mi-ra; Seo Yun-ju (Foreign Minister)");
        assertThat(participants(seoul)).isEqualTo("Alan Porter; Han Mi-ra; Ito Kenji");
        dsl.execute("DELETE FROM person WHERE name = 'Seo Yun-ju'");
        assertThat(participants(tokyo)).isEqualTo("Han Mi-ra");
        dsl.execute("DELETE FROM participation WHERE meeting_id = ?", tokyo);
        assertThat(participants(tokyo)).isNull();
    }

    private String participants(long meeting) {
        return dsl.fetchOne("SELECT participants FROM meeting_overview WHERE id = ?", meeting).get(0, String.class);
    }

    /** held, planned, commitments, participations of a partner's quarter, or null when the view has no row. */
    private String row(String partner, String quarter) {
        Record r = dsl.fetchOne("SELECT meetings_held, meetings_planned, commitments, participations FROM dialogue_activity_by_quarter "
                + "WHERE partner = ? AND quarter = ?", partner, quarter);
        return r == null ? null : r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3);
    }

    private long person(String name) {
        return value("INSERT INTO person (name, name_key) VALUES (?, person_key(?)) RETURNING id", name, name);
    }

    private long value(String sql, Object... bindings) {
        return dsl.fetchOne(sql, bindings).get(0, Long.class);
    }

    private long meeting(String key, String date, String precision, String status, String... parties) {
        long id = value("INSERT INTO meeting (natural_key, name, start_date, date_precision, status) "
                + "VALUES (?, ?, ?::date, ?, ?) RETURNING id", key, key + " talks", date, precision, status);
        for (String party : parties) {
            dsl.execute("INSERT INTO meeting_party (meeting_id, party_code) VALUES (?, ?)", id, party);
        }
        return id;
    }
}
