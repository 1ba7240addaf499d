package org.dialogues.extract.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Extraction;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 5);
    private static final String MEETING = "South Korea and Japan held their third maritime dialogue in Tokyo on Monday. ";

    @Test
    void reaffirmingAndAgreeingInOneSentenceAreTwoCommitments() {
        Extraction extraction = Articles.extract(MEETING + "Both sides shared assessments of regional threats, "
                + "reaffirmed their commitment to freedom of navigation and agreed to hold joint drills.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CommitmentKind.REAFFIRM, "their commitment to freedom of navigation"),
                        org.assertj.core.groups.Tuple.tuple(CommitmentKind.AGREE, "hold joint drills"));
        assertThat(extraction.commitments()).allSatisfy(c -> {
            assertThat(c.parties()).containsExactlyInAnyOrder("KR", "JP");
            assertThat(c.meetingKey()).isEqualTo("m1");
        });
    }

    @Test
    void quotedUndertakingsJoinedByAndAreSeparate() {
        Extraction extraction = Articles.extract(MEETING + "Seoul said the two sides “agreed to share radar data” "
                + "and “expand coast guard exchanges.”", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text)
                .containsExactly("share radar data", "expand coast guard exchanges");
    }

    @Test
    void concernCondemnationAndExchangedViewsAreNotCommitments() {
        Extraction extraction = Articles.extract(MEETING + "The two sides expressed concern over missile launches. "
                + "They condemned the provocation. They exchanged views on the region.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void anOutsidersPlanIsNotTheMeetingsCommitment() {
        Extraction extraction = Articles.extract(MEETING + "Officials said Moscow plans to send more troops. "
                + "Both sides decided to meet again next year.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.DECIDE);
    }

    @Test
    void willWithTheTwoGovernmentsAsSubjectIsAPledgeAndPlansAreKindPlan() {
        Extraction extraction = Articles.extract(MEETING + "Both governments will expand exchanges. "
                + "South Korea and Japan plan to hold the next round in Seoul.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind)
                .containsExactly(CommitmentKind.PLEDGE, CommitmentKind.PLAN);
    }

    @Test
    void infinitivesJoinedByAndToAreSeparateCommitments() {
        Extraction extraction = Articles.extract(MEETING + "The ministers agreed to open a naval hotline, "
                + "and to exchange liaison officers every spring.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text)
                .containsExactly("open a naval hotline", "exchange liaison officers every spring");
    }

    @Test
    void andToBeforeANounPhraseDoesNotSplit() {
        Extraction extraction = Articles.extract(MEETING + "Both sides agreed to send observers to drills "
                + "and to the coast guard academy.", PUBLISHED);

        assertThat(extraction.commitments()).hasSize(1);
    }

    @Test
    void aReportedWouldIsAPledgeOfTheNamedParty() {
        Extraction extraction = Articles.extract(MEETING + "Officials said Japan would lift its port restrictions, "
                + "and Seoul agreed to drop its complaint.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties, CommitmentFact::text)
                .containsExactly(
                        Tuple.tuple(CommitmentKind.PLEDGE, java.util.Set.of("JP"), "lift its port restrictions"),
                        Tuple.tuple(CommitmentKind.AGREE, java.util.Set.of("KR"), "drop its complaint"));
    }

    @Test
    void willInsideARelativeClauseIsNoSeparateCommitment() {
        Extraction extraction = Articles.extract(MEETING + "The two sides signed a logistics pact "
                + "that will let their navies refuel at each other's ports.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.AGREE);
    }

    @Test
    void wouldOutsideReportedSpeechIsNoCommitment() {
        Extraction extraction = Articles.extract(MEETING + "A new channel would help both navies.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void plannedMeetingDecidedAtAHeldOneKeepsTheVerbsKind() {
        Extraction extraction = Articles.extract(MEETING + "The two leaders decided to hold annual summits.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.DECIDE);
    }

    @Test
    void aVerbCoordinatedWithTheFirstSharesItsSubject() {
        Extraction extraction = Articles.extract(MEETING + "They reaffirmed their opposition to North Korea's "
                + "missile programme and agreed to widen patrols.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(
                        Tuple.tuple(CommitmentKind.REAFFIRM, java.util.Set.of("KR", "JP")),
                        Tuple.tuple(CommitmentKind.AGREE, java.util.Set.of("KR", "JP")));
    }

    @Test
    void pluralTitlesAndCounterpartsSpeakForAllParties() {
        Extraction extraction = Articles.extract(MEETING + "The four ministers agreed to meet twice a year. "
                + "The Japanese minister and his counterpart pledged to keep talking.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::parties)
                .containsOnly(java.util.Set.of("KR", "JP"));
        assertThat(extraction.commitments()).hasSize(2);
    }

    @Test
    void aReaffirmedStanceBelongsToItsOwner() {
        Extraction extraction = Articles.extract(MEETING + "The prime minister reaffirmed Japan's support for "
                + "a nuclear-free peninsula.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(CommitmentKind.REAFFIRM, java.util.Set.of("JP")));
    }

    @Test
    void aDayBetweenVerbAndObjectIsNotPartOfTheClause() {
        Extraction extraction = Articles.extract(MEETING + "The two sides agreed on Tuesday to pool satellite data.",
                PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text).containsExactly("pool satellite data");
    }

    @Test
    void restatedOrEarlierSigningsAndBareTimePhrasesAreNotCommitments() {
        Extraction extraction = Articles.extract(MEETING + "The two sides signed a maritime accord. "
                + "Their ministers signed the document at the foreign ministry. "
                + "Japan has previously signed such accords with France. "
                + "The ties go back to a treaty signed in 1965.", PUBLISHED);

        assertThat(extraction.commitments()).hasSize(1);
    }

    @Test
    void aNonRestrictiveWhichDescribesAnOutsider() {
        Extraction extraction = Articles.extract(MEETING + "Both sides warned about Russia, "
                + "which signed an arms deal with North Korea.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void aJointUndertakingTheArticlesMeetingsMissIsKeptUnattached() {
        Extraction extraction = Articles.extract(MEETING + "Separately, South Korea, the United States "
                + "and Australia decided to set up a joint secretariat.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::meetingKey, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(null, java.util.Set.of("KR", "US", "AU")));
    }

    @Test
    void aCountryNamedAsTheVenueIsNotAParty() {
        Extraction extraction = Articles.extract(MEETING + "Separately, the leaders of South Korea and the United States "
                + "met in Canberra, Australia, on Friday and decided to set up a joint secretariat.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::parties)
                .containsExactly(java.util.Set.of("KR", "US"));
    }

    @Test
    void aDatelineCityIsNotAParty() {
        Extraction extraction = Articles.extract("TOKYO -- South Korea and Japan held their third maritime dialogue "
                + "on Monday. SEOUL -- South Korea, the United States and Australia decided to set up a secretariat.",
                PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::parties)
                .containsExactly(java.util.Set.of("KR", "US", "AU"));
    }

    @Test
    void announcingAnAccordAgreesAndAnnouncingTheLaunchOfTalksDecides() {
        Extraction extraction = Articles.extract(MEETING + "The two leaders announced a digital partnership. "
                + "They also announced the launch of talks on a fisheries deal.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind)
                .containsExactly(CommitmentKind.AGREE, CommitmentKind.DECIDE);
    }

    @Test
    void aSigningIntroducedByTheDocumentsNameIsNotARestatement() {
        Extraction extraction = Articles.extract(MEETING + "The two sides signed the Tokyo Maritime Accord.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text).containsExactly("the Tokyo Maritime Accord");
    }

    @Test
    void anUndertakingThatOnlyMeasuresElapsedTimeIsNotACommitment() {
        Extraction extraction = Articles.extract(MEETING + "It was the first such dialogue since the two countries "
                + "agreed to normalize ties in 1965.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void aPlanVoicedBySomeoneAtNoMeetingIsNotTheMeetingsCommitment() {
        Extraction extraction = Articles.extract(MEETING + "Japanese Prime Minister Taro Sato has said he intends "
                + "to keep the current policy.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void aCommitmentInsideAReaffirmedThatClauseIsNotASecondOne() {
        Extraction extraction = Articles.extract(MEETING + "Japan reaffirmed that it remains committed to "
                + "defending shipping lanes in the region.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.REAFFIRM,
                        "it remains committed to defending shipping lanes in the region"));
    }

    @Test
    void twoThatClausesJoinedByAndAreTwoCommitments() {
        Extraction extraction = Articles.extract(MEETING + "They reaffirmed that the hotline remains vital "
                + "and agreed that it should be tested monthly.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind)
                .containsExactly(CommitmentKind.REAFFIRM, CommitmentKind.AGREE);
    }

    @Test
    void remainingCommittedIsAReaffirmation() {
        Extraction extraction = Articles.extract(MEETING + "Both countries remain firmly committed to "
                + "a rules-based maritime order.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.REAFFIRM);
    }

    @Test
    void announcingFundingIsAPledgeOfTheDonor() {
        Extraction extraction = Articles.extract(MEETING + "At the dialogue, Japan announced 40 million dollars "
                + "in coastal radar aid for its partner.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(CommitmentKind.PLEDGE, java.util.Set.of("JP")));
    }

    @Test
    void launchingAPartnershipIsAnAgreement() {
        Extraction extraction = Articles.extract(MEETING + "The two sides launched a digital partnership "
                + "on undersea cables.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.AGREE);
    }

    @Test
    void upgradingRelationsBetweenTheCountriesIsAnAgreement() {
        Extraction extraction = Articles.extract(MEETING + "The two leaders upgraded relations between their "
                + "nations to a strategic partnership.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.AGREE, "a strategic partnership"));
    }

    @Test
    void anExpectedSigningIsAPlanButExpectedTalkOrFateIsNot() {
        Extraction extraction = Articles.extract(MEETING + "Diplomats expect the two ministers to sign a fisheries pact. "
                + "The ministers are expected to discuss fishing quotas. "
                + "Few expected the old accord to last.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(CommitmentKind.PLAN, java.util.Set.of("KR", "JP")));
    }

    @Test
    void announcedAttendanceTravelOrAgendaIsNoCommitment() {
        Extraction extraction = Articles.extract(MEETING + "The Japanese minister will also host a reception for "
                + "the delegation. Seoul's envoy will travel to Osaka on Wednesday. "
                + "On the way home, the Korean minister will stop in Guam to meet troops. "
                + "The two sides will also discuss fishing quotas.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void aCommitmentToTwoThingsIsOneReaffirmation() {
        Extraction extraction = Articles.extract(MEETING + "They reaffirmed their commitment to open sea lanes "
                + "and to regional stability.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text)
                .containsExactly("their commitment to open sea lanes and to regional stability");
    }

    @Test
    void beingSetOrDueToSignIsAPlan() {
        Extraction extraction = Articles.extract(MEETING + "The two sides are set to sign a fisheries pact. "
                + "Their ministers are due to adopt a joint vision on Friday. "
                + "North Korea is set to launch another rocket.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind)
                .containsExactly(CommitmentKind.PLAN, CommitmentKind.PLAN);
    }

    @Test
    void inkingOrReachingAnAgreementAgrees() {
        Extraction extraction = Articles.extract(MEETING + "The two countries inked an accord on coast guard training. "
                + "The ministers also reached an agreement to share tide data.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.AGREE, "an accord on coast guard training"),
                        Tuple.tuple(CommitmentKind.AGREE, "share tide data"));
    }

    @Test
    void aStatementCommittingToSomethingIsAPledge() {
        Extraction extraction = Articles.extract(MEETING + "The ministers issued a statement committing to "
                + "open fishing grounds.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.PLEDGE);
    }

    @Test
    void agreeingOnHowThingsAreIsAViewButOnWhatShallHappenIsAnAgreement() {
        Extraction extraction = Articles.extract(MEETING + "The ministers agreed that relations had improved a lot. "
                + "They agreed that their coast guards should train together.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.AGREE, "their coast guards should train together"));
    }

    @Test
    void aPartyNamedInTheObjectOfAnEarlierVerbIsNotTheSubject() {
        Extraction extraction = Articles.extract(MEETING + "They welcomed Japan's new patrol vessels and agreed "
                + "to hold joint drills.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::parties)
                .containsExactly(java.util.Set.of("KR", "JP"));
    }

    @Test
    void aForecastWithLikelyIsNoPledge() {
        Extraction extraction = Articles.extract(MEETING + "Observers said the two sides will likely widen "
                + "their patrols.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void aSpeakerSayingItWouldActPledgesForItsOwnSide() {
        Extraction extraction = Articles.extract(MEETING + "Tokyo said it would lend two patrol boats. "
                + "Japan's foreign minister said his country would train more cadets.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.PLEDGE, java.util.Set.of("JP"), "lend two patrol boats"),
                        Tuple.tuple(CommitmentKind.PLEDGE, java.util.Set.of("JP"), "train more cadets"));
    }

    @Test
    void eachSideOfAnAndTakesItsOwnSubjectAndUndertaking() {
        Extraction extraction = Articles.extract(MEETING + "Under the deal, Japan will lend radar sets "
                + "and South Korea will train the crews.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::parties, CommitmentFact::text)
                .containsExactly(Tuple.tuple(java.util.Set.of("JP"), "lend radar sets"),
                        Tuple.tuple(java.util.Set.of("KR"), "train the crews"));
    }

    @Test
    void aCoordinatedObjectIsNotCutAsANewSubject() {
        Extraction extraction = Articles.extract(MEETING + "They agreed to widen port calls and exchanges "
                + "and pledged to share weather data.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text)
                .containsExactly("widen port calls and exchanges", "share weather data");
    }

    @Test
    void aFutureSigningIsPlannedAndAgreeingToDisagreeIsNothing() {
        Extraction extraction = Articles.extract(MEETING + "The two sides will sign a salvage accord in the autumn. "
                + "They agreed to disagree on fishing rights.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.PLAN);
    }

    @Test
    void aJointStatementParagraphCommittingBothSidesIsAPledgeOfBoth() {
        Extraction extraction = Articles.extract(MEETING + "In their joint statement, the two sides committed "
                + "to expanding exchanges between their coast guards.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(CommitmentKind.PLEDGE, java.util.Set.of("KR", "JP")));
    }

    @Test
    void twoTitledOfficialsReaffirmingTogetherSpeakForAllParties() {
        Extraction extraction = Articles.extract(MEETING + "The Secretary and the Minister reaffirmed the value "
                + "of close maritime coordination.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(CommitmentKind.REAFFIRM, java.util.Set.of("KR", "JP")));
    }

    @Test
    void aNegatedPredicateIsNoCommitment() {
        Extraction extraction = Articles.extract(MEETING + "The two sides did not agree to extend the fishing accord. "
                + "They failed to sign a salvage pact.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void aPlanOfAPartyOutsideTheMeetingIsNotItsCommitment() {
        Extraction extraction = Articles.extract(MEETING + "China intends to build two more naval bases. "
                + "The two sides intend to hold a drill near the strait.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.PLAN, "hold a drill near the strait"));
    }

    @Test
    void theTextLeavesOutTheReportingTailTheDayAndTheVenue() {
        Extraction extraction = Articles.extract(MEETING + "The two sides agreed to expand port visits, "
                + "the defense ministry said. The leaders agreed at their summit on Monday to open a cyber dialogue.",
                PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text)
                .containsExactly("expand port visits", "open a cyber dialogue");
    }

    @Test
    void aThatClauseAgreedOnWhatWillHappenKeepsItsSubject() {
        Extraction extraction = Articles.extract(MEETING + "Both countries agreed that their navies would "
                + "share sonar data, officials said on Tuesday.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.AGREE, "their navies would share sonar data"));
    }

    @Test
    void whatThePartiesSayAlongsideAPledgeBelongsToIt() {
        Extraction extraction = Articles.extract(MEETING + "They pledged to expand cadet exchanges and said "
                + "their navies would explore joint patrols.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.PLEDGE);
    }

    @Test
    void aDocumentTheLeadersAdoptedInARelativeClauseIsAnAgreement() {
        Extraction extraction = Articles.extract(MEETING + "The dialogue follows the maritime charter, "
                + "which the two leaders adopted at their summit last year.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.AGREE);
    }

    @Test
    void aSigningAtAMeetingBetweenThePartiesCountsButAnOldTreatyDoesNot() {
        Extraction extraction = Articles.extract(MEETING + "The dialogue builds on a maritime charter signed "
                + "at a meeting between the two foreign ministers in May. "
                + "Their ties rest on a treaty signed in 1965.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.AGREE);
    }

    @Test
    void aCommitmentParsedAsAPurposeClauseKeepsItsContent() {
        Extraction extraction = Articles.extract(MEETING + "They also committed to operationalize "
                + "the sharing of tide data by the end of the year.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::text)
                .containsExactly(Tuple.tuple(CommitmentKind.PLEDGE, "operationalize the sharing of tide data"));
    }

    @Test
    void announcedPlansToActAreAPlanOfTheAnnouncer() {
        Extraction extraction = Articles.extract(MEETING + "Japan announced plans to open a coast guard "
                + "liaison office in Busan. Japan announced new patrol routes.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind, CommitmentFact::parties)
                .containsExactly(Tuple.tuple(CommitmentKind.PLAN, java.util.Set.of("JP")));
    }

    @Test
    void whatASignedPactProvidesIsNoSecondCommitment() {
        Extraction extraction = Articles.extract(MEETING + "The two sides signed a salvage pact, "
                + "under which their navies will train together every year.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::kind).containsExactly(CommitmentKind.AGREE);
    }

    @Test
    void aPlanAnnouncedBeforeTheMeetingThatOnlyDatesItIsNotACommitment() {
        Extraction extraction = Articles.extract(MEETING + "The dialogue came a week after Seoul announced "
                + "a plan to fund a new coast guard school.", PUBLISHED);

        assertThat(extraction.commitments()).isEmpty();
    }

    @Test
    void theCommitmentTextIsItsContentWithoutWhoReportedItOrWhenOrOnWhatOccasion() {
        Extraction extraction = Articles.extract(MEETING
                + "The two sides agreed to discuss how to share information on missile launches, a senior official in Seoul said.\n"
                + "South Korea and Japan pledged to hold joint drills, the ministries said.\n"
                + "South Korea and Japan agreed on Wednesday to expand cooperation in the defense industry, "
                + "as their foreign and defense ministers met in Busan for the first time in two years.", PUBLISHED);

        assertThat(extraction.commitments()).extracting(CommitmentFact::text).containsExactly(
                "discuss how to share information on missile launches",
                "hold joint drills",
                "expand cooperation in the defense industry");
    }
}
