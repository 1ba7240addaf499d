package org.dialogues.extract.linguistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dialogues.extract.Layers;
import org.dialogues.extract.text.Publication;
import org.dialogues.extract.text.Sentence;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** CoreNLP's sentence splitting as the linguistic stage sets it up for news text. */
class SentenceSplittingTest {

    private static final LinguisticStage STAGE = new LinguisticStage(CoreNlpAnnotator.shared());

    private static List<Sentence> sentences(String text) {
        return STAGE.annotate(AnnotatedDocument.empty().with(Layers.TEXT, text)
                .with(Layers.PUBLICATION, Publication.UNKNOWN)
                .with(Layers.PRIOR_ANNOTATION, Optional.empty())).get(Layers.SENTENCES);
    }

    private static List<String> split(String text) {
        return sentences(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsTitlesAndInitialsDoNotEndSentences() {
        String text = "The U.S. Secretary met Gen. Park on Sept. 3 at 10 a.m. in Seoul. Dr. Michael C. Smith "
                + "spoke in room No. 5 later.";

        assertThat(split(text)).containsExactly(
                "The U.S. Secretary met Gen. Park on Sept. 3 at 10 a.m. in Seoul.",
                "Dr. Michael C. Smith spoke in room No. 5 later.");
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        String text = "\"We agreed,\" the minister said. \"Both sides will meet again.\" Talks ended.";

        assertThat(split(text)).containsExactly("\"We agreed,\" the minister said.",
                "\"Both sides will meet again.\"", "Talks ended.");
    }

    @Test
    void headlinesWithoutFinalPeriodAreSentencesOfTheirOwn() {
        String text = "Korea, Japan hold security talks\nSEOUL -- The two sides met on Monday.";

        List<Sentence> sentences = sentences(text);

        assertThat(sentences).extracting(s -> s.text(text))
                .containsExactly("Korea, Japan hold security talks", "SEOUL -- The two sides met on Monday.");
        assertThat(sentences).extracting(Sentence::terminated).containsExactly(false, true);
    }

    @Test
    void anAbbreviationEndsASentenceWhenANewOneClearlyBegins() {
        assertThat(split("The envoy flew to Washington, D.C. The talks began.")).hasSize(2);
    }

    @Test
    void aCapitalizedNameAfterUsDoesNotStartASentence() {
        String text = "The commander of U.S. Forces Korea attended. He met the head of the U.S. Space Force "
                + "and officials from U.S. Indo-Pacific Command in Seoul. Talks ended in the U.S. The delegation left.";

        assertThat(split(text)).containsExactly("The commander of U.S. Forces Korea attended.",
                "He met the head of the U.S. Space Force and officials from U.S. Indo-Pacific Command in Seoul.",
                "Talks ended in the U.S.", "The delegation left.");
    }
}
