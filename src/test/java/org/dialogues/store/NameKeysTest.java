package org.dialogues.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @Test
    void koreanNamesInEitherOrderWithOrWithoutHyphensShareAKey() {
        String key = NameKeys.person("Cho Tae-yul");
        assertThat(NameKeys.person("Cho Tae Yul")).isEqualTo(key);
        assertThat(NameKeys.person("Tae-yul Cho")).isEqualTo(key);
        assertThat(NameKeys.person("CHO TAE-YUL")).isEqualTo(key);
    }

    @Test
    void accentsAndPolishLettersDoNotCount() {
        assertThat(NameKeys.person("Radosław Sikorski")).isEqualTo(NameKeys.person("Radoslaw Sikorski"));
        assertThat(NameKeys.person("Jean-Noël Barrot")).isEqualTo(NameKeys.person("Jean-Noel Barrot"));
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertThat(NameKeys.person("Kim Yong-hyun")).isNotEqualTo(NameKeys.person("Kim Young-hyun"));
    }

    @Test
    void textKeysIgnoreCaseAndPunctuation() {
        assertThat(NameKeys.text("Hold the next dialogue in Tokyo.")).isEqualTo(NameKeys.text("hold the next  dialogue, in Tokyo"));
    }
}
