package org.dialogues.extract.party;

import org.dialogues.database.TestDatabase;
import org.dialogues.store.ReferenceDataLoader;
import org.junit.jupiter.api.Test;

class TrieMatchesLikeRegexIT {

    @Test
    void theTrieFindsExactlyWhatTheRegularExpressionsFoundWithTheSeededAliases() {
        try (TestDatabase database = TestDatabase.create()) {
            TrieMatchesLikeRegexTest.assertSameMentions(ReferenceDataLoader.load(database.dsl()));
        }
    }
}
