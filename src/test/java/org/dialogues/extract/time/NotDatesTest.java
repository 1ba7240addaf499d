package org.dialogues.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The 25th dialogue will focus on the 70th anniversary of the alliance.",
            "The 2+2 meeting of foreign and defense ministers drew attention.",
            "Leaders of the G7 and Article 5 of the treaty were discussed.",
            "The 1950-53 Korean War ended in an armistice, not a peace treaty.",
            "The missile was fired at 10:05 and flew 1,100 kilometers.",
            "Call the ministry at 02-748-6272 or 010-2024-0925 for details.",
            "Some 2000 troops and 28,500 soldiers are stationed there.",
            "The budget rose by 2024 percent, or 12.5 percent in real terms.",
            "Tensions rise and fall with every launch.",
            "Officials may meet soon; the march of events continues.",
            "Version 2024.1 of the software was held on the 3rd floor.",
            "Prime Minister Theresa May met Kishida and May discussed trade.",
            "The forum meets every March and September.",
            "Diplomats of the 2010s and 28 nations attended.",
    })
    void findsNoDateIn(String sentence) {
        assertThat(Mentions.in(sentence, LocalDate.of(2025, 3, 12), Tense.PAST).coveredTexts()).isEmpty();
    }
}
