package org.dialogues.review;

import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;
import static org.dialogues.database.schema.Tables.PERSON;

/** Knowledge-base rows for workbench tests, inserted directly (no extraction), with evidence at given sentences. */
final class WorkbenchFixture {

    private final DSLContext dsl;

    WorkbenchFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    long article(String title, String outlet, LocalDate published, String text) {
        return dsl.insertInto(ARTICLE)
                .set(ARTICLE.SHA256, sha256(text))
                .set(ARTICLE.ORIGINAL, text.getBytes(StandardCharsets.UTF_8))
                .set(ARTICLE.ORIGINAL_ENCODING, "UTF-8")
                .set(ARTICLE.MEDIA_TYPE, "text/plain")
                .set(ARTICLE.TEXT, text)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.OUTLET, outlet)
                .set(ARTICLE.PUBLISHED, published)
                .set(ARTICLE.PUBLISHED_PRECISION, published == null ? "unknown" : "day")
                .set(ARTICLE.NEEDS_REVIEW, published == null)
                .set(ARTICLE.REVIEW_REASON, published == null ? "no publication date found" : null)
                .returning(ARTICLE.ID).fetchSingle().getId();
    }

    long meeting(String name, LocalDate start, String city, List<String> parties) {
        long id = dsl.insertInto(MEETING)
                .set(MEETING.NATURAL_KEY, name + "/" + start)
                .set(MEETING.NAME, name)
                .set(MEETING.START_DATE, start)
                .set(MEETING.DATE_PRECISION, start == null ? "unknown" : "day")
                .set(MEETING.CITY, city)
                .returning(MEETING.ID).fetchSingle().getId();
        parties.forEach(p -> dsl.insertInto(MEETING_PARTY).set(MEETING_PARTY.MEETING_ID, id).set(MEETING_PARTY.PARTY_CODE, p).execute());
        return id;
    }

    void meetingEvidence(long meetingId, long articleId, String text, String sentence, float confidence) {
        int start = text.indexOf(sentence);
        dsl.insertInto(MEETING_EVIDENCE).set(MEETING_EVIDENCE.MEETING_ID, meetingId).set(MEETING_EVIDENCE.ARTICLE_ID, articleId)
                .set(MEETING_EVIDENCE.SENTENCE_START, start).set(MEETING_EVIDENCE.SENTENCE_END, start + sentence.length())
                .set(MEETING_EVIDENCE.CONFIDENCE, confidence).execute();
    }

    long participation(long meetingId, String person, String country, String title, long articleId, String text, String sentence) {
        long personId = dsl.insertInto(PERSON).set(PERSON.NAME, person).set(PERSON.NAME_KEY, person.toLowerCase())
                .set(PERSON.COUNTRY_CODE, country).returning(PERSON.ID).fetchSingle().getId();
        long id = dsl.insertInto(PARTICIPATION).set(PARTICIPATION.MEETING_ID, meetingId).set(PARTICIPATION.PERSON_ID, personId)
                .set(PARTICIPATION.TITLE, title).set(PARTICIPATION.COUNTRY_CODE, country)
                .returning(PARTICIPATION.ID).fetchSingle().getId();
        int start = text.indexOf(sentence);
        dsl.insertInto(PARTICIPATION_EVIDENCE).set(PARTICIPATION_EVIDENCE.PARTICIPATION_ID, id).set(PARTICIPATION_EVIDENCE.ARTICLE_ID, articleId)
                .set(PARTICIPATION_EVIDENCE.SENTENCE_START, start).set(PARTICIPATION_EVIDENCE.SENTENCE_END, start + sentence.length())
                .set(PARTICIPATION_EVIDENCE.CONFIDENCE, 0.9f).execute();
        return id;
    }

    long commitment(long meetingId, String kind, String what, List<String> parties, long articleId, String text, String sentence, float confidence) {
        long id = dsl.insertInto(COMMITMENT).set(COMMITMENT.NATURAL_KEY, meetingId + "/" + what).set(COMMITMENT.MEETING_ID, meetingId)
                .set(COMMITMENT.KIND, kind).set(COMMITMENT.TEXT, what)
                .returning(COMMITMENT.ID).fetchSingle().getId();
        parties.forEach(p -> dsl.insertInto(COMMITMENT_PARTY).set(COMMITMENT_PARTY.COMMITMENT_ID, id).set(COMMITMENT_PARTY.PARTY_CODE, p).execute());
        int start = text.indexOf(sentence);
        dsl.insertInto(COMMITMENT_EVIDENCE).set(COMMITMENT_EVIDENCE.COMMITMENT_ID, id).set(COMMITMENT_EVIDENCE.ARTICLE_ID, articleId)
                .set(COMMITMENT_EVIDENCE.SENTENCE_START, start).set(COMMITMENT_EVIDENCE.SENTENCE_END, start + sentence.length())
                .set(COMMITMENT_EVIDENCE.CONFIDENCE, confidence).execute();
        return id;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
