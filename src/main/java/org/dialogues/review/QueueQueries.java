package org.dialogues.review;

import org.dialogues.database.schema.tables.Meeting;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTICIPATION_EVIDENCE;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

/**
 * The review queue: what needs a look, one query per kind of doubt. Facts an archivist has reviewed
 * (confirmed or corrected) leave it; flagged and empty articles stay until their flag is cleared or
 * something is found in them.
 */
final class QueueQueries {

    /** Below this, the extractor was unsure of a fact (evidence confidence). */
    static final float LOW_CONFIDENCE = 0.6f;
    /** Meetings of the same parties starting this close may be one meeting told twice. */
    static final int DUPLICATE_DAYS = 7;
    /** Each kind of doubt lists at most this many rows; the queue says when there are more. */
    static final int PER_CATEGORY = 200;

    private final DSLContext dsl;

    QueueQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<QueueItem> queue(QueueFilter filter) {
        List<QueueItem> items = new ArrayList<>();
        items.addAll(flaggedArticles(filter));
        items.addAll(articlesWithNothingFound(filter));
        items.addAll(lowConfidenceMeetings(filter));
        items.addAll(lowConfidenceParticipations(filter));
        items.addAll(lowConfidenceCommitments(filter));
        items.addAll(undatedOrUnplacedMeetings(filter));
        items.addAll(possibleDuplicates(filter));
        items.addAll(peopleWithoutCountryOrTitle(filter));
        return items;
    }

