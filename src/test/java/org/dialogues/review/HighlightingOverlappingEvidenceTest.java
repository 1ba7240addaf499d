package org.dialogues.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightingOverlappingEvidenceTest {

    private static final String TEXT = "Seoul and Tokyo met on Monday. They agreed to meet again. Nothing else.";

    @Test
    void overlappingSpansBecomeRunsMarkedWithEveryFactCoveringThem() {
        int meetingEnd = TEXT.indexOf("Nothing");
        List<Evidence> evidence = List.of(
                new Evidence("meeting", 1, 9, 0, meetingEnd, 0.9f),
                new Evidence("commitment", 2, 9, TEXT.indexOf("They"), meetingEnd - 1, 0.9f));
        List<Highlighter.Sentence> sentences = Highlighter.sentences(TEXT, evidence, Optional.empty());

        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0).segments()).singleElement()
                .satisfies(s -> assertThat(s.facts()).containsExactly("meeting-1"));
        assertThat(sentences.get(1).segments()).extracting(Highlighter.Segment::text, Highlighter.Segment::classes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("They agreed to meet again.", "hl hl-commitment hl-meeting"),
                        org.assertj.core.groups.Tuple.tuple(" ", "hl hl-meeting"));
        assertThat(sentences.get(2).segments()).singleElement().satisfies(s -> assertThat(s.facts()).isEmpty());
    }

    @Test
    void theRunsPutTogetherAreTheTextExactly() {
        List<Evidence> evidence = List.of(new Evidence("participation", 4, 9, 3, 40, 0.5f), new Evidence("meeting", 5, 9, 20, 65, 0.5f));
        String rebuilt = Highlighter.sentences(TEXT, evidence, Optional.empty()).stream()
                .flatMap(sentence -> sentence.segments().stream()).map(Highlighter.Segment::text).collect(Collectors.joining());
        assertThat(rebuilt).isEqualTo(TEXT);
    }

    @Test
    void offsetsBeyondTheTextDoNotBreakTheExcerpt() {
        assertThat(Highlighter.excerpt(TEXT, 57, 500)).isEqualTo("Nothing else.");
        assertThat(Highlighter.excerpt(TEXT, 900, 950)).isEmpty();
    }

    @Test
    void onlyRealSentenceBoundariesCountAsAPickedSentence() {
        assertThat(Highlighter.isSentence(TEXT, new Highlighter.Span(0, 31))).isTrue();
        assertThat(Highlighter.isSentence(TEXT, new Highlighter.Span(2, 9))).isFalse();
    }
}
