package org.dialogues.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
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
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectDistinct;

/**
 * Writes the whole knowledge base as one {@code dialogues-export/1} JSON document, the project's
 * stable interchange contract (see the README). Ids are the database keys with a prefix
 * ({@code a12}, {@code m7}, {@code c3}), stable for the life of the database.
 */
public final class JsonExport {

    public static final String FORMAT = "dialogues-export/1";

    public record ArticleEntry(String id, String file, String url, String title, String outlet, String published, String sha256) {}

    public record MeetingEntry(String id, String name, String series, Integer edition, String acronym, String startDate,
                               String endDate, String datePrecision, String city, String country, List<String> parties,
                               String status, List<String> topics, List<String> articles) {}

    public record ParticipantEntry(String meeting, String name, String title, String organization, String country,
                                   List<String> articles) {}

    public record CommitmentEntry(String id, String meeting, String kind, List<String> parties, String text,
                                  String sentence, String article, String status) {}

    private final DSLContext dsl;
    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public JsonExport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Streams the document to out (not closed). */
    public void write(OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            writeArray(json, "articles", articles());
            writeArray(json, "meetings", meetings());
            writeArray(json, "participants", participants());
            writeArray(json, "commitments", commitments());
            json.writeEndObject();
        }
    }

    private void writeArray(JsonGenerator json, String name, List<?> entries) throws IOException {
        json.writeArrayFieldStart(name);
        for (Object entry : entries) {
            mapper.writeValue(json, entry);
        }
        json.writeEndArray();
    }

    public List<ArticleEntry> articles() {
        return dsl.select(ARTICLE.ID, ARTICLE.SOURCE_FILE, ARTICLE.URL, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.PUBLISHED, ARTICLE.SHA256)
                .from(ARTICLE)
                .orderBy(ARTICLE.ID)
                .fetch(r -> new ArticleEntry("a" + r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), iso(r.value6()), r.value7()));
    }

    public List<MeetingEntry> meetings() {
        Field<List<String>> parties = multiset(DSL.select(MEETING_PARTY.PARTY_CODE).from(MEETING_PARTY)
                .where(MEETING_PARTY.MEETING_ID.eq(MEETING.ID)).orderBy(MEETING_PARTY.PARTY_CODE)).convertFrom(r -> r.map(Record1::value1));
        Field<List<String>> topics = multiset(DSL.select(MEETING_TOPIC.TOPIC_CODE).from(MEETING_TOPIC)
                .where(MEETING_TOPIC.MEETING_ID.eq(MEETING.ID)).orderBy(MEETING_TOPIC.TOPIC_CODE)).convertFrom(r -> r.map(Record1::value1));
        Field<List<Long>> articles = multiset(selectDistinct(MEETING_EVIDENCE.ARTICLE_ID).from(MEETING_EVIDENCE)
                .where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID)).orderBy(MEETING_EVIDENCE.ARTICLE_ID)).convertFrom(r -> r.map(Record1::value1));
        return dsl.select(MEETING.ID, MEETING.NAME, DIALOGUE_SERIES.NAME, MEETING.EDITION, DIALOGUE_SERIES.ACRONYM,
                        MEETING.START_DATE, MEETING.END_DATE, MEETING.DATE_PRECISION, MEETING.CITY, MEETING.COUNTRY_CODE,
                        parties, MEETING.STATUS, topics, articles)
                .from(MEETING)
                .leftJoin(DIALOGUE_SERIES).on(DIALOGUE_SERIES.ID.eq(MEETING.SERIES_ID))
                .orderBy(MEETING.ID)
                .fetch(r -> new MeetingEntry("m" + r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), iso(r.value6()),
                        iso(r.value7()), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), articleIds(r.value14())));
    }

    public List<ParticipantEntry> participants() {
        Field<List<Long>> articles = multiset(selectDistinct(PARTICIPATION_EVIDENCE.ARTICLE_ID).from(PARTICIPATION_EVIDENCE)
                .where(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID)).orderBy(PARTICIPATION_EVIDENCE.ARTICLE_ID))
                .convertFrom(r -> r.map(Record1::value1));
        return dsl.select(PARTICIPATION.MEETING_ID, PERSON.NAME, PARTICIPATION.TITLE, PARTICIPATION.ORGANIZATION_NAME,
                        PARTICIPATION.COUNTRY_CODE, articles)
                .from(PARTICIPATION)
                .join(PERSON).on(PERSON.ID.eq(PARTICIPATION.PERSON_ID))
                .orderBy(PARTICIPATION.MEETING_ID, PARTICIPATION.ID)
                .fetch(r -> new ParticipantEntry("m" + r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), articleIds(r.value6())));
    }

    public List<CommitmentEntry> commitments() {
        Field<List<String>> parties = multiset(DSL.select(COMMITMENT_PARTY.PARTY_CODE).from(COMMITMENT_PARTY)
                .where(COMMITMENT_PARTY.COMMITMENT_ID.eq(COMMITMENT.ID)).orderBy(COMMITMENT_PARTY.PARTY_CODE)).convertFrom(r -> r.map(Record1::value1));
        var evidence = DSL.select(COMMITMENT_EVIDENCE.ARTICLE_ID,
                        DSL.substring(ARTICLE.TEXT, COMMITMENT_EVIDENCE.SENTENCE_START.plus(1),
                                COMMITMENT_EVIDENCE.SENTENCE_END.minus(COMMITMENT_EVIDENCE.SENTENCE_START)).as("sentence"))
                .from(COMMITMENT_EVIDENCE)
                .join(ARTICLE).on(ARTICLE.ID.eq(COMMITMENT_EVIDENCE.ARTICLE_ID))
                .where(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(COMMITMENT.ID))
                .orderBy(COMMITMENT_EVIDENCE.CONFIDENCE.desc(), COMMITMENT_EVIDENCE.ARTICLE_ID, COMMITMENT_EVIDENCE.SENTENCE_START)
                .limit(1)
                .asTable("evidence");
        Field<Long> articleId = evidence.field(COMMITMENT_EVIDENCE.ARTICLE_ID);
        Field<String> sentence = evidence.field("sentence", String.class);
        return dsl.select(COMMITMENT.ID, COMMITMENT.MEETING_ID, COMMITMENT.KIND, parties, COMMITMENT.TEXT, sentence, articleId, COMMITMENT.STATUS)
                .from(COMMITMENT)
                .leftJoin(DSL.lateral(evidence)).on(DSL.trueCondition())
                .orderBy(COMMITMENT.ID)
                .fetch(r -> new CommitmentEntry("c" + r.value1(), r.value2() == null ? null : "m" + r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7() == null ? null : "a" + r.value7(), r.value8()));
    }

    private static List<String> articleIds(List<Long> ids) {
        return ids.stream().map(id -> "a" + id).toList();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
