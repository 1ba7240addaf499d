package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanNamesTest {

    @Test
    void aKoreanSurnameWithAHyphenatedGivenNameHasKoreanForm() {
        assertThat(KoreanNames.hasKoreanForm("Park Min-jae")).isTrue();
        assertThat(KoreanNames.hasKoreanForm("Jeong Hae-won")).isTrue();
    }

    @Test
    void aKoreanSurnameWithTwoSyllableWordsHasKoreanForm() {
        assertThat(KoreanNames.hasKoreanForm("Kang Dong Hoon")).isTrue();
    }

    @Test
    void chineseVietnameseAndWesternNamesDoNotHaveKoreanForm() {
        assertThat(KoreanNames.hasKoreanForm("Wang Jun")).isFalse();
        assertThat(KoreanNames.hasKoreanForm("Do Van Minh")).isFalse();
        assertThat(KoreanNames.hasKoreanForm("Mark Hale")).isFalse();
        assertThat(KoreanNames.hasKoreanForm("Hong")).isFalse();
    }
}
