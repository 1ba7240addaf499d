package org.dialogues.extract.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.dialogues.extract.Span;
import org.junit.jupiter.api.Test;

class SurnameFirstNamesTest {

    private static PersonMention person(String name, String country) {
        return new PersonMention(0, new Span(0, name.length()), name, null, null, country, null, false);
    }

    @Test
    void aKoreanOrChineseOfficialIsCalledByTheFirstWord() {
        assertThat(PersonStage.surnames(person("Suh Wook", "KR"))).containsExactly("Suh");
        assertThat(PersonStage.surnames(person("Wang Yi", "CN"))).containsExactly("Wang");
        assertThat(PersonStage.surnames(person("Xi Jinping", "CN"))).containsExactly("Xi");
    }

    @Test
    void withTheCountryUnknownEitherWordMayBeTheSurname() {
        assertThat(PersonStage.surnames(person("Li Qiang", null))).containsExactlyInAnyOrder("Li", "Qiang");
    }

    @Test
    void westernAndJapaneseNamesAreCalledByTheLastWord() {
        assertThat(PersonStage.surnames(person("Kim Darroch", "GB"))).containsExactly("Darroch");
        assertThat(PersonStage.surnames(person("Fumio Kishida", "JP"))).containsExactly("Kishida");
        assertThat(PersonStage.surnames(person("Antony Blinken", null))).containsExactly("Blinken");
        assertThat(PersonStage.surnames(person("Cho Tae-yul", "KR"))).containsExactly("Cho");
    }
}
