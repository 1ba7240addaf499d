package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Test helper: runs the finder over a whole sentence and reads back what it covered. */
record Mentions(String text, List<DateMention> found) {

    private static final DateFinder FINDER = new DateFinder();

    static Mentions in(String text, LocalDate reference, Tense tense) {
        return new Mentions(text, FINDER.find(text, 0, text.length(), reference, tense));
    }

    static Mentions in(String text, String reference, Tense tense) {
        return in(text, reference == null ? null : LocalDate.parse(reference), tense);
    }

    /** The one mention found; fails when there is none or several. */
    DateMention only() {
        assertThat(found).as("mentions in: %s", text).hasSize(1);
        return found.get(0);
    }

    String covered(DateMention mention) {
        return text.substring(mention.start(), mention.end());
    }

    List<String> coveredTexts() {
        return found.stream().map(this::covered).toList();
    }
}
