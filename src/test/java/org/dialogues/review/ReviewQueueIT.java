package org.dialogues.review;

import org.dialogues.database.TestDatabase;
import org.dialogues.report.Quarter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.MEETING;

/** What the queue lists, kind by kind, and how its filters narrow it. */
class ReviewQueueIT {

    private static final String TEXT = "Korea and Japan held talks in Tokyo. Korea and Japan met again in Tokyo. Kim Min-ho took part.";

    private static TestDatabase database;
    private static QueueQueries queue;
    private static long flagged;
    private static long empty;
    private static long talks;
    private static long again;
    private static long undated;
    private static long untitled;

    @BeforeAll
    static void facts() {
        database = TestDatabase.create();
        WorkbenchFixture fixture = new WorkbenchFixture(database.dsl());
        long article = fixture.article("Korea, Japan talks", "Yonhap", LocalDate.of(2024, 8, 2), TEXT);
        flagged = fixture.article("Undated story", "KBS", null, "Officials met. No date was given.");
        empty = fixture.article("Weather", "Yonhap", LocalDate.of(2024, 8, 3), "It rained in Seoul all day.");
        talks = fixture.meeting("Korea-Japan talks", LocalDate.of(2024, 8, 1), "Tokyo", List.of("JP", "KR"));
        fixture.meetingEvidence(talks, article, TEXT, "Korea and Japan held talks in Tokyo.", 0.9f);
        again = fixture.meeting("Korea-Japan meeting", LocalDate.of(2024, 8, 5), "Tokyo", List.of("JP", "KR"));
        fixture.meetingEvidence(again, article, TEXT, "Korea and Japan met again in Tokyo.", 0.4f);
        undated = fixture.meeting("Korea-US consultations", null, null, List.of("KR", "US"));
        untitled = fixture.participation(talks, "Kim Min-ho", "KR", null, article, TEXT, "Kim Min-ho took part.");
        queue = new QueueQueries(database.dsl());
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void everyKindOfDoubtIsListedWithItsPage() {
        List<QueueItem> items = queue.queue(QueueFilter.none());
        assertThat(items).extracting(QueueItem::category, QueueItem::link).contains(
                org.assertj.core.groups.Tuple.tuple("flagged article", "/articles/" + flagged),
                org.assertj.core.groups.Tuple.tuple("nothing found", "/articles/" + empty),
                org.assertj.core.groups.Tuple.tuple("undated", "/meetings/" + undated),
                org.assertj.core.groups.Tuple.tuple("possible duplicate", "/meetings/" + talks),
                org.assertj.core.groups.Tuple.tuple("person", "/meetings/" + talks + "#participation-" + untitled));
        assertThat(items).filteredOn(item -> item.category().equals("low confidence"))
                .singleElement().satisfies(item -> {
                    assertThat(item.reason()).isEqualTo("meeting read with confidence 0.40");
                    assertThat(item.link()).endsWith("#meeting-" + again);
                    assertThat(item.parties()).isEqualTo("JP,KR");
                });
        assertThat(items).filteredOn(item -> item.category().equals("person"))
                .singleElement().satisfies(item -> assertThat(item.reason()).isEqualTo("participant without a title"));
    }

    @Test
    void filtersNarrowByPartnerQuarterOutletAndStatus() {
        assertThat(queue.queue(new QueueFilter(Optional.of("US"), Optional.empty(), Optional.empty(), Optional.empty())))
                .extracting(QueueItem::link).containsExactly("/meetings/" + undated);
        assertThat(queue.queue(new QueueFilter(Optional.empty(), Optional.of(Quarter.parse("2024-Q3")), Optional.of("kbs"), Optional.empty())))
                .isEmpty();
        assertThat(queue.queue(new QueueFilter(Optional.empty(), Optional.empty(), Optional.of("KBS"), Optional.empty())))
                .extracting(QueueItem::link).containsOnly("/articles/" + flagged);
        assertThat(queue.queue(new QueueFilter(Optional.of("JP"), Optional.of(Quarter.parse("2024-Q3")), Optional.empty(), Optional.of("held"))))
                .extracting(QueueItem::category).contains("low confidence", "possible duplicate", "person").doesNotContain("undated");
        assertThat(queue.queue(new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("cancelled")))
                .stream().filter(item -> item.link().startsWith("/meetings/"))).isEmpty();
    }

    @Test
    void aReviewedMeetingLeavesTheQueue() {
        long confirmed = new WorkbenchFixture(database.dsl()).meeting("Korea-China talks", null, null, List.of("CN", "KR"));
        assertThat(queue.queue(QueueFilter.none())).extracting(QueueItem::link).contains("/meetings/" + confirmed);
        database.dsl().update(MEETING).set(MEETING.REVIEW_STATE, "confirmed").where(MEETING.ID.eq(confirmed)).execute();
        assertThat(queue.queue(QueueFilter.none())).extracting(QueueItem::link).doesNotContain("/meetings/" + confirmed);
    }
}
