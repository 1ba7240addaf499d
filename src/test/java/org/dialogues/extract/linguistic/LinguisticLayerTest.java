package org.dialogues.extract.linguistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the rule stages read from CoreNLP, and how a stored annotation is read back. */
class LinguisticLayerTest {

    private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.shared();
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 18);
    private static final String TEXT = "Korea, Japan leaders meet\n"
            + "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.\n"
            + "The two leaders agreed to resume shuttle diplomacy.";

    private final LinguisticAnnotator.Annotated annotated = ANNOTATOR.annotate(TEXT, PUBLISHED);
    private final Linguistics layer = annotated.linguistics();

    @Test
    void everyLineIsASentenceWithTokensPointingIntoTheText() {
        assertThat(layer.sentences()).hasSize(3);
        for (ParsedSentence sentence : layer.sentences()) {
            for (Token token : sentence.tokens()) {
                assertThat(token.span().of(TEXT)).isEqualTo(token.word());
            }
        }
        assertThat(layer.sentences().get(0).terminated()).isFalse();
        assertThat(layer.sentences().get(1).terminated()).isTrue();
    }

    @Test
    void peoplePlacesAndDatesAreEntitiesWithNormalizedDates() {
        assertThat(layer.entitiesOfType("PERSON")).extracting(EntityMention::text)
                .containsExactly("Yoon Suk Yeol", "Fumio Kishida");
        assertThat(layer.entitiesOfType("LOCATION")).extracting(EntityMention::text).contains("Tokyo");
        EntityMention thursday = layer.entitiesOfType("DATE").get(0);
        assertThat(thursday.text()).isEqualTo("Thursday");
        assertThat(thursday.normalized()).isEqualTo("2023-03-16");   // the Thursday before publication
        assertThat(thursday.sentence()).isEqualTo(1);
        ParsedSentence sentence = layer.sentences().get(1);
        assertThat(sentence.tokens().subList(thursday.firstToken(), thursday.endToken()))
                .extracting(Token::word).containsExactly("Thursday");
    }

    @Test
    void theDependencyGraphLinksTheVerbToItsArguments() {
        ParsedSentence sentence = layer.sentences().get(1);
        int met = indexOf(sentence, "met");
        assertThat(sentence.tokens().get(met).lemma()).isEqualTo("meet");
        assertThat(sentence.childrenOf(met)).extracting(Dependency::relation, d -> sentence.tokens().get(d.dependent()).word())
                .contains(org.assertj.core.groups.Tuple.tuple("nsubj", "Yeol"),
                        org.assertj.core.groups.Tuple.tuple("obj", "Kishida"),
                        org.assertj.core.groups.Tuple.tuple("obl:in", "Tokyo"),
                        org.assertj.core.groups.Tuple.tuple("obl:on", "Thursday"));
        assertThat(sentence.headOf(met)).hasValueSatisfying(d -> assertThat(d.governor()).isEqualTo(Dependency.ROOT));
    }

    @Test
    void hyphenatedNamesStayOneToken() {
        Linguistics names = ANNOTATOR.annotate("Foreign Minister Cho Tae-yul spoke.", null).linguistics();
        assertThat(names.sentences().get(0).tokens()).extracting(Token::word).contains("Tae-yul");
    }

    @Test
    void aStoredAnnotationReadsBackToTheSameLayer() {
        assertThat(ANNOTATOR.read(annotated.stored(), TEXT, PUBLISHED)).contains(layer);
    }

    @Test
    void aStoredAnnotationIsNotReadForAnotherTextDateOrVersion() {
        assertThat(ANNOTATOR.read(annotated.stored(), TEXT + " More.", PUBLISHED)).isEmpty();
        assertThat(ANNOTATOR.read(annotated.stored(), TEXT, PUBLISHED.plusDays(1))).isEmpty();
        assertThat(ANNOTATOR.read(annotated.stored(), TEXT, null)).isEmpty();
        StoredAnnotation older = new StoredAnnotation("corenlp-0.0/older", annotated.stored().bytes());
        assertThat(ANNOTATOR.read(older, TEXT, PUBLISHED)).isEmpty();
        StoredAnnotation garbled = new StoredAnnotation(ANNOTATOR.version(), new byte[] {1, 2, 3});
        assertThat(ANNOTATOR.read(garbled, TEXT, PUBLISHED)).isEmpty();
    }

    private static int indexOf(ParsedSentence sentence, String word) {
        return sentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
