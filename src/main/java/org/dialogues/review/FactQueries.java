package org.dialogues.review;

import org.dialogues.database.schema.tables.Meeting;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

/** The read side of the article and meeting pages: facts, their evidence and their neighbours. */
final class FactQueries {

    /** Meetings of the same parties starting this close are offered for merging. */
    static final int MERGE_DAYS = 14;

    private final DSLContext dsl;

    FactQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person's current version, for a merge that names the other person by id. */
    Optional<Integer> personVersion(long id) {
        return dsl.select(PERSON.VERSION).from(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PERSON.VERSION);
    }

    Optional<ArticleView> article(long id) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.PUBLISHED, ARTICLE.URL, ARTICLE.NEEDS_REVIEW,
                        ARTICLE.REVIEW_REASON, ARTICLE.TEXT, ARTICLE.VERSION)
                .from(ARTICLE).where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new ArticleView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    /** Every evidence sentence in the article, of every kind of fact. */
    List<Evidence> evidenceIn(long articleId) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.addAll(dsl.select(MEETING_EVIDENCE.MEETING_ID, MEETING_EVIDENCE.SENTENCE_START, MEETING_EVIDENCE.SENTENCE_END, MEETING_EVIDENCE.CONFIDENCE)
                .from(MEETING_EVIDENCE).where(MEETING_EVIDENCE.ARTICLE_ID.eq(articleId))
                .fetch(r -> new Evidence("meeting", r.value1(), articleId, r.value2(), r.value3(), r.value4())));
        evidence.addAll(dsl.select(PARTICIPATION_EVIDENCE.PARTICIPATION_ID, PARTICIPATION_EVIDENCE.SENTENCE_START, PARTICIPATION_EVIDENCE.SENTENCE_END, PARTICIPATION_EVIDENCE.CONFIDENCE)
                .from(PARTICIPATION_EVIDENCE).where(PARTICIPATION_EVIDENCE.ARTICLE_ID.eq(articleId))
                .fetch(r -> new Evidence("participation", r.value1(), articleId, r.value2(), r.value3(), r.value4())));
        evidence.addAll(dsl.select(COMMITMENT_EVIDENCE.COMMITMENT_ID, COMMITMENT_EVIDENCE.SENTENCE_START, COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE)
                .from(COMMITMENT_EVIDENCE).where(COMMITMENT_EVIDENCE.ARTICLE_ID.eq(articleId))
                .fetch(r -> new Evidence("commitment", r.value1(), articleId, r.value2(), r.value3(), r.value4())));
        return evidence;
    }

    /** Meetings the article reports, or whose participants or commitments it states. */
    List<MeetingView> meetingsIn(long articleId) {
        Condition reported = exists(selectOne().from(MEETING_EVIDENCE)
                .where(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID)).and(MEETING_EVIDENCE.ARTICLE_ID.eq(articleId)))
                .or(exists(selectOne().from(PARTICIPATION).join(PARTICIPATION_EVIDENCE).on(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID))
                        .where(PARTICIPATION.MEETING_ID.eq(MEETING.ID)).and(PARTICIPATION_EVIDENCE.ARTICLE_ID.eq(articleId))))
                .or(exists(selectOne().from(COMMITMENT).join(COMMITMENT_EVIDENCE).on(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(COMMITMENT.ID))
                        .where(COMMITMENT.MEETING_ID.eq(MEETING.ID)).and(COMMITMENT_EVIDENCE.ARTICLE_ID.eq(articleId))));
        return meetings(MEETING, reported);
    }

    Optional<MeetingView> meeting(long id) {
        return meetings(MEETING, MEETING.ID.eq(id)).stream().findFirst();
    }

    /**
     * Other meetings that share a partner with this one (a party besides South Korea, or the same
     * parties) and start within {@link #MERGE_DAYS} of it, or have no date: perhaps the same meeting,
     * told once as announced and once as held, or with a party more or less. An undated meeting is
     * compared with the other meetings of its own articles.
     */
    List<MeetingView> mergeCandidates(MeetingView meeting) {
        Meeting other = MEETING.as("other");
        // An undated meeting is compared only with the meetings of the articles that report it.
        org.dialogues.database.schema.tables.MeetingEvidence mine = MEETING_EVIDENCE.as("mine");
        org.dialogues.database.schema.tables.MeetingEvidence theirs = MEETING_EVIDENCE.as("theirs");
        Condition close = meeting.startDate() == null
                ? exists(selectOne().from(mine).join(theirs).on(theirs.ARTICLE_ID.eq(mine.ARTICLE_ID))
                        .where(mine.MEETING_ID.eq(meeting.id())).and(theirs.MEETING_ID.eq(other.ID)))
                : other.START_DATE.isNull().or(other.START_DATE.between(meeting.startDate().minusDays(MERGE_DAYS),
                        meeting.startDate().plusDays(MERGE_DAYS)));
        return meetings(other, other.ID.ne(meeting.id()).and(close)).stream()
                .filter(candidate -> sharePartner(candidate.parties(), meeting.parties()))
                .toList();
    }

    private static boolean sharePartner(List<String> one, List<String> other) {
        return one.equals(other) || one.stream().anyMatch(party -> !party.equals("KR") && other.contains(party));
    }

    List<ParticipationView> participationsIn(long articleId) {
        return participations(exists(selectOne().from(PARTICIPATION_EVIDENCE)
                .where(PARTICIPATION_EVIDENCE.PARTICIPATION_ID.eq(PARTICIPATION.ID)).and(PARTICIPATION_EVIDENCE.ARTICLE_ID.eq(articleId))));
    }

    List<ParticipationView> participationsOf(long meetingId) {
        return participations(PARTICIPATION.MEETING_ID.eq(meetingId));
    }

    Optional<ParticipationView> participation(long id) {
        return participations(PARTICIPATION.ID.eq(id)).stream().findFirst();
    }

    List<CommitmentView> commitmentsIn(long articleId) {
        return commitments(exists(selectOne().from(COMMITMENT_EVIDENCE)
                .where(COMMITMENT_EVIDENCE.COMMITMENT_ID.eq(COMMITMENT.ID)).and(COMMITMENT_EVIDENCE.ARTICLE_ID.eq(articleId))));
    }

    List<CommitmentView> commitmentsOf(long meetingId) {
        return commitments(COMMITMENT.MEETING_ID.eq(meetingId));
    }

    Optional<CommitmentView> commitment(long id) {
        return commitments(COMMITMENT.ID.eq(id)).stream().findFirst();
    }

    /** The sentences of every article that reports the meeting, oldest article first. */
    List<MeetingSource> sourcesOf(long meetingId) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.PUBLISHED, MEETING_EVIDENCE.ROLE, MEETING_EVIDENCE.CONFIDENCE,
                        ARTICLE.TEXT, MEETING_EVIDENCE.SENTENCE_START, MEETING_EVIDENCE.SENTENCE_END)
                .from(MEETING_EVIDENCE).join(ARTICLE).on(ARTICLE.ID.eq(MEETING_EVIDENCE.ARTICLE_ID))
                .where(MEETING_EVIDENCE.MEETING_ID.eq(meetingId))
                .orderBy(ARTICLE.PUBLISHED.asc().nullsLast(), ARTICLE.ID, MEETING_EVIDENCE.SENTENCE_START)
                .fetch(r -> new MeetingSource(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value8(), r.value9(), Highlighter.excerpt(r.value7(), r.value8(), r.value9())));
    }

    boolean partyExists(String code) {
        return dsl.fetchExists(org.dialogues.database.schema.Tables.PARTY, org.dialogues.database.schema.Tables.PARTY.CODE.eq(code));
    }

    private List<MeetingView> meetings(Meeting m, Condition condition) {
        Field<String[]> parties = DSL.field(select(arrayAgg(MEETING_PARTY.PARTY_CODE).orderBy(MEETING_PARTY.PARTY_CODE))
                .from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(m.ID)));
        return dsl.select(m.ID, m.NAME, m.START_DATE, m.END_DATE, m.DATE_PRECISION, m.CITY, m.COUNTRY_CODE, m.STATUS, m.LEVEL_CODE,
                        parties, m.ORIGIN, m.REVIEW_STATE, m.VERSION)
                .from(m).where(condition)
                .orderBy(m.START_DATE.asc().nullsLast(), m.ID)
                .fetch(r -> new MeetingView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), list(r.value10()), r.value11(), r.value12(), r.value13()));
    }

    private List<ParticipationView> participations(Condition condition) {
        return dsl.select(PARTICIPATION.ID, PARTICIPATION.MEETING_ID, MEETING.NAME, PERSON.ID, PERSON.NAME, PARTICIPATION.TITLE,
                        PARTICIPATION.ORGANIZATION_NAME, DSL.coalesce(PARTICIPATION.COUNTRY_CODE, PERSON.COUNTRY_CODE), PARTICIPATION.LEVEL_CODE,
                        PARTICIPATION.ORIGIN, PARTICIPATION.REVIEW_STATE, PARTICIPATION.VERSION, PERSON.COUNTRY_CODE, PERSON.VERSION)
                .from(PARTICIPATION)
                .join(PERSON).on(PERSON.ID.eq(PARTICIPATION.PERSON_ID))
                .join(MEETING).on(MEETING.ID.eq(PARTICIPATION.MEETING_ID))
                .where(condition)
                .orderBy(MEETING.START_DATE.asc().nullsLast(), MEETING.ID, PERSON.NAME)
                .fetch(r -> new ParticipationView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14()));
    }

    private List<CommitmentView> commitments(Condition condition) {
        Field<String[]> parties = DSL.field(select(arrayAgg(COMMITMENT_PARTY.PARTY_CODE).orderBy(COMMITMENT_PARTY.PARTY_CODE))
                .from(COMMITMENT_PARTY).where(COMMITMENT_PARTY.COMMITMENT_ID.eq(COMMITMENT.ID)));
        return dsl.select(COMMITMENT.ID, COMMITMENT.MEETING_ID, MEETING.NAME, COMMITMENT.KIND, COMMITMENT.TEXT, parties,
                        COMMITMENT.STATUS, COMMITMENT.ORIGIN, COMMITMENT.REVIEW_STATE, COMMITMENT.VERSION)
                .from(COMMITMENT)
                .leftJoin(MEETING).on(MEETING.ID.eq(COMMITMENT.MEETING_ID))
                .where(condition)
                .orderBy(COMMITMENT.ID)
                .fetch(r -> new CommitmentView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), list(r.value6()),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null).toList();
    }
}
