package org.dialogues.report;

import org.dialogues.database.schema.tables.Article;
import org.dialogues.database.schema.tables.Commitment;
import org.dialogues.database.schema.tables.CommitmentEvidence;
import org.dialogues.database.schema.tables.CommitmentParty;
import org.dialogues.database.schema.tables.DialogueSeries;
import org.dialogues.database.schema.tables.Meeting;
import org.dialogues.database.schema.tables.MeetingEvidence;
import org.dialogues.database.schema.tables.MeetingParty;
import org.dialogues.database.schema.tables.MeetingTopic;
import org.dialogues.database.schema.tables.Participation;
import org.dialogues.database.schema.tables.Party;
import org.dialogues.database.schema.tables.Person;
import org.dialogues.database.schema.tables.PositionLevel;
import org.dialogues.database.schema.tables.Topic;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.PARTY_ALIAS;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;
import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTY;
import static org.dialogues.database.schema.Tables.PERSON;
import static org.dialogues.database.schema.Tables.POSITION_LEVEL;
import static org.dialogues.database.schema.Tables.TOPIC;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.year;

/**
 * Every query behind the reports, over the knowledge tables. Each returns report records; every
 * number is an SQL aggregate. Korea is the party {@code KR}.
 */
final class ReportQueries {

    static final String KOREA = "KR";

    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- meetings -------------------------------------------------------------------------------

