package org.dialogues.store;

/** What storing one article did. */
public sealed interface StoreResult {

    long articleId();

    /** The article is new; its facts were stored with it. */
    record Imported(long articleId, int meetings, int participants, int commitments) implements StoreResult {
        public boolean foundNothing() {
            return meetings == 0 && participants == 0 && commitments == 0;
        }
    }

    /** Re-extraction found exactly what is stored: nothing was written. */
    record Unchanged(long articleId, boolean foundNothing) implements StoreResult {}

    /** The same normalized text was already stored; nothing changed. */
    record Duplicate(long articleId) implements StoreResult {}
}
