package org.dialogues.store;

import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;

import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.PARTICIPATION;

/** A short account of what the knowledge base holds, for the demo and for people at a terminal. */
public final class Overview {

    /** One meeting in a line. */
    public record MeetingLine(LocalDate start, String precision, String name, String parties, String status,
                              int participants, int commitments) {}

    private final DSLContext dsl;

    public Overview(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MeetingLine> meetings() {
        Field<String> parties = DSL.select(DSL.groupConcat(MEETING_PARTY.PARTY_CODE).orderBy(MEETING_PARTY.PARTY_CODE).separator("-"))
                .from(MEETING_PARTY).where(MEETING_PARTY.MEETING_ID.eq(MEETING.ID)).asField();
        Field<Integer> participants = DSL.selectCount().from(PARTICIPATION).where(PARTICIPATION.MEETING_ID.eq(MEETING.ID)).asField();
        Field<Integer> commitments = DSL.selectCount().from(COMMITMENT).where(COMMITMENT.MEETING_ID.eq(MEETING.ID)).asField();
        return dsl.select(MEETING.START_DATE, MEETING.DATE_PRECISION, MEETING.NAME, parties, MEETING.STATUS, participants, commitments)
                .from(MEETING)
                .orderBy(MEETING.START_DATE.asc().nullsLast(), MEETING.ID)
                .fetch(r -> new MeetingLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Calendar quarters ("2025-Q1") in which a meeting with South Korea as a party took place (dated to the month or day). */
    public List<String> quartersWithKoreanMeetings() {
        Field<Integer> year = DSL.extract(MEETING.START_DATE, DatePart.YEAR);
        Field<Integer> quarter = DSL.extract(MEETING.START_DATE, DatePart.QUARTER);
        return dsl.selectDistinct(year, quarter)
                .from(MEETING)
                .join(MEETING_PARTY).on(MEETING_PARTY.MEETING_ID.eq(MEETING.ID).and(MEETING_PARTY.PARTY_CODE.eq("KR")))
                .where(MEETING.START_DATE.isNotNull())
                .and(MEETING.DATE_PRECISION.in("day", "month"))   // a year alone names no quarter
                .and(MEETING.STATUS.eq("held"))
                .orderBy(year, quarter)
                .fetch(r -> r.value1() + "-Q" + r.value2());
    }
}
