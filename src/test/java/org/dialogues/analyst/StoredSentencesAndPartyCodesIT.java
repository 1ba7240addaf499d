package org.dialogues.analyst;

import org.dialogues.database.TestDatabase;
import org.dialogues.store.NameKeys;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What V041's triggers store for the views: an evidence row's sentence and its code-point offsets,
 * right after an emoji (where Java's UTF-16 offsets and PostgreSQL's characters part), and kept
 * right when the article's text changes; the party codes of meetings and commitments as their link
 * rows change; and person_key, the importer's name key in SQL.
 */
class StoredSentencesAndPartyCodesIT {

    private static final String TEXT = "Seoul 🇰🇷 hosted talks 😀. The ministers of Korea and Japan met in Seoul on Monday. They agreed 🤝 to meet again.";
    private static final String SENTENCE = "The ministers of Korea and Japan met in Seoul on Monday.";

    private static TestDatabase db;
    private static DSLContext dsl;
    private static long article;
    private static long meeting;

    @BeforeAll
    static void store() {
        db = TestDatabase.create();
        dsl = db.dsl();
        article = value(Long.class, """
                INSERT INTO article (sha256, original, original_encoding, media_type, text)
                VALUES (repeat('b', 64), convert_to(?, 'UTF8'), 'UTF-8', 'text/plain', ?) RETURNING id""", TEXT, TEXT);
        meeting = value(Long.class, "INSERT INTO meeting (natural_key, name) VALUES ('korea-japan', 'Korea-Japan talks') RETURNING id");
        int start = TEXT.indexOf(SENTENCE);   // UTF-16 code units, as the importer stores offsets
        dsl.execute("INSERT INTO meeting_evidence (meeting_id, article_id, sentence_start, sentence_end, confidence) VALUES (?, ?, ?, ?, 0.9)",
                meeting, article, start, start + SENTENCE.length());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void storesTheSentenceAndItsCodePointOffsetsAfterAnEmoji() {
        Record e = dsl.fetchOne("SELECT sentence, char_start, char_end FROM meeting_evidence WHERE meeting_id = ?", meeting);
        int codePoints = TEXT.codePointCount(0, TEXT.indexOf(SENTENCE));
        assertThat(e.get("sentence", String.class)).isEqualTo(SENTENCE);
        assertThat(e.get("char_start", Integer.class)).isEqualTo(codePoints).isLessThan(TEXT.indexOf(SENTENCE));
        assertThat(e.get("char_end", Integer.class)).isEqualTo(codePoints + SENTENCE.length());
        assertThat(value(String.class, """
                SELECT substr(a.text, e.char_start + 1, e.char_end - e.char_start)
                  FROM meeting_evidence e JOIN article a ON a.id = e.article_id WHERE e.meeting_id = ?""", meeting))
                .isEqualTo(SENTENCE);
        assertThat(value(String.class, "SELECT sentence FROM evidence_sentence WHERE fact_kind = 'meeting' AND fact_id = ?", meeting))
                .isEqualTo(SENTENCE);
    }

    @Test
    void readsTheSentenceAgainWhenTheArticleTextChanges() {
        String changed = TEXT.replace("Seoul 🇰🇷", "Busan");
        long other = value(Long.class, """
                INSERT INTO article (sha256, original, original_encoding, media_type, text)
                VALUES (repeat('c', 64), '\\x41', 'UTF-8', 'text/plain', ?) RETURNING id""", TEXT);
        int start = TEXT.indexOf(SENTENCE);
        dsl.execute("INSERT INTO meeting_evidence (meeting_id, article_id, sentence_start, sentence_end, confidence) VALUES (?, ?, ?, ?, 0.9)",
                meeting, other, start, start + SENTENCE.length());
        dsl.execute("UPDATE article SET text = ? WHERE id = ?", changed, other);
        assertThat(value(String.class, "SELECT sentence FROM meeting_evidence WHERE article_id = ?", other))
                .isEqualTo(changed.substring(start, start + SENTENCE.length()));
    }

    @Test
    void keepsPartyCodesAsTheLinkRowsChange() {
        long talks = value(Long.class, "INSERT INTO meeting (natural_key, name) VALUES ('trilateral', 'Trilateral talks') RETURNING id");
        dsl.execute("INSERT INTO meeting_party (meeting_id, party_code) VALUES (?, 'US'), (?, 'KR'), (?, 'JP')", talks, talks, talks);
        assertThat(meetingCodes(talks)).containsExactly("JP", "KR", "US");
        dsl.execute("DELETE FROM meeting_party WHERE meeting_id = ? AND party_code = 'US'", talks);
        assertThat(meetingCodes(talks)).containsExactly("JP", "KR");
        dsl.execute("UPDATE meeting_party SET meeting_id = ? WHERE meeting_id = ? AND party_code = 'JP'", meeting, talks);
        assertThat(meetingCodes(talks)).containsExactly("KR");
        assertThat(meetingCodes(meeting)).containsExactly("JP");
        assertThat(value(String.class, "SELECT parties FROM meeting_overview WHERE id = ?", talks)).isEqualTo("KR");

        long pledge = value(Long.class, "INSERT INTO commitment (natural_key, kind, text) VALUES ('pledge', 'pledge', 'meet again') RETURNING id");
        dsl.execute("INSERT INTO commitment_party (commitment_id, party_code) VALUES (?, 'KR'), (?, 'EU')", pledge, pledge);
        assertThat(value(String[].class, "SELECT party_codes FROM commitment_overview WHERE id = ?", pledge)).containsExactly("EU", "KR");
        dsl.execute("DELETE FROM commitment_party WHERE commitment_id = ?", pledge);
        assertThat(value(String[].class, "SELECT party_codes FROM commitment WHERE id = ?", pledge)).isEmpty();
    }

    @Test
    void personKeyIsTheImportersNameKey() {
        for (String name : List.of("Cho Tae-yul", "Tae-yul Cho", "Radosław Sikorski", "José Manuel Albares", "Mélanie Joly",
                "Penny  Wong", "Lloyd J. Austin III", "Kim Jong-un", "Ōno Tarō", "O'Neill")) {
            assertThat(value(String.class, "SELECT person_key(?)", name)).as(name).isEqualTo(NameKeys.person(name));
        }
    }

    private static List<String> meetingCodes(long id) {
        return List.of(value(String[].class, "SELECT party_codes FROM meeting WHERE id = ?", id));
    }

    private static <T> T value(Class<T> type, String sql, Object... bindings) {
        return dsl.fetchOne(sql, bindings).get(0, type);
    }
}
