package org.dialogues.report;

import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;
import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PERSON;

/** Builds knowledge-base rows for report tests with jOOQ inserts, over the levels and topics the migrations seed. */
final class ReportFixture {

    private final DSLContext dsl;

    ReportFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    long series(String name, String acronym) {
        return dsl.insertInto(DIALOGUE_SERIES).set(DIALOGUE_SERIES.NAME, name).set(DIALOGUE_SERIES.ACRONYM, acronym)
                .returning(DIALOGUE_SERIES.ID).fetchSingle().getId();
    }

    long article(String outlet, LocalDate published, String title) {
        String text = title + " (fixture text)";
        return dsl.insertInto(ARTICLE)
                .set(ARTICLE.SHA256, sha256(text))
                .set(ARTICLE.ORIGINAL, text.getBytes(StandardCharsets.UTF_8))
                .set(ARTICLE.ORIGINAL_ENCODING, "UTF-8")
                .set(ARTICLE.MEDIA_TYPE, "text/plain")
                .set(ARTICLE.TEXT, text)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.OUTLET, outlet)
                .set(ARTICLE.URL, "https://news.example/" + Math.abs(title.hashCode()))
                .set(ARTICLE.PUBLISHED, published)
                .set(ARTICLE.PUBLISHED_PRECISION, published == null ? "unknown" : "day")
                .set(ARTICLE.IMPORTED_AT, OffsetDateTime.of(2025, 4, 2, 9, 30, 0, 0, ZoneOffset.UTC))
                .returning(ARTICLE.ID).fetchSingle().getId();
    }

    /** A meeting; precision day unless given as month or year. */
    long meeting(String name, Long seriesId, Integer edition, LocalDate start, LocalDate end, String precision,
                 String status, String levelCode, String city, String countryCode, List<String> parties, List<String> topics) {
        long id = dsl.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, name + "/" + start)
                .set(MEETING.NAME, name)
                .set(MEETING.SERIES_ID, seriesId)
                .set(MEETING.EDITION, edition)
                .set(MEETING.START_DATE, start)
                .set(MEETING.END_DATE, end)
                .set(MEETING.DATE_PRECISION, precision)
                .set(MEETING.STATUS, status)
                .set(MEETING.LEVEL_CODE, levelCode)
                .set(MEETING.CITY, city)
                .set(MEETING.COUNTRY_CODE, countryCode)
                .returning(MEETING.ID).fetchSingle().getId();
        parties.forEach(p -> dsl.insertInto(MEETING_PARTY).set(MEETING_PARTY.MEETING_ID, id).set(MEETING_PARTY.PARTY_CODE, p).execute());
        topics.forEach(t -> dsl.insertInto(MEETING_TOPIC).set(MEETING_TOPIC.MEETING_ID, id).set(MEETING_TOPIC.TOPIC_CODE, t).execute());
        return id;
    }

    long held(String name, LocalDate start, List<String> parties, List<String> topics) {
        return meeting(name, null, null, start, null, "day", "held", null, null, null, parties, topics);
    }

    void participant(long meetingId, String name, String title, String country, String levelCode) {
        long person = dsl.insertInto(PERSON).set(PERSON.NAME, name)
                .set(PERSON.NAME_KEY, name.toLowerCase().replaceAll("[^\\p{L}]", ""))
                .set(PERSON.COUNTRY_CODE, country)
                .onConflict(PERSON.NAME_KEY).doUpdate().set(PERSON.NAME, name)
                .returning(PERSON.ID).fetchSingle().getId();
        dsl.insertInto(PARTICIPATION).set(PARTICIPATION.MEETING_ID, meetingId).set(PARTICIPATION.PERSON_ID, person)
                .set(PARTICIPATION.TITLE, title).set(PARTICIPATION.COUNTRY_CODE, country)
                .set(PARTICIPATION.LEVEL_CODE, levelCode).execute();
    }

    long commitment(Long meetingId, String kind, String text, String status, Long fulfilledBy, List<String> parties) {
        long id = dsl.insertInto(COMMITMENT)
                .set(COMMITMENT.NATURAL_KEY, meetingId + "/" + kind + "/" + text)
                .set(COMMITMENT.MEETING_ID, meetingId)
                .set(COMMITMENT.KIND, kind)
                .set(COMMITMENT.TEXT, text)
                .set(COMMITMENT.STATUS, status)
                .set(COMMITMENT.FULFILLED_BY_MEETING_ID, fulfilledBy)
                .returning(COMMITMENT.ID).fetchSingle().getId();
        parties.forEach(p -> dsl.insertInto(COMMITMENT_PARTY).set(COMMITMENT_PARTY.COMMITMENT_ID, id).set(COMMITMENT_PARTY.PARTY_CODE, p).execute());
        return id;
    }

    void reports(long meetingId, long articleId) {
        dsl.insertInto(MEETING_EVIDENCE).set(MEETING_EVIDENCE.MEETING_ID, meetingId).set(MEETING_EVIDENCE.ARTICLE_ID, articleId)
                .set(MEETING_EVIDENCE.SENTENCE_START, 0).set(MEETING_EVIDENCE.SENTENCE_END, 5)
                .set(MEETING_EVIDENCE.CONFIDENCE, 0.9f).execute();
    }

    void states(long commitmentId, long articleId) {
        dsl.insertInto(COMMITMENT_EVIDENCE).set(COMMITMENT_EVIDENCE.COMMITMENT_ID, commitmentId).set(COMMITMENT_EVIDENCE.ARTICLE_ID, articleId)
                .set(COMMITMENT_EVIDENCE.SENTENCE_START, 0).set(COMMITMENT_EVIDENCE.SENTENCE_END, 5)
                .set(COMMITMENT_EVIDENCE.CONFIDENCE, 0.9f).execute();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
