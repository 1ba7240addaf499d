package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.Layers;
import org.dialogues.extract.TestPipelines;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.TestReference;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.party.PartyMentionStage;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Pipeline;
import org.dialogues.extract.text.CleanStage;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

/** Forms of naming people that news uses and the seed articles do not: ranks, appositives, counterparts. */
class ParticipantsInUnseenFormsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);
    private static final ReferenceData REFERENCE = withTitles(
            new ReferenceData.Title("commander", "senior_official"),
            new ReferenceData.Title("deputy prime minister", "minister"),
            new ReferenceData.Title("analyst", "expert"));

    private final Extractor extractor = new Extractor(REFERENCE);
    private final Pipeline people = TestPipelines.upToPeople(REFERENCE);

    @Test
    void anAppositiveOfficeEndsWhereTheSentenceGoesOn() {
        Extraction extraction = extract("South Korea and Australia held defense talks in Canberra on Tuesday.\n"
                + "Kim Min-ho, the defense minister, met Tom Whitlock, Australia's deputy prime minister, in the "
                + "capital.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(tuple("Kim Min-ho", "KR"), tuple("Tom Whitlock", "AU"));
    }

    @Test
    void aMilitaryRankBeforeTheNameIsNotPartOfIt() {
        List<PersonMention> found = mentions("Defense Minister Park Min-jae met Admiral Tom Reed, commander of "
                + "U.S. forces in the region, in Busan on Monday.");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .containsExactlyInAnyOrder(tuple("Park Min-jae", "KR"), tuple("Tom Reed", "US"));
    }

    @Test
    void anAbbreviatedRankInsideATitleKeepsTheNameAfterIt() {
        List<PersonMention> found = mentions("U.S. Forces Commander Gen. Tom Reed met Defense Minister Park Min-jae "
                + "in Busan on Monday.");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .containsExactlyInAnyOrder(tuple("Tom Reed", "US"), tuple("Park Min-jae", "KR"));
    }

    @Test
    void genWithoutAPeriodIsAGivenName() {
        List<PersonMention> found = mentions("Japanese Defense Minister Gen Sato and South Korean Defense Minister "
                + "Park Min-jae met in Busan on Monday.");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .containsExactlyInAnyOrder(tuple("Gen Sato", "JP"), tuple("Park Min-jae", "KR"));
    }

    @Test
    void counterpartsNamedWithoutTitlesServeTheirCountry() {
        List<PersonMention> found = mentions("Foreign Minister Park Min-jae and Defense Minister Lee Jun-seo met "
                + "their Japanese counterparts, Aiko Tanaka and Ken Sato, in Tokyo on Friday.");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Aiko Tanaka", "JP"), tuple("Ken Sato", "JP"));
    }

    @Test
    void aCounterpartReceivedInTheNextSentenceTakesPart() {
        Extraction extraction = extract("South Korea and Poland held defense talks in Warsaw on Monday.\n"
                + "Polish Defense Minister Jan Nowak received his South Korean counterpart, Park Min-jae, at the "
                + "ministry.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(tuple("Jan Nowak", "PL"), tuple("Park Min-jae", "KR"));
    }

    @Test
    void anAnalystOrASenderOfMessagesIsNotAtTheTable() {
        Extraction extraction = extract("South Korea and the U.S. held defense talks in Busan on Monday.\n"
                + "Defense Minister Park Min-jae and U.S. Secretary of State Mark Hale led the talks.\n"
                + "Analyst Choi Min-su said the talks mattered to the alliance.\n"
                + "President Lee Jun-seo sent a congratulatory message to the talks.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name)
                .containsExactlyInAnyOrder("Park Min-jae", "Mark Hale");
    }

    @Test
    void aTitleInParenthesesAfterTheNameMakesAPerson() {
        List<PersonMention> found = mentions("The talks brought together Lee Jun-seo (director general for "
                + "security policy, Ministry of National Defense) and Aiko Tanaka (Japanese Defense Minister).");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .containsExactlyInAnyOrder(tuple("Lee Jun-seo", "KR"), tuple("Aiko Tanaka", "JP"));
    }

    @Test
    void aNameEndingInJuniorIsKeptWhole() {
        List<PersonMention> found = mentions("Defense Minister Park Min-jae hosted Gen. Tom Q. Reed Jr., director of "
                + "the U.S. Department of Defense staff, in Busan.");

        assertThat(found).extracting(PersonMention::name).contains("Tom Q. Reed Jr");
    }

    @Test
    void delegationLeadersInTheFollowingSentencesTakePart() {
        Extraction extraction = extract("South Korea and the U.S. held their strategy dialogue in Busan on Monday.\n"
                + "The South Korean delegation was led by Vice Minister Park Min-jae.\n"
                + "The American side was led by Mark Hale (Deputy Assistant Secretary of Defense).");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(tuple("Park Min-jae", "KR"), tuple("Mark Hale", "US"));
    }

    @Test
    void whoeverMeetsTheCounterpartsOfOneSideStandsOnTheOther() {
        Extraction extraction = extract("Secretary of State Mark Hale met their French counterparts, Paul Martin "
                + "and Claire Dubois, on Tuesday for the fourth U.S.-France strategic dialogue in Paris.");

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(tuple("Mark Hale", "US"), tuple("Paul Martin", "FR"),
                        tuple("Claire Dubois", "FR"));
    }

    @Test
    void anUntitledPersonBesideTheSurnameOfSomeoneNamedBeforeIsAPerson() {
        List<PersonMention> found = mentions("South Korea's defense minister met his Japanese counterpart, Ken Sato, "
                + "in Tokyo.\nLee Jun-seo and Sato used the session to discuss exercises.");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Lee Jun-seo", "KR"));
    }

    @Test
    void aPlaceBeforeATitleIsNotAPersonInTheList() {
        List<PersonMention> found = mentions("The leaders -- Park Min-jae, Australian Prime Minister Tom Whitlock and "
                + "New Zealand Prime Minister Lee Jun-seo -- met on their own.");

        assertThat(found).extracting(PersonMention::name).doesNotContain("New Zealand")
                .contains("Tom Whitlock", "Lee Jun-seo");
    }

    @Test
    void whoeverAttendsAMeetingByItsNameTakesPartInThatOne() {
        AnnotatedDocument document = people.annotate(TestPipelines.input()
                .with(Layers.RAW_TEXT, "President Park Min-jae is attending the NATO summit in Brussels, a year "
                        + "after Japanese Prime Minister Ken Sato hosted the G7 summit.")
                .with(Layers.PUBLICATION, Publication.UNKNOWN));
        // two meetings told in one sentence, as the meeting stage would find them
        document = document.with(Layers.MEETINGS, List.of(meeting("m1", "NATO summit", Set.of("NATO", "KR")),
                meeting("m2", "G7 summit", Set.of("JP", "KR"))));

        List<ParticipantFact> found = new ParticipantStage().annotate(document).get(Layers.PARTICIPANTS);

        assertThat(found).extracting(ParticipantFact::meetingKey, ParticipantFact::name)
                .containsExactlyInAnyOrder(tuple("m1", "Park Min-jae"), tuple("m2", "Ken Sato"));
    }

    @Test
    void aSurnameRefersToTheNameEndingInJunior() {
        List<PersonMention> found = mentions("Polish Defense Minister Mario Santos Jr. arrived in Tokyo.\n"
                + "Japanese Defense Minister Ken Sato met Santos on Monday.");

        assertThat(found).filteredOn(m -> m.sentence() == 1).extracting(PersonMention::name)
                .contains("Mario Santos Jr");
    }

    private Extraction extract(String text) {
        return extractor.extract(ArticleInput.of(text, PUBLISHED));
    }

    private List<PersonMention> mentions(String text) {
        return people.annotate(TestPipelines.input().with(Layers.RAW_TEXT, text)
                .with(Layers.PUBLICATION, Publication.UNKNOWN)).get(Layers.PERSON_MENTIONS);
    }

    private static MeetingMention meeting(String key, String name, Set<String> parties) {
        return new MeetingMention(key, name, null, null, null, null, null, DatePrecision.UNKNOWN, null, null, parties,
                MeetingStatus.HELD, null, EvidenceRole.REPORT, List.of(0), Set.of());
    }

    private static ReferenceData withTitles(ReferenceData.Title... extra) {
        ReferenceData base = TestReference.create();
        List<ReferenceData.Title> titles = new ArrayList<>(base.titles());
        titles.addAll(List.of(extra));
        // a place of two words that are no title or office words
        List<ReferenceData.Party> parties = new ArrayList<>(base.parties());
        parties.add(new ReferenceData.Party("NZ", "New Zealand", "state", "Wellington"));
        return new ReferenceData(parties, base.partyAliases(), base.organizations(), titles, base.topics(),
                base.series(), base.cities(), base.offices());
    }
}