    private List<QueueItem> flaggedArticles(QueueFilter filter) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.PUBLISHED, ARTICLE.REVIEW_REASON)
                .from(ARTICLE)
                .where(ARTICLE.NEEDS_REVIEW.isTrue()).and(onArticle(filter))
                .orderBy(ARTICLE.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("flagged article", "flagged at import: " + r.value4(), title(r.value2(), r.value1()),
                        r.value3(), "", "/articles/" + r.value1()));
    }

    private List<QueueItem> articlesWithNothingFound(QueueFilter filter) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.PUBLISHED)
                .from(ARTICLE)
                .where(notExists(selectOne().from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.ARTICLE_ID.eq(ARTICLE.ID))))
                .and(notExists(selectOne().from(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.ARTICLE_ID.eq(ARTICLE.ID))))
                .and(notExists(selectOne().from(COMMITMENT_EVIDENCE).where(COMMITMENT_EVIDENCE.ARTICLE_ID.eq(ARTICLE.ID))))
                .and(onArticle(filter))
                .orderBy(ARTICLE.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("nothing found", "no meeting, participant or commitment was read from it",
                        title(r.value2(), r.value1()), r.value3(), "", "/articles/" + r.value1()));
    }

    private List<QueueItem> lowConfidenceMeetings(QueueFilter filter) {
        Field<Float> lowest = min(MEETING_EVIDENCE.CONFIDENCE).as("lowest");
        Field<Long> article = min(MEETING_EVIDENCE.ARTICLE_ID).as("article");
        return dsl.select(MEETING.ID, MEETING.NAME, MEETING.START_DATE, lowest, article, partySet(MEETING.ID))
                .from(MEETING).join(MEETING_EVIDENCE).on(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID))
                .where(Review.unreviewed(MEETING)).and(onMeeting(MEETING, filter))
                .groupBy(MEETING.ID)
                .having(min(MEETING_EVIDENCE.CONFIDENCE).lt(LOW_CONFIDENCE))
                .orderBy(lowest, MEETING.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("low confidence", "meeting read with confidence " + confidence(r.value4()),
                        r.value2(), r.value3(), r.value6(), "/articles/" + r.value5() + "#meeting-" + r.value1()));
    }

    private List<QueueItem> lowConfidenceParticipations(QueueFilter filter) {
        Field<Float> lowest = min(PARTICIPATION_EVIDENCE.CONFIDENCE).as("lowest");
        Field<Long> article = min(PARTICIPATION_EVIDENCE.ARTICLE_ID).as("article");
        return dsl.select(PARTICIPATION.ID, PERSON.NAME, MEETING.NAME, MEETING.START_DATE, lowest, article, partySet(MEETING.ID))
                .from(PARTICIPATION)
                .join(PARTICIPATION_EVIDENCE).on(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID))
                .join(PERSON).on(PERSON.ID.eq(PARTICIPATION.PERSON_ID))
                .join(MEETING).on(MEETING.ID.eq(PARTICIPATION.MEETING_ID))
                .where(Review.unreviewed(PARTICIPATION)).and(onMeeting(MEETING, filter))
                .groupBy(PARTICIPATION.ID, PERSON.NAME, MEETING.ID)
                .having(min(PARTICIPATION_EVIDENCE.CONFIDENCE).lt(LOW_CONFIDENCE))
                .orderBy(lowest, PARTICIPATION.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("low confidence", "participant read with confidence " + confidence(r.value5()),
                        r.value2() + " at " + r.value3(), r.value4(), r.value7(),
                        "/articles/" + r.value6() + "#participation-" + r.value1()));
    }

    private List<QueueItem> lowConfidenceCommitments(QueueFilter filter) {
        Field<Float> lowest = min(COMMITMENT_EVIDENCE.CONFIDENCE).as("lowest");
        Field<Long> article = min(COMMITMENT_EVIDENCE.ARTICLE_ID).as("article");
        return dsl.select(COMMITMENT.ID, COMMITMENT.TEXT, MEETING.START_DATE, lowest, article, partySet(MEETING.ID))
                .from(COMMITMENT)
                .join(COMMITMENT_EVIDENCE).on(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(COMMITMENT.ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(COMMITMENT.MEETING_ID))
                .where(Review.unreviewed(COMMITMENT)).and(onMeeting(MEETING, filter))
                .groupBy(COMMITMENT.ID, MEETING.ID)
                .having(min(COMMITMENT_EVIDENCE.CONFIDENCE).lt(LOW_CONFIDENCE))
                .orderBy(lowest, COMMITMENT.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("low confidence", "commitment read with confidence " + confidence(r.value4()),
                        shorten(r.value2()), r.value3(), r.value6(),
                        "/articles/" + r.value5() + "#commitment-" + r.value1()));
    }

    private List<QueueItem> undatedOrUnplacedMeetings(QueueFilter filter) {
        return dsl.select(MEETING.ID, MEETING.NAME, MEETING.START_DATE, partySet(MEETING.ID))
                .from(MEETING)
                .where(MEETING.START_DATE.isNull().or(MEETING.CITY.isNull().and(MEETING.COUNTRY_CODE.isNull())))
                .and(Review.unreviewed(MEETING)).and(onMeeting(MEETING, filter))
                .orderBy(MEETING.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem(r.value3() == null ? "undated" : "unplaced",
                        r.value3() == null ? "meeting without a date" : "meeting without a place",
                        r.value2(), r.value3(), r.value4(), "/meetings/" + r.value1()));
    }

    /** Pairs of meetings with the same set of parties whose start dates are at most a week apart. */
    private List<QueueItem> possibleDuplicates(QueueFilter filter) {
        Meeting one = MEETING.as("one");
        Meeting other = MEETING.as("other");
        return dsl.select(one.ID, one.NAME, one.START_DATE, other.ID, other.NAME, partySet(one.ID))
                .from(one).join(other).on(other.ID.gt(one.ID))
                .where(one.START_DATE.isNotNull()).and(other.START_DATE.isNotNull())
                .and(DSL.abs(DSL.localDateDiff(one.START_DATE, other.START_DATE)).le(DUPLICATE_DAYS))
                .and(partySet(one.ID).eq(partySet(other.ID)))
                .and(Review.unreviewed(one).or(Review.unreviewed(other)))
                .and(onMeeting(one, filter))
                .orderBy(one.START_DATE, one.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("possible duplicate", "maybe the same as meeting " + r.value4() + " (" + r.value5() + ")",
                        r.value2(), r.value3(), r.value6(), "/meetings/" + r.value1()));
    }

    private List<QueueItem> peopleWithoutCountryOrTitle(QueueFilter filter) {
        return dsl.select(PARTICIPATION.ID, PERSON.NAME, DSL.coalesce(PARTICIPATION.COUNTRY_CODE, PERSON.COUNTRY_CODE), PARTICIPATION.TITLE, MEETING.ID, MEETING.NAME, MEETING.START_DATE, partySet(MEETING.ID))
                .from(PARTICIPATION)
                .join(PERSON).on(PERSON.ID.eq(PARTICIPATION.PERSON_ID))
                .join(MEETING).on(MEETING.ID.eq(PARTICIPATION.MEETING_ID))
                .where(PERSON.COUNTRY_CODE.isNull().and(PARTICIPATION.COUNTRY_CODE.isNull()).or(PARTICIPATION.TITLE.isNull()))
                .and(Review.unreviewed(PARTICIPATION)).and(onMeeting(MEETING, filter))
                .orderBy(PERSON.NAME, PARTICIPATION.ID).limit(PER_CATEGORY)
                .fetch(r -> new QueueItem("person", personReason(r.value3() == null, r.value4() == null),
                        r.value2() + " at " + r.value6(), r.value7(), r.value8(),
                        "/meetings/" + r.value5() + "#participation-" + r.value1()));
    }

    private static String personReason(boolean noCountry, boolean noTitle) {
        if (noCountry && noTitle) {
            return "participant without a country or title";
        }
        return noCountry ? "participant without a country" : "participant without a title";
    }

    private Condition onArticle(QueueFilter filter) {
        Condition condition = noCondition();
        if (filter.outlet().isPresent()) {
            condition = condition.and(ARTICLE.OUTLET.equalIgnoreCase(filter.outlet().get()));
        }
        if (filter.quarter().isPresent()) {
            condition = condition.and(ARTICLE.PUBLISHED.between(filter.quarter().get().start(), filter.quarter().get().end()));
        }
        if (filter.party().isPresent()) {
            condition = condition.and(exists(selectOne().from(MEETING_EVIDENCE)
                    .join(MEETING_PARTY).on(MEETING_PARTY.MEETING_ID.eq(MEETING_EVIDENCE.MEETING_ID))
                    .where(MEETING_EVIDENCE.ARTICLE_ID.eq(ARTICLE.ID)).and(MEETING_PARTY.PARTY_CODE.eq(filter.party().get()))));
        }
        return condition;
    }

    private static Condition onMeeting(Meeting meeting, QueueFilter filter) {
        Condition condition = noCondition();
        if (filter.party().isPresent()) {
            condition = condition.and(exists(selectOne().from(MEETING_PARTY)
                    .where(MEETING_PARTY.MEETING_ID.eq(meeting.ID)).and(MEETING_PARTY.PARTY_CODE.eq(filter.party().get()))));
        }
        if (filter.quarter().isPresent()) {
            condition = condition.and(meeting.START_DATE.between(filter.quarter().get().start(), filter.quarter().get().end()));
        }
        if (filter.status().isPresent()) {
            condition = condition.and(meeting.STATUS.eq(filter.status().get()));
        }
        if (filter.outlet().isPresent()) {
            condition = condition.and(exists(selectOne().from(MEETING_EVIDENCE).join(ARTICLE).on(ARTICLE.ID.eq(MEETING_EVIDENCE.ARTICLE_ID))
                    .where(MEETING_EVIDENCE.MEETING_ID.eq(meeting.ID)).and(ARTICLE.OUTLET.equalIgnoreCase(filter.outlet().get()))));
        }
        return condition;
    }

    /** The meeting's party codes, sorted and joined: equal strings are equal sets. */
    private static Field<String> partySet(Field<Long> meetingId) {
        return DSL.field(select(DSL.coalesce(DSL.groupConcat(MEETING_PARTY.PARTY_CODE).orderBy(MEETING_PARTY.PARTY_CODE).separator(","), ""))
                .from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(meetingId)));
    }

    private static String title(String title, long id) {
        return title == null || title.isBlank() ? "article " + id + " (no title)" : title;
    }

    private static String confidence(Float value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
