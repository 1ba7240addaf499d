package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.MeetingStatus;
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

/**
 * People whose office is told in a lower-case appositive, by the body they serve, by a title
 * without their name, or only at another mention; and people listed as present.
 */
class PeopleDescribedAwayFromTheirNameTest {

    private static final ReferenceData REFERENCE = withTitles(
            new ReferenceData.Title("chairman", "leader"),
            new ReferenceData.Title("chairman of the joint chiefs of staff", "minister"),
            new ReferenceData.Title("defense secretary", "minister"));

    private final Pipeline people = TestPipelines.upToPeople(REFERENCE);
    private final Extractor extractor = new Extractor(REFERENCE);

    @Test
    void aNameBeforeALowerCaseTitleIsAPerson() {
        assertThat(mentions("Kim Min-ho, the defense minister, held talks with Japanese Defense Minister Gen Sato."))
                .extracting(PersonMention::name, PersonMention::countryCode, PersonMention::levelCode)
                .contains(tuple("Kim Min-ho", "KR", "minister"));
        assertThat(mentions("Kim Min-ho, South Korea's defense minister, met Gen Sato."))
                .extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Kim Min-ho", "KR"));
    }

    @Test
    void namesWithParticlesKeepThem() {
        assertThat(mentions("Ahmad bin Salleh, the defense minister, met Jan van Dijk in Seoul."))
                .extracting(PersonMention::name)
                .containsExactly("Ahmad bin Salleh", "Jan van Dijk");
    }

    @Test
    void whoHeadsABodyMakesAPersonOfItsCountry() {
        assertThat(mentions("Tom Reed, who heads U.S. Forces Korea, also attended the talks."))
                .extracting(PersonMention::name, PersonMention::title, PersonMention::countryCode)
                .containsExactly(tuple("Tom Reed", "head of U.S. Forces Korea", "US"));
    }

    @Test
    void aNameOfACountrysMinistryServesThatCountry() {
        assertThat(mentions("Lee Jae-sung of South Korea's Defense Ministry met Tom Reed in Seoul."))
                .extracting(PersonMention::name, PersonMention::organization, PersonMention::countryCode)
                .contains(tuple("Lee Jae-sung", "Ministry of National Defense", "KR"));
        assertThat(mentions("Tom Reed of the Pentagon met Lee Jae-sung in Seoul."))
                .extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Tom Reed", "US"));
    }

    @Test
    void aPlaceOrFirmOfACountryIsNoPerson() {
        assertThat(mentions("Hanwha Aerospace of South Korea won the order from Poland.")).isEmpty();
    }

    @Test
    void aTitleWithoutANameIsThePersonNamedWithItElsewhere() {
        List<PersonMention> found = mentions("South Korea's defense minister met U.S. Defense Secretary Tom Reed "
                + "in Seoul on Monday. Defense Minister Park Min-jae said the talks went well.");

        assertThat(found).extracting(PersonMention::sentence, PersonMention::name, PersonMention::countryCode)
                .contains(tuple(0, "Park Min-jae", "KR"), tuple(0, "Tom Reed", "US"));
    }

    @Test
    void aTitleHeldByTwoPeopleStaysUnresolved() {
        List<PersonMention> found = mentions("The defense minister met reporters on Monday. Defense Minister "
                + "Park Min-jae and Japanese Defense Minister Gen Sato spoke later.");

        assertThat(found).extracting(PersonMention::sentence).doesNotContain(0);
    }

    @Test
    void theLongestTitleWinsOverItsFirstWord() {
        assertThat(mentions("Gen. Tom Reed, chairman of the U.S. Joint Chiefs of Staff, met Park Min-jae."))
                .extracting(PersonMention::name, PersonMention::countryCode, PersonMention::levelCode)
                .contains(tuple("Tom Reed", "US", "minister"));
    }

    @Test
    void aCountryStatedAtOneMentionHoldsForTheOthers() {
        List<PersonMention> found = mentions("Tom Reed of the Pentagon arrived on Sunday. Later, Tom Reed met "
                + "Defense Minister Park Min-jae.");

        assertThat(found).filteredOn(m -> m.sentence() == 1).extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Tom Reed", "US"));
    }

    @Test
    void peopleListedAsPresentTakePart() {
        Extraction extraction = extractor.extract(ArticleInput.of("South Korea and the United States held defense "
                + "talks in Seoul on Tuesday. Also present were Tom Reed, who heads U.S. Forces Korea, and Kim Min-ho, "
                + "the vice minister.", LocalDate.of(2025, 2, 12)));

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(tuple("Tom Reed", "US"), tuple("Kim Min-ho", "KR"));
    }

    @Test
    void aTitleWithoutANameIsTheOnePersonOfThatCountryNamedWithoutATitle() {
        List<PersonMention> found = mentions("South Korea's defense minister met his Japanese counterpart, Gen Sato, "
                + "in Singapore on Sunday. Kim Min-ho and Sato agreed to resume talks.");

        assertThat(found).filteredOn(m -> m.sentence() == 0)
                .extracting(PersonMention::name, PersonMention::title, PersonMention::countryCode)
                .contains(tuple("Kim Min-ho", "South Korea's defense minister", "KR"));
    }

