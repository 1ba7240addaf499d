package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderContractTest {

    private final DateFinder finder = new DateFinder();

    @Test
    void rejectsARangeOutsideTheText() {
        assertThatThrownBy(() -> finder.find("on March 5", 3, 40, null, Tense.PAST))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void requiresATense() {
        assertThatThrownBy(() -> finder.find("on March 5", 0, 10, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void expressionCutByTheEndOfTheRangeIsReadOnlyUpToIt() {
        String text = "They met on Sept. 23 to Oct. 2, 2024.";
        int to = text.indexOf(" to Oct.");
        assertThat(finder.find(text, 0, to, LocalDate.of(2024, 10, 5), Tense.PAST))
                .singleElement()
                .satisfies(mention -> {
                    assertThat(text.substring(mention.start(), mention.end())).isEqualTo("Sept. 23");
                    assertThat(mention.endDate()).isNull();
                });
    }

    @Test
    void emptyRangeHasNoMentions() {
        assertThat(finder.find("on March 5, 2025", 4, 4, null, Tense.PAST)).isEmpty();
    }

    @Test
    void mentionRejectsAnEndBeforeItsStart() {
        assertThatThrownBy(() -> new DateMention(0, 5, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1),
                DatePrecision.DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateMention(5, 5, LocalDate.of(2025, 3, 2), null, DatePrecision.DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksAndAgoFollowTheSamePrecisionRules() {
        Mentions thisWeek = Mentions.in("The envoys meet this week in Seoul.", "2025-03-12", Tense.PRESENT);
        assertThat(thisWeek.only().date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(thisWeek.only().precision()).isEqualTo(DatePrecision.MONTH);
        Mentions ago = Mentions.in("The talks collapsed three months ago in Geneva.", "2025-03-12", Tense.PAST);
        assertThat(ago.only().date()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(ago.only().precision()).isEqualTo(DatePrecision.MONTH);
    }
}
