package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialogues.extract.Articles;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Layers;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.Span;
import org.dialogues.extract.TestPipelines;
import org.dialogues.extract.TestReference;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Pipeline;
import org.dialogues.extract.text.Publication;
import org.junit.jupiter.api.Test;

/**
 * People the recognizer names, and the part the dependency graph gives them in the event their
 * sentence reports: one sentence each that must give a part, and one that must not.
 */
class ParticipantsFromStructureTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 4);
    private static final Pipeline PEOPLE = TestPipelines.upToPeople(TestReference.create());

    @Test
    void theSubjectOfAnEventVerbTakesPart() {
        assertThat(takesPart("Kim Min-ho met Paul Martin in Paris.", "Kim Min-ho")).isTrue();
        assertThat(takesPart("Kim Min-ho said the plan was sound.", "Kim Min-ho")).isFalse();
    }

    @Test
    void theObjectOfAVerbOfMeetingTakesPart() {
        assertThat(takesPart("Kim Min-ho met Paul Martin in Paris.", "Paul Martin")).isTrue();
        assertThat(takesPart("Kim Min-ho praised Paul Martin in Paris.", "Paul Martin")).isFalse();
    }

    @Test
    void theWithOfAMeetingWordTakesPart() {
        assertThat(takesPart("Kim Min-ho held talks with Paul Martin on Monday.", "Paul Martin")).isTrue();
        assertThat(takesPart("Kim Min-ho disagreed with Paul Martin on Monday.", "Paul Martin")).isFalse();
    }

    @Test
    void whoSpokeByPhoneTookPart() {
        assertThat(takesPart("Kim Min-ho spoke by phone with Paul Martin on Monday.", "Kim Min-ho")).isTrue();
        assertThat(takesPart("Kim Min-ho wrote a letter to Paul Martin on Monday.", "Kim Min-ho")).isFalse();
    }

    @Test
    void theAgentOfALeadingVerbTakesPartAndSoDoesItsConjunct() {
        String sentence = "The talks were co-chaired by Kim Min-ho and Paul Martin.";
        assertThat(takesPart(sentence, "Kim Min-ho")).isTrue();
        assertThat(takesPart(sentence, "Paul Martin")).isTrue();
        assertThat(takesPart("The plan was drafted by Paul Martin.", "Paul Martin")).isFalse();
    }

    @Test
    void theSidesBetweenWhichAMeetingIsHeldTakePart() {
        assertThat(takesPart("Talks between Kim Min-ho and Paul Martin took place in Seoul.", "Kim Min-ho")).isTrue();
        assertThat(takesPart("The rivalry between Kim Min-ho and Paul Martin grew.", "Kim Min-ho")).isFalse();
    }

    @Test
    void theAppositionOfAParticipantTakesPart() {
        assertThat(takesPart("Kim Min-ho met his counterpart, Paul Martin, in Paris.", "Paul Martin")).isTrue();
        assertThat(takesPart("Kim Min-ho praised his counterpart, Paul Martin, in Paris.", "Paul Martin")).isFalse();
    }

    @Test
    void anEventToldInARelativeClauseOrBeforeTheReportedOneGivesNoPart() {
        String relative = "Paul Martin, who met Kim Min-ho last year, said the plan was sound.";
        assertThat(takesPart(relative, "Kim Min-ho")).isFalse();
        assertThat(takesPart(relative, "Paul Martin")).isFalse();
        assertThat(takesPart("After his talks with Paul Martin, Kim Min-ho flew to Berlin.", "Paul Martin")).isFalse();
        assertThat(takesPart("After a dinner, Kim Min-ho held talks with Paul Martin.", "Paul Martin")).isTrue();
    }

    @Test
    void peopleTheRecognizerNamesWithoutATitleAreFoundWithTheirNameWhole() {
        List<PersonMention> found = mentions("Kim Min-ho and Paul Martin spoke on Monday.");

        assertThat(found).extracting(PersonMention::name, PersonMention::countryCode)
                .contains(tuple("Kim Min-ho", "KR"), tuple("Paul Martin", null));
    }

    @Test
    void aKoreanNameWithAHyphenatedGivenNameIsAPersonEvenWhereTheRecognizerMissesIt() {
        assertThat(mentions("The talks were led by Han Seo-yeon on Monday.")).extracting(PersonMention::name,
                PersonMention::countryCode).contains(tuple("Han Seo-yeon", "KR"));
        assertThat(mentions("The talks were held at Han Hall on Monday.")).extracting(PersonMention::name)
                .doesNotContain("Han Hall");
    }

    @Test
    void aBodyIsNotAPerson() {
        List<PersonMention> found = mentions("Paul Martin visited the Polar Research Institute on Monday.");

        assertThat(found).extracting(PersonMention::name).containsExactly("Paul Martin");
    }

    @Test
    void untitledPeopleTakePartWhereTheStructureGivesThemAPart() {
        List<ParticipantFact> found = Articles.extract("South Korea and France held their strategic dialogue in "
                + "Paris on Monday.\nKim Min-ho and Paul Martin co-chaired the dialogue.", PUBLISHED).participants();

        assertThat(found).extracting(ParticipantFact::name, ParticipantFact::countryCode)
                .containsExactlyInAnyOrder(tuple("Kim Min-ho", "KR"), tuple("Paul Martin", "FR"));
    }

    @Test
    void untitledPeopleMerelyMentionedDoNotTakePart() {
        List<ParticipantFact> found = Articles.extract("South Korea and France held their strategic dialogue in "
                + "Paris on Monday.\nPaul Martin, a historian, wrote that the dialogue mattered.", PUBLISHED)
                .participants();

        assertThat(found).extracting(ParticipantFact::name).doesNotContain("Paul Martin");
    }

    @Test
    void peopleActingAtAnotherOccasionAreNotParticipantsOfTheMeetingTheSentenceTells() {
        Extraction elsewhere = Articles.extract("South Korea and Japan held their security dialogue in "
                + "Seoul on Monday.\nPresident Lee Jun-seo and Japanese Prime Minister Ken Sato agreed at their "
                + "summit last month to restart the security dialogue.", PUBLISHED);
        Extraction same = Articles.extract("South Korea and Japan held their security dialogue in "
                + "Seoul on Monday.\nVice Minister Park Min-jae and Japanese Deputy Minister Ken Sato spoke at "
                + "the security dialogue about exercises.", PUBLISHED);

        assertThat(atDialogues(elsewhere)).doesNotContain("Lee Jun-seo", "Ken Sato");
        assertThat(atDialogues(same)).contains("Park Min-jae", "Ken Sato");
    }

    /** Who took part in the meetings called a dialogue (a summit may be found beside them). */
    private static List<String> atDialogues(Extraction extraction) {
        Set<String> dialogues = extraction.meetings().stream().filter(m -> m.name().contains("dialogue"))
                .map(MeetingFact::key).collect(Collectors.toSet());
        return extraction.participants().stream().filter(p -> dialogues.contains(p.meetingKey()))
                .map(ParticipantFact::name).toList();
    }

    private static boolean takesPart(String sentence, String name) {
        AnnotatedDocument document = annotate(sentence);
        String text = document.get(Layers.TEXT);
        int at = text.indexOf(name);
        return ParticipantRoles.takesPart(document.get(Layers.LINGUISTICS).sentences().get(0),
                new Span(at, at + name.length()));
    }

    private static List<PersonMention> mentions(String text) {
        return annotate(text).get(Layers.PERSON_MENTIONS);
    }

    private static AnnotatedDocument annotate(String text) {
        return PEOPLE.annotate(TestPipelines.input().with(Layers.RAW_TEXT, text)
                .with(Layers.PUBLICATION, Publication.UNKNOWN));
    }
}
