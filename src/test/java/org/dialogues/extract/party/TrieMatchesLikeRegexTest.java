package org.dialogues.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.TestReference;
import org.junit.jupiter.api.Test;

class TrieMatchesLikeRegexTest {

    @Test
    void theTrieFindsExactlyWhatTheRegularExpressionsFoundOnSampleArticlesAndOddCases() {
        assertSameMentions(TestReference.create());
    }

    @Test
    void aLowerCaseMatchHidesShorterNamesInsideItAsBefore() {
        ReferenceData reference = TestReference.create();
        String text = "the south Korea question";

        assertThat(new AliasMatcher(reference).find(text, 0, text.length()))
                .isEqualTo(new RegexAliasMatcher(reference).find(text, 0, text.length()))
                .isEmpty();
    }

    @Test
    void wordsRunningAcrossTheRegionEdgesDoNotMatch() {
        AliasMatcher matcher = new AliasMatcher(TestReference.create());
        String text = "xKorea Koreax";

        assertThat(matcher.find(text, 1, 6)).isEmpty();
        assertThat(matcher.find(text, 7, 12)).isEmpty();
    }

    static void assertSameMentions(ReferenceData reference) {
        AliasMatcher trie = new AliasMatcher(reference);
        RegexAliasMatcher regex = new RegexAliasMatcher(reference);
        List<String> texts = AliasTexts.articles();
        assertThat(texts.size()).isGreaterThan(AliasTexts.ODD_CASES.size());
        int compared = 0;
        for (String text : texts) {
            for (int[] region : AliasTexts.regions(text, text.length())) {
                assertThat(trie.find(text, region[0], region[1]))
                        .as("region %d-%d of a text starting %.40s", region[0], region[1], text)
                        .isEqualTo(regex.find(text, region[0], region[1]));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
