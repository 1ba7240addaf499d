package org.dialogues.report;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every figure of the reports against numbers counted by hand from {@link FirstQuarterFixture}. */
class ReportQueriesIT {

    private static final Quarter Q1 = Quarter.parse("2025-Q1");

    private static TestDatabase database;
    private static FirstQuarterFixture fixture;
    private static ReportQueries queries;

    @BeforeAll
    static void fill() {
        database = TestDatabase.create();
        fixture = new FirstQuarterFixture(database.dsl());
        queries = new ReportQueries(database.dsl());
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void summaryFiguresCountHeldKoreanMeetingsTheirPartnersCommitmentsAndNextQuarterPlans() {
        assertThat(queries.figures(Q1)).isEqualTo(new Figures(3, 3, 3, 1));
        assertThat(queries.figures(Q1.previous())).isEqualTo(new Figures(1, 1, 1, 0));
    }

    @Test
    void meetingsKnownOnlyToTheYearStayOutOfTheQuarter() {
        assertThat(queries.meetings(MeetingScope.korea(Q1, "held")))
                .extracting(MeetingLine::id).containsExactly(fixture.m1, fixture.m2, fixture.m3);
    }

    @Test
    void partnerTableCountsMeetingsCommitmentsAndHighestLevelPerPartner() {
        assertThat(queries.partners(MeetingScope.korea(Q1, "held")))
                .extracting(PartnerLine::partnerCode, PartnerLine::meetings, PartnerLine::highestLevel, PartnerLine::commitments)
                .containsExactly(
                        tuple("US", 2, "Vice minister", 2),
                        tuple("PL", 1, "Minister", 1),
                        tuple("JP", 1, "Senior official", 1));
    }

    @Test
    void meetingLineSeparatesKoreanAndPartnerParticipantsWithTitles() {
        MeetingLine m1 = queries.meetings(MeetingScope.korea(Q1, "held")).get(0);
        assertThat(m1.koreanParticipants()).isEqualTo("Kim Test-one (Deputy Minister for Defense Policy)");
        assertThat(m1.partnerParticipants()).isEqualTo("John Testman (Deputy Assistant Secretary of Defense)");
        assertThat(m1.series()).isEqualTo("Korea-U.S. Test Defense Dialogue");
        assertThat(m1.edition()).isEqualTo(7);
        assertThat(m1.place()).isEqualTo("Seoul, South Korea");
        assertThat(m1.partners()).isEqualTo("United States");
        assertThat(m1.topics()).isEqualTo("Defense");
        assertThat(m1.level()).isEqualTo("Vice minister");
        assertThat(m1.when()).isEqualTo("15 Jan 2025");
    }

    @Test
    void regionalContextHoldsOnlyMeetingsWithoutKorea() {
        assertThat(queries.meetings(MeetingScope.regional(Q1))).extracting(MeetingLine::id).containsExactly(fixture.m4);
    }

    @Test
    void commitmentsAppearUnderEachPartnerTheyBindFallingBackToTheMeetingsParties() {
        List<CommitmentLine> lines = queries.commitments(ReportQueries.madeAt(MeetingScope.korea(Q1, "held")));
        assertThat(lines).extracting(CommitmentLine::partnerCode, CommitmentLine::kind, CommitmentLine::status)
                .containsExactly(
                        tuple("JP", "plan", "open"),
                        tuple("PL", "pledge", "fulfilled"),
                        tuple("US", "agree", "open"),
                        tuple("US", "plan", "open"));
        assertThat(lines.get(1).fulfilledBy()).isEqualTo("Korea-U.S.-Japan Space Security Talks (5 Mar 2025)");
        assertThat(lines.get(1).parties()).isEqualTo("Poland, South Korea");
    }

    @Test
    void trackerFiltersByPartnerAndStatusAndCountsStatuses() {
        assertThat(queries.commitments(ReportQueries.tracked(Optional.of("US"), Optional.of("open"))))
                .extracting(CommitmentLine::text)
                .containsExactly("hold the next dialogue in Washington", "exchange space situational awareness data");
        assertThat(queries.statusCounts(ReportQueries.tracked(Optional.empty(), Optional.empty())))
                .isEqualTo(new StatusCounts(3, 1, 0));
    }

    @Test
    void sourcesAreNumberedByPublicationDate() {
        List<SourceLine> sources = queries.sources(Set.of(fixture.a3, fixture.a1, fixture.a4, fixture.a2, fixture.a5));
        assertThat(sources).extracting(SourceLine::articleId, SourceLine::label).containsExactly(
                tuple(fixture.a1, "S1"), tuple(fixture.a2, "S2"), tuple(fixture.a4, "S3"),
                tuple(fixture.a3, "S4"), tuple(fixture.a5, "S5"));
    }

    @Test
    void activityChartCountsMeetingsPerPartnerAndMonth() {
        assertThat(queries.activityByMonth(MeetingScope.korea(Q1, "held")))
                .containsExactly(
                        new ActivityPoint("United States", "Jan 2025", 1),
                        new ActivityPoint("Poland", "Feb 2025", 1),
                        new ActivityPoint("Japan", "Mar 2025", 1),
                        new ActivityPoint("United States", "Mar 2025", 1));
        assertThat(queries.activityByTopic(MeetingScope.korea(Q1, "held")))
                .containsExactly(new ActivityPoint("Defense", "Meetings", 3), new ActivityPoint("Space", "Meetings", 1));
    }

    @Test
    void participantsByLevelCountTheirMeetingsWithThePartner() {
        MeetingScope us = MeetingScope.partner("US", java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2025, 12, 31));
        assertThat(queries.participantsByLevel(us))
                .extracting(ParticipantLevelLine::level, ParticipantLevelLine::name, ParticipantLevelLine::meetings)
                .containsExactly(
                        tuple("Vice minister", "Kim Test-one", 1),
                        tuple("Senior official", "Lee Test-three", 1),
                        tuple("Senior official", "John Testman", 1));
    }
}
