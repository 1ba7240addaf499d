package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dialogues.database.TestDatabase;
import org.dialogues.store.ReferenceDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded outlet table gives wire credits and addresses their canonical names. */
class IngestKnownOutletsIT {

    private static final String STORY = """
            The defense ministers of the two countries met on Tuesday and agreed to expand joint exercises and to share more intelligence on missile launches.

            They also said they would hold the next round of talks in the spring, according to a joint statement released after the meeting.
            """;

    @TempDir
    Path directory;

    @Test
    void seededOutletsNameDatelineAgenciesBylinesAndAddresses() {
        try (TestDatabase database = TestDatabase.create()) {
            ArticleReader reader = new ArticleReader(ReadLimits.defaults(),
                    new OutletDirectory(ReferenceDataLoader.outlets(database.dsl())));

            assertThat(outlet(reader, "dateline.txt", "SEOUL, Sept. 14 (Yonhap) -- " + STORY)).isEqualTo("Yonhap News Agency");
            assertThat(outlet(reader, "byline.txt", "Drills to expand\n\nBy Jane Roe / Reuters\n\n" + STORY)).isEqualTo("Reuters");
            assertThat(outlet(reader, "address.txt", "https://www.koreaherald.com/view.php?ud=1\n\n" + STORY))
                    .isEqualTo("The Korea Herald");
            assertThat(outlet(reader, "japan.txt", "https://english.kyodonews.net/news/2024/09/1.html\n\n" + STORY))
                    .isEqualTo("Kyodo News");
        }
    }

    private String outlet(ArticleReader reader, String name, String content) {
        return Fixtures.accepted(reader.read(Fixtures.write(directory, name, content), Overrides.none())).outlet();
    }
}
