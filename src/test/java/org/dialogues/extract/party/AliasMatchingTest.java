package org.dialogues.extract.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialogues.extract.TestReference;
import org.junit.jupiter.api.Test;

class AliasMatchingTest {

    private final AliasMatcher matcher = new AliasMatcher(TestReference.create());

    private List<String> codes(String text) {
        return matcher.find(text, 0, text.length()).stream()
                .map(m -> m.span().of(text) + "=" + m.partyCode() + "/" + m.kind()).toList();
    }

    @Test
    void longestNameWinsSoNorthKoreaIsNotKorea() {
        assertThat(codes("North Korean troops and South Korea’s navy"))
                .containsExactly("North Korean=KP/demonym", "South Korea=KR/name");
    }

    @Test
    void caseSensitiveAbbreviationsNeedTheirExactCase() {
        assertThat(codes("Let us see what the US and ROK said")).containsExactly("US=US/abbreviation", "ROK=KR/abbreviation");
    }

    @Test
    void hyphenatedPairsYieldBothPartiesAndCapitalsAreMetonyms() {
        assertThat(codes("the Korea-U.S. alliance, Seoul said"))
                .containsExactly("Korea=KR/name", "U.S.=US/abbreviation", "Seoul=KR/metonym");
    }

    @Test
    void namesMustBeCapitalizedInRunningText() {
        assertThat(codes("a korea expert")).isEmpty();
    }
}