    @Test
    void aLeaderOfNoStatedCountryTakesTheSideNoOneElseHolds() {
        Extraction extraction = extractor.extract(ArticleInput.of("South Korea, the United States and Japan held a "
                + "trilateral summit in Washington on Friday. The summit that U.S. President Tom Reed hosted for "
                + "President Kim Min-ho and Prime Minister Gen Sato was the first of its kind.", LocalDate.of(2025, 2, 12)));

        assertThat(extraction.participants()).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .contains(tuple("Tom Reed", "US"), tuple("Kim Min-ho", "KR"), tuple("Gen Sato", "JP"));
    }

    @Test
    void aThenOfficeHolderTakesPartInTheRecalledMeetingNotTheReportedOne() {
        AnnotatedDocument document = people.annotate(TestPipelines.input()
                .with(Layers.RAW_TEXT, "Last year's talks took place in Seoul, when U.S. Defense Secretary Tom Reed and "
                        + "then Defense Minister Kim Min-ho signed a new strategy.")
                .with(Layers.PUBLICATION, Publication.UNKNOWN));
        // the meeting stage told both meetings in that sentence, and tied the people to this year's
        document = document.with(Layers.MEETINGS, List.of(meeting("m1", EvidenceRole.REPORT, Set.of("tomreed", "kimminho")),
                meeting("m2", EvidenceRole.BACKGROUND, Set.of())));

        List<ParticipantFact> found = new ParticipantStage().annotate(document).get(Layers.PARTICIPANTS);

        assertThat(found).extracting(ParticipantFact::meetingKey, ParticipantFact::name)
                .contains(tuple("m2", "Kim Min-ho")).doesNotContain(tuple("m1", "Kim Min-ho"));
    }

    @Test
    void aPartyTheOfficeDealsWithIsNotTheHoldersCountry() {
        assertThat(mentions("The talks were led by Kim Min-ho, director general for North American affairs at the "
                + "Foreign Ministry."))
                .extracting(PersonMention::name, PersonMention::countryCode).containsExactly(tuple("Kim Min-ho", "KR"));
        assertThat(mentions("Ambassador to South Korea Tom Reed met the press."))
                .extracting(PersonMention::name, PersonMention::countryCode).containsExactly(tuple("Tom Reed", null));
    }

    @Test
    void wordsBeforeAnOrganizationHeadAreNoName() {
        assertThat(mentions("Kim Min-ho, director of the Defense Acquisition Program Administration, met Tom Reed."))
                .extracting(PersonMention::name).contains("Kim Min-ho").doesNotContain("Acquisition Program");
    }

    @Test
    void aPossessiveCounterpartIsAnAppositive() {
        assertThat(mentions("Kim Min-ho, the special envoy, and Tom Reed, his U.S. counterpart, met in Seoul."))
                .extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Tom Reed", "US"));
    }

    @Test
    void wordsAfterAPrepositionInATitleAreNoName() {
        assertThat(mentions("The U.S. side was led by Mary Stone (Under Secretary of State for Arms Control and "
                + "International Security) and Paul Grant (Deputy Assistant Secretary for Policy)."))
                .extracting(PersonMention::name).containsExactly("Mary Stone", "Paul Grant");
    }

    @Test
    void severalParticlesMayStandInsideAName() {
        assertThat(mentions("President Kim Min-ho hosted European Commission President Maria van der Berg in Seoul."))
                .extracting(PersonMention::name).contains("Maria van der Berg");
    }

    @Test
    void aWhenClauseAfterAMeetingTellsWhoHeldIt() {
        Extraction extraction = extractor.extract(ArticleInput.of("South Korea and the United States held their "
                + "first space dialogue in Busan in July, when U.S. Special Envoy Tom Reed led a delegation to "
                + "the city.", LocalDate.of(2025, 2, 12)));

        assertThat(extraction.participants()).extracting(ParticipantFact::name).contains("Tom Reed");
    }

    private List<PersonMention> mentions(String text) {
        return people.annotate(TestPipelines.input().with(Layers.RAW_TEXT, text)
                .with(Layers.PUBLICATION, Publication.UNKNOWN)).get(Layers.PERSON_MENTIONS);
    }

    private static MeetingMention meeting(String key, EvidenceRole role, Set<String> people) {
        return new MeetingMention(key, "talks", null, null, null, null, null, DatePrecision.UNKNOWN, null, null,
                Set.of("KR", "US"), MeetingStatus.HELD, null, role, List.of(0), people);
    }

    private static ReferenceData withTitles(ReferenceData.Title... extra) {
        ReferenceData base = TestReference.create();
        List<ReferenceData.Title> titles = new ArrayList<>(base.titles());
        titles.addAll(List.of(extra));
        return new ReferenceData(base.parties(), base.partyAliases(), base.organizations(), titles, base.topics(),
                base.series(), base.cities(), base.offices());
    }
}
