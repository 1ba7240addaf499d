package org.dialogues.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dialogues.extract.Articles;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void topicsComeFromKeywordsInTheMeetingsSentences() {
        var extraction = Articles.extract("South Korea and the EU held their first space dialogue on Monday. "
                + "During the dialogue, they discussed satellite security and cybersecurity.", LocalDate.of(2025, 3, 12));

        assertThat(extraction.meetings()).singleElement()
                .satisfies(m -> assertThat(m.topics()).containsExactlyInAnyOrder("space", "cyber"));
    }
}