    List<MeetingLine> meetings(MeetingScope scope) {
        Meeting m = MEETING.as("m");
        DialogueSeries s = DIALOGUE_SERIES.as("s");
        Party place = PARTY.as("place");
        PositionLevel level = POSITION_LEVEL.as("lvl");
        return dsl.select(m.ID, m.NAME, s.NAME, m.EDITION, m.START_DATE, m.END_DATE, m.DATE_PRECISION,
                        m.CITY, place.NAME, m.STATUS, level.LABEL,
                        partnerNames(m.ID),
                        participants(m.ID, true), participants(m.ID, false),
                        topics(m.ID), meetingArticles(m.ID), m.COUNTRY_CODE, partnerCodeArray(m.ID))
                .from(m)
                .leftJoin(s).on(s.ID.eq(m.SERIES_ID))
                .leftJoin(place).on(place.CODE.eq(m.COUNTRY_CODE))
                .leftJoin(level).on(level.CODE.eq(m.LEVEL_CODE))
                .where(inScope(scope, m))
                .orderBy(m.START_DATE, m.NAME, m.ID)
                .fetch(r -> new MeetingLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Dates.span(r.value5(), r.value6(), r.value7()), place(r.value8(), r.value9()), r.value10(),
                        r.value11(), r.value12(), r.value13(), r.value14(), r.value15(), ids(r.value16()), "",
                        r.value6(), r.value7(), r.value8(), r.value17(), r.value18() == null ? List.of() : List.of(r.value18())));
    }

    /** The title as reports print it ("South Korean president" is "President"): see the display_title function. */
    static Field<String> displayTitle(Field<String> title) {
        return field("display_title({0})", String.class, title);
    }

    /** The partners' codes (Korea left out), in code order. */
    private static Field<String[]> partnerCodeArray(Field<Long> meetingId) {
        MeetingParty mp = MEETING_PARTY.as("pc_mp");
        return field(select(arrayAgg(mp.PARTY_CODE).orderBy(mp.PARTY_CODE)).from(mp)
                .where(mp.MEETING_ID.eq(meetingId)).and(mp.PARTY_CODE.ne(KOREA)));
    }

    /** The condition that puts meeting {@code m} in the scope. */
    static Condition inScope(MeetingScope scope, Meeting m) {
        Condition korea = exists(selectOne().from(MEETING_PARTY)
                .where(MEETING_PARTY.MEETING_ID.eq(m.ID)).and(MEETING_PARTY.PARTY_CODE.eq(KOREA)));
        Condition partner = scope.partner()
                .map(code -> exists(selectOne().from(MEETING_PARTY)
                        .where(MEETING_PARTY.MEETING_ID.eq(m.ID)).and(MEETING_PARTY.PARTY_CODE.eq(code))))
                .orElse(noCondition());
        return m.START_DATE.between(scope.from(), scope.to())
                .and(m.STATUS.in(scope.statuses()))
                .and(scope.monthKnown() ? m.DATE_PRECISION.in("day", "month") : noCondition())
                .and(scope.withKorea() ? korea : korea.not())
                .and(partner);
    }

    private static Field<String> partnerNames(Field<Long> meetingId) {
        MeetingParty mp = MEETING_PARTY.as("pn_mp");
        Party p = PARTY.as("pn_p");
        return field(select(listAgg(p.NAME, ", ").withinGroupOrderBy(p.NAME))
                .from(mp).join(p).on(p.CODE.eq(mp.PARTY_CODE))
                .where(mp.MEETING_ID.eq(meetingId)).and(mp.PARTY_CODE.ne(KOREA)));
    }

    /** "Name (Title); Name (Title)" of one side, highest level first. */
    private static Field<String> participants(Field<Long> meetingId, boolean korean) {
        Participation pa = PARTICIPATION.as(korean ? "kp" : "pp");
        Person pe = PERSON.as(korean ? "kpe" : "ppe");
        PositionLevel pl = POSITION_LEVEL.as(korean ? "kpl" : "ppl");
        Field<String> country = coalesce(pa.COUNTRY_CODE, pe.COUNTRY_CODE);
        Field<String> entry = pe.NAME.concat(coalesce(inline(" (").concat(displayTitle(pa.TITLE)).concat(inline(")")), inline("")));
        return field(select(listAgg(entry, "; ").withinGroupOrderBy(pl.RANK.asc().nullsLast(), pe.NAME))
                .from(pa).join(pe).on(pe.ID.eq(pa.PERSON_ID))
                .leftJoin(pl).on(pl.CODE.eq(pa.LEVEL_CODE))
                .where(pa.MEETING_ID.eq(meetingId))
                .and(korean ? country.eq(KOREA) : country.isDistinctFrom(KOREA)));
    }

    private static Field<String> topics(Field<Long> meetingId) {
        MeetingTopic mt = MEETING_TOPIC.as("mt");
        Topic t = TOPIC.as("t");
        return field(select(listAgg(t.LABEL, ", ").withinGroupOrderBy(t.LABEL))
                .from(mt).join(t).on(t.CODE.eq(mt.TOPIC_CODE))
                .where(mt.MEETING_ID.eq(meetingId)));
    }

    private static Field<Long[]> meetingArticles(Field<Long> meetingId) {
        MeetingEvidence me = MEETING_EVIDENCE.as("me");
        return field(select(arrayAggDistinct(me.ARTICLE_ID)).from(me).where(me.MEETING_ID.eq(meetingId)));
    }

    // ---- commitments ----------------------------------------------------------------------------

    /**
     * Commitments, one line per partner bound: the non-Korean parties of the commitment, or, when it
     * names none, the non-Korean parties of its meeting.
     */
    List<CommitmentLine> commitments(Condition where) {
        // The conditions of madeAt and tracked name the aliases c, m and partner used here.
        Commitment c = COMMITMENT.as("c");
        Meeting m = MEETING.as("m");
        Party partner = PARTY.as("partner");
        Meeting done = MEETING.as("done");
        Field<LocalDate> pledged = coalesce(m.START_DATE, firstReported(c.ID));
        return dsl.select(c.ID, partner.CODE, partner.NAME, c.KIND, c.STATUS, c.TEXT, pledged, m.NAME,
                        commitmentParties(c.ID), done.NAME, done.START_DATE, commitmentArticles(c.ID))
                .from(c)
                .leftJoin(m).on(m.ID.eq(c.MEETING_ID))
                .leftJoin(done).on(done.ID.eq(c.FULFILLED_BY_MEETING_ID))
                .crossJoin(lateral(partnerCodes(c).asTable("pc", "code")))
                .join(partner).on(partner.CODE.eq(field(name("pc", "code"), String.class)))
                .where(where)
                .orderBy(partner.NAME, pledged.asc().nullsLast(), c.ID)
                .fetch(r -> new CommitmentLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), fulfilledBy(r.value10(), r.value11()), ids(r.value12()), ""));
    }

    /** How many of the commitments the condition selects are open, fulfilled and superseded. */
    StatusCounts statusCounts(Condition where) {
        Commitment c = COMMITMENT.as("c");
        Meeting m = MEETING.as("m");
        Party partner = PARTY.as("partner");
        return dsl.select(countDistinct(c.ID).filterWhere(c.STATUS.eq("open")),
                        countDistinct(c.ID).filterWhere(c.STATUS.eq("fulfilled")),
                        countDistinct(c.ID).filterWhere(c.STATUS.eq("superseded")))
                .from(c)
                .leftJoin(m).on(m.ID.eq(c.MEETING_ID))
                .crossJoin(lateral(partnerCodes(c).asTable("pc", "code")))
                .join(partner).on(partner.CODE.eq(field(name("pc", "code"), String.class)))
                .where(where)
                .fetchSingle(r -> new StatusCounts(r.value1(), r.value2(), r.value3()));
    }

    /** The partners a commitment binds: its non-Korean parties, or else its meeting's. */
    private static Select<Record1<String>> partnerCodes(Commitment c) {
        CommitmentParty named = COMMITMENT_PARTY.as("named");
        CommitmentParty anyNamed = COMMITMENT_PARTY.as("any_named");
        MeetingParty fromMeeting = MEETING_PARTY.as("from_meeting");
        return select(named.PARTY_CODE).from(named)
                .where(named.COMMITMENT_ID.eq(c.ID)).and(named.PARTY_CODE.ne(KOREA))
                .unionAll(select(fromMeeting.PARTY_CODE).from(fromMeeting)
                        .where(fromMeeting.MEETING_ID.eq(c.MEETING_ID)).and(fromMeeting.PARTY_CODE.ne(KOREA))
                        .and(notExists(selectOne().from(anyNamed)
                                .where(anyNamed.COMMITMENT_ID.eq(c.ID)).and(anyNamed.PARTY_CODE.ne(KOREA)))));
    }

    /** Commitments with one partner. */
    static Condition withPartner(String partyCode) {
        return PARTY.as("partner").CODE.eq(partyCode);
    }

    /** Commitments made at Korea's meetings in scope. */
    static Condition madeAt(MeetingScope scope) {
        Meeting m = MEETING.as("m");
        return inScope(scope, m);
    }

    /** Commitments that bind Korea (named, or made at a meeting Korea attended), for the tracker. */
    static Condition tracked(Optional<String> partner, Optional<String> status) {
        Commitment c = COMMITMENT.as("c");
        Party p = PARTY.as("partner");
        Condition koreaNamed = exists(selectOne().from(COMMITMENT_PARTY)
                .where(COMMITMENT_PARTY.COMMITMENT_ID.eq(c.ID)).and(COMMITMENT_PARTY.PARTY_CODE.eq(KOREA)));
        Condition koreaMet = exists(selectOne().from(MEETING_PARTY)
                .where(MEETING_PARTY.MEETING_ID.eq(c.MEETING_ID)).and(MEETING_PARTY.PARTY_CODE.eq(KOREA)));
        return koreaNamed.or(koreaMet)
                .and(partner.map(p.CODE::eq).orElse(trueCondition()))
                .and(status.map(c.STATUS::eq).orElse(trueCondition()));
    }

    private static Field<String> commitmentParties(Field<Long> commitmentId) {
        CommitmentParty cp = COMMITMENT_PARTY.as("cpp");
        Party p = PARTY.as("cpp_p");
        return field(select(listAgg(p.NAME, ", ").withinGroupOrderBy(p.NAME))
                .from(cp).join(p).on(p.CODE.eq(cp.PARTY_CODE))
                .where(cp.COMMITMENT_ID.eq(commitmentId)));
    }

    private static Field<LocalDate> firstReported(Field<Long> commitmentId) {
        CommitmentEvidence ce = COMMITMENT_EVIDENCE.as("fr_ce");
        Article a = ARTICLE.as("fr_a");
        return field(select(min(a.PUBLISHED)).from(ce).join(a).on(a.ID.eq(ce.ARTICLE_ID))
                .where(ce.COMMITMENT_ID.eq(commitmentId)));
    }

    private static Field<Long[]> commitmentArticles(Field<Long> commitmentId) {
        CommitmentEvidence ce = COMMITMENT_EVIDENCE.as("ce");
        return field(select(arrayAggDistinct(ce.ARTICLE_ID)).from(ce).where(ce.COMMITMENT_ID.eq(commitmentId)));
    }

    // ---- summaries ------------------------------------------------------------------------------

    /** The executive-summary figures of a quarter (planned meetings are those announced for the next one). */
    Figures figures(Quarter quarter) {
        Meeting held = MEETING.as("held");
        Meeting planned = MEETING.as("planned");
        Meeting mc = MEETING.as("mc");
        Meeting mp = MEETING.as("mp");
        MeetingScope heldScope = MeetingScope.korea(quarter, MeetingScope.HELD);
        MeetingScope plannedScope = MeetingScope.korea(quarter.next(), MeetingScope.PLANNED);
        return dsl.select(
                        field(select(count()).from(held).where(inScope(heldScope, held))),
                        field(select(countDistinct(MEETING_PARTY.PARTY_CODE)).from(MEETING_PARTY)
                                .join(mp).on(mp.ID.eq(MEETING_PARTY.MEETING_ID))
                                .where(inScope(heldScope, mp)).and(MEETING_PARTY.PARTY_CODE.ne(KOREA))),
                        field(select(count()).from(COMMITMENT).join(mc).on(mc.ID.eq(COMMITMENT.MEETING_ID))
                                .where(inScope(heldScope, mc))),
                        field(select(count()).from(planned).where(inScope(plannedScope, planned))))
                .fetchSingle(r -> new Figures(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * How many of the quarter's dialogues held, and of the commitments made at them, a person has
     * checked (confirmed, corrected or added), so that whoever signs the report knows what was reviewed.
     */
    Reviewed reviewed(Quarter quarter) {
        Meeting m = MEETING.as("rv_m");
        Meeting mc = MEETING.as("rv_mc");
        MeetingScope heldScope = MeetingScope.korea(quarter, MeetingScope.HELD);
        return dsl.select(
                        field(select(count()).from(m).where(inScope(heldScope, m))),
                        field(select(count()).from(m).where(inScope(heldScope, m)).and(m.REVIEW_STATE.ne("unreviewed").or(m.ORIGIN.eq("manual")))),
                        field(select(count()).from(COMMITMENT).join(mc).on(mc.ID.eq(COMMITMENT.MEETING_ID)).where(inScope(heldScope, mc))),
                        field(select(count()).from(COMMITMENT).join(mc).on(mc.ID.eq(COMMITMENT.MEETING_ID)).where(inScope(heldScope, mc))
                                .and(COMMITMENT.REVIEW_STATE.ne("unreviewed").or(COMMITMENT.ORIGIN.eq("manual")))))
                .fetchSingle(r -> new Reviewed(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Per partner: meetings held with Korea, the highest level of participation, commitments made. */
    List<PartnerLine> partners(MeetingScope scope) {
        Meeting m = MEETING.as("m");
        MeetingParty mp = MEETING_PARTY.as("mp");
        Party p = PARTY.as("p");
        Participation pa = PARTICIPATION.as("pa");
        PositionLevel pl = POSITION_LEVEL.as("pl");
        Commitment c = COMMITMENT.as("c");
        Field<Integer> meetings = countDistinct(m.ID);
        Field<Integer> commitments = countDistinct(c.ID);
        Field<Integer> topRank = min(pl.RANK).cast(Integer.class);
        Field<String> topLevel = field(select(POSITION_LEVEL.LABEL).from(POSITION_LEVEL)
                .where(POSITION_LEVEL.RANK.eq(min(pl.RANK))));
        return dsl.select(p.CODE, p.NAME, meetings, topLevel, commitments)
                .from(m)
                .join(mp).on(mp.MEETING_ID.eq(m.ID)).and(mp.PARTY_CODE.ne(KOREA))
                .join(p).on(p.CODE.eq(mp.PARTY_CODE))
                .leftJoin(pa).on(pa.MEETING_ID.eq(m.ID))
                .leftJoin(pl).on(pl.CODE.eq(pa.LEVEL_CODE).or(pl.CODE.eq(m.LEVEL_CODE)))
                .leftJoin(c).on(c.MEETING_ID.eq(m.ID))
                .where(inScope(scope, m))
                .groupBy(p.CODE, p.NAME)
                .orderBy(meetings.desc(), topRank.asc().nullsLast(), p.NAME)
                .fetch(r -> new PartnerLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Meetings per partner (category) and month (series), for the activity chart. */
    List<ActivityPoint> activityByMonth(MeetingScope scope) {
        Meeting m = MEETING.as("m");
        MeetingParty mp = MEETING_PARTY.as("mp");
        Party p = PARTY.as("p");
        Field<Integer> year = year(m.START_DATE);
        Field<Integer> month = month(m.START_DATE);
        return dsl.select(p.NAME, p.CODE, year, month, countDistinct(m.ID))
                .from(m)
                .join(mp).on(mp.MEETING_ID.eq(m.ID)).and(mp.PARTY_CODE.ne(KOREA))
                .join(p).on(p.CODE.eq(mp.PARTY_CODE))
                .where(inScope(scope, m))
                .groupBy(p.NAME, p.CODE, year, month)
                .orderBy(year, month, p.NAME)
                .fetch(r -> new ActivityPoint(ChartLabels.partner(r.value1(), r.value2()), Dates.month(r.value3(), r.value4()), r.value5()));
    }

    /** Meetings per topic, for the topic chart; a meeting with no recognised topic is in no bar (it is in the meetings table). */
    List<ActivityPoint> activityByTopic(MeetingScope scope) {
        Meeting m = MEETING.as("m");
        MeetingTopic mt = MEETING_TOPIC.as("mt");
        Topic t = TOPIC.as("t");
        Field<String> label = t.LABEL;
        return dsl.select(label, countDistinct(m.ID))
                .from(m)
                .join(mt).on(mt.MEETING_ID.eq(m.ID))
                .join(t).on(t.CODE.eq(mt.TOPIC_CODE))
                .where(inScope(scope, m))
                .groupBy(label)
                .orderBy(countDistinct(m.ID).desc(), label)
                .fetch(r -> new ActivityPoint(r.value1(), "Meetings", r.value2()));
    }

    /** People on either side of Korea's meetings with a partner, by level, with how many meetings each attended. */
    List<ParticipantLevelLine> participantsByLevel(MeetingScope scope) {
        Meeting m = MEETING.as("m");
        Participation pa = PARTICIPATION.as("pa");
        Person pe = PERSON.as("pe");
        PositionLevel pl = POSITION_LEVEL.as("pl");
        Party country = PARTY.as("country");
        Field<Integer> rank = coalesce(pl.RANK.cast(Integer.class), inline(99));
        Field<String> levelLabel = coalesce(pl.LABEL, inline("Level not known"));
        Field<String> title = max(displayTitle(pa.TITLE));
        return dsl.select(rank, levelLabel, pe.NAME, title, country.NAME, countDistinct(m.ID))
                .from(m)
                .join(pa).on(pa.MEETING_ID.eq(m.ID))
                .join(pe).on(pe.ID.eq(pa.PERSON_ID))
                .leftJoin(pl).on(pl.CODE.eq(pa.LEVEL_CODE))
                .leftJoin(country).on(country.CODE.eq(coalesce(pa.COUNTRY_CODE, pe.COUNTRY_CODE)))
                .where(inScope(scope, m))
                .groupBy(rank, levelLabel, pe.ID, pe.NAME, country.NAME)
                .orderBy(rank, country.NAME, pe.NAME)
                .fetch(r -> new ParticipantLevelLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    // ---- sources and reference ------------------------------------------------------------------

    /** The cited articles in appendix order (publication date, outlet, id), labelled S1, S2... */
    List<SourceLine> sources(Collection<Long> articleIds) {
        List<SourceLine> unlabelled = dsl.select(ARTICLE.ID, ARTICLE.OUTLET, ARTICLE.PUBLISHED, ARTICLE.TITLE, ARTICLE.URL)
                .from(ARTICLE)
                .where(ARTICLE.ID.in(articleIds))
                .orderBy(ARTICLE.PUBLISHED.asc().nullsLast(), ARTICLE.OUTLET.asc().nullsLast(), ARTICLE.ID)
                .fetch(r -> new SourceLine(r.value1(), null, r.value2(), r.value3(), r.value4(), r.value5()));
        return java.util.stream.IntStream.range(0, unlabelled.size())
                .mapToObj(i -> unlabelled.get(i).labelled("S" + (i + 1)))
                .toList();
    }

    /** Everyone who took part in the given meetings, one row per participation, for the data sheets. */
    List<ParticipantRow> participantRows(Collection<Long> meetingIds) {
        Meeting m = MEETING.as("pr_m");
        Participation pa = PARTICIPATION.as("pr_pa");
        Person pe = PERSON.as("pr_pe");
        PositionLevel pl = POSITION_LEVEL.as("pr_pl");
        return dsl.select(m.ID, m.NAME, pe.ID, pe.NAME, displayTitle(pa.TITLE), pa.ORGANIZATION_NAME, coalesce(pa.COUNTRY_CODE, pe.COUNTRY_CODE), pl.LABEL)
                .from(pa).join(m).on(m.ID.eq(pa.MEETING_ID)).join(pe).on(pe.ID.eq(pa.PERSON_ID))
                .leftJoin(pl).on(pl.CODE.eq(pa.LEVEL_CODE))
                .where(m.ID.in(meetingIds))
                .orderBy(m.START_DATE, m.ID, pl.RANK.asc().nullsLast(), pe.NAME)
                .fetch(r -> new ParticipantRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    /** When the newest article was stored: the data the report stands on. */
    Optional<OffsetDateTime> dataAsOf() {
        return Optional.ofNullable(dsl.select(max(ARTICLE.IMPORTED_AT)).from(ARTICLE).fetchOne(0, OffsetDateTime.class));
    }

    /** The party's name, if the code is known. */
    Optional<String> partyName(String code) {
        return dsl.select(PARTY.NAME).from(PARTY).where(PARTY.CODE.eq(code)).fetchOptional(PARTY.NAME);
    }

    /** The codes of the parties named or aliased so ("Japan", "U.S.", "Germans"), case aside. */
    List<String> partiesCalled(String name) {
        String lower = name.trim().toLowerCase(java.util.Locale.ROOT);
        return dsl.selectDistinct(PARTY.CODE).from(PARTY).where(lower(PARTY.NAME).eq(lower))
                .union(selectDistinct(PARTY_ALIAS.PARTY_CODE).from(PARTY_ALIAS).where(lower(PARTY_ALIAS.ALIAS).eq(lower)))
                .fetch(0, String.class);
    }

    /** A party whose name or alias begins as the typed text does, for "did you mean ...?" (none when nothing does). */
    Optional<String> nearestParty(String typed) {
        String lower = typed.trim().toLowerCase(java.util.Locale.ROOT);
        if (lower.length() < 2) {
            return Optional.empty();
        }
        String start = lower.substring(0, Math.min(3, lower.length()));
        return dsl.select(PARTY.CODE).from(PARTY).where(lower(PARTY.NAME).startsWith(start))
                .union(select(PARTY_ALIAS.PARTY_CODE).from(PARTY_ALIAS).where(lower(PARTY_ALIAS.ALIAS).startsWith(start)))
                .orderBy(1).limit(1).fetchOptional(0, String.class);
    }

    private static List<Long> ids(Long[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null).toList();
    }

    private static String place(String city, String country) {
        if (city == null) {
            return country;
        }
        return country == null ? city : city + ", " + country;
    }

    private static String fulfilledBy(String meeting, LocalDate date) {
        if (meeting == null) {
            return null;
        }
        return date == null ? meeting : meeting + " (" + Dates.day(date) + ")";
    }
}
