package org.dialogues.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleaningTest {

    @Test
    void lineEndingsOddSpacesAndZeroWidthCharactersAreNormalizedButWordsKept() {
        String raw = "Korea\u00A0and\u2009Japan\u200B met.\r\nThey agreed.  \r\n\r\n\r\n\r\nEnd";

        assertThat(CleanStage.clean(raw)).isEqualTo("Korea and Japan met.\nThey agreed.\n\nEnd");
    }
}
