package org.dialogues.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.TestReference;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * Meetings dated by what surrounds them rather than a date next to them: the yearly numbering of
 * their series, the year an undated article reveals, a dated meeting they are said to follow.
 */
class MeetingDatesFromContextTest {

    private static final Extractor EXTRACTOR = new Extractor(withYearlyScm(TestReference.create()));

    private static ReferenceData withYearlyScm(ReferenceData reference) {
        List<ReferenceData.Series> series = new ArrayList<>();
        for (ReferenceData.Series s : reference.series()) {
            series.add("SCM".equals(s.acronym())
                    ? new ReferenceData.Series(s.name(), s.acronym(), s.kind(), s.parties(), s.aliases(),
                            new ReferenceData.AnnualNumbering(50, 2018))
                    : s);
        }
        return new ReferenceData(reference.parties(), reference.partyAliases(), reference.organizations(),
                reference.titles(), reference.topics(), series, reference.cities(), reference.offices());
    }

    private static Extraction extract(String text, LocalDate published) {
        return EXTRACTOR.extract(ArticleInput.of(text, published));
    }

    private static MeetingFact named(Extraction extraction, String words) {
        return extraction.meetings().stream().filter(m -> m.name().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting named like " + words + " in " + extraction.meetings()));
    }

    @Test
    void anUndatedEditionOfAYearlySeriesIsInTheYearItsNumberGives() {
        Extraction extraction = extract("South Korea and the U.S. will hold the 57th Security Consultative Meeting "
                + "(SCM) in Seoul.", null);

        MeetingFact scm = named(extraction, "Security Consultative Meeting");
        assertThat(scm.startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(scm.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void aDateInTheTextBeatsTheNumbering() {
        Extraction extraction = extract("South Korea and the U.S. held the 55th Security Consultative Meeting (SCM) "
                + "in Seoul on Nov. 13.", LocalDate.of(2023, 11, 14));

        assertThat(named(extraction, "Security Consultative Meeting").startDate()).isEqualTo(LocalDate.of(2023, 11, 13));
    }

    @Test
    void anUndatedArticleHoldingAYearlyEditionThisYearDatesItsOtherYears() {
        Extraction extraction = extract("South Korea and the U.S. plan to hold the 56th Security Consultative "
                + "Meeting (SCM) in Washington later "
                + "this year.\n"
                + "They also discussed holding a Korea-U.S. Defense Technology Conference starting next year.", null);

        assertThat(named(extraction, "Security Consultative Meeting").startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        MeetingFact conference = named(extraction, "Conference");
        assertThat(conference.startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(conference.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void withoutAYearlyEditionAnUndatedArticleKeepsItsRelativeYearsUnresolved() {
        Extraction extraction = extract("South Korea and the U.S. discussed holding a Korea-U.S. Defense Technology "
                + "Conference starting next year.", null);

        assertThat(named(extraction, "Conference").startDate()).isNull();
    }

    @Test
    void aMeetingHeldImmediatelyBeforeADatedOneTakesItsMonth() {
        Extraction extraction = extract("South Korea and the U.S. held the Korea-U.S. Space Industry Symposium "
                + "on Nov. 8 in Seoul.\n"
                + "The Korea-U.S. Space Industry Symposium took place immediately after the Korea-U.S. Space Forum, "
                + "hosted by the Foreign Ministry.", LocalDate.of(2023, 11, 9));

        MeetingFact forum = named(extraction, "Space Forum");
        assertThat(forum.startDate()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(forum.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(named(extraction, "Symposium").startDate()).isEqualTo(LocalDate.of(2023, 11, 8));
    }
}
