package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.TestReference;
import org.junit.jupiter.api.Test;

class SameMeetingToldTwiceTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 16);

    @Test
    void talksBetweenTwoPeopleInTheSentenceOfANamedMeetingAreThatMeeting() {
        Extraction extraction = Articles.extract("South Korea and Poland held their fourth Strategic Dialogue last "
                + "year, when South Korean Foreign Minister Park Min-jae and Polish Foreign Minister Jan Nowak "
                + "signed a defense accord in Warsaw.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.edition()).isEqualTo(4);
            assertThat(m.city()).isEqualTo("Warsaw");
        });
        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Park Min-jae", "Jan Nowak");
    }

    @Test
    void talksOnTheSameDayAtTheSameVenueAreTheNamedMeeting() {
        Extraction extraction = Articles.extract("South Korea and Germany held the third Korea-Germany Strategic "
                + "Dialogue in Berlin on Tuesday.\nOn Tuesday, South Korean Foreign Minister Park Min-jae met German "
                + "Foreign Minister Anna Weber in Berlin.", WEDNESDAY);

        assertThat(extraction.meetings()).singleElement().satisfies(m -> assertThat(m.edition()).isEqualTo(3));
    }

    @Test
    void talksOnAnotherDayStayAMeetingOfTheirOwn() {
        Extraction extraction = Articles.extract("South Korea and Germany held the third Korea-Germany Strategic "
                + "Dialogue in Berlin on Tuesday.\nOn April 2, South Korean Foreign Minister Park Min-jae met German "
                + "Foreign Minister Anna Weber in Berlin.", WEDNESDAY);

        assertThat(extraction.meetings()).extracting(MeetingFact::startDate)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 2));
    }

    @Test
    void bilateralTalksBesideATrilateralMeetingStayApart() {
        Extraction extraction = Articles.extract("The foreign ministers of South Korea, the United States and Japan "
                + "held a trilateral meeting in Geneva on Tuesday.\nOn Tuesday, South Korean Foreign Minister "
                + "Park Min-jae also met U.S. Secretary of State John Smith in Geneva.", WEDNESDAY);

        assertThat(extraction.meetings()).hasSize(2);
    }

    @Test
    void aDatelinePlaceIsNoSideOfTheMeeting() {
        ReferenceData base = TestReference.create();
        List<ReferenceData.Party> parties = new ArrayList<>(base.parties());
        parties.add(new ReferenceData.Party("SG", "Singapore", "state", "Singapore"));
        List<ReferenceData.PartyAlias> aliases = new ArrayList<>(base.partyAliases());
        aliases.add(new ReferenceData.PartyAlias("Singapore", "SG", "name", false));
        Extractor extractor = new Extractor(new ReferenceData(parties, aliases, base.organizations(), base.titles(),
                base.topics(), base.series(), base.cities()));

        Extraction extraction = extractor.extract(ArticleInput.of("SINGAPORE, April 15 (Wire) -- South Korean "
                + "Foreign Minister Park Min-jae and his Japanese counterpart, Taro Sato, held talks on Tuesday.",
                WEDNESDAY));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.city()).isEqualTo("Singapore");
        });
    }

    @Test
    void itWasTheSecondMeetingSaysWhatTheMeetingJustToldWas() {
        Extraction extraction = Articles.extract(
                "The leaders of South Korea and Japan held talks in Tokyo on Wednesday.\n"
                + "It was the second Korea-Japan summit in less than two months.", LocalDate.of(2025, 3, 7));

        assertThat(extraction.meetings()).singleElement().satisfies(m -> {
            assertThat(m.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(m.startDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        });
    }
}
