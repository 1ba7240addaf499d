package org.dialogues.review;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The review columns V032 adds to meeting, participation and commitment ({@code review_state},
 * {@code version}). TEMPORARY until V032 is on this branch: every fact reads as unreviewed, version 0.
 */
final class Review {

    private Review() {
    }

    static Condition unreviewed(Table<?> facts) {
        return DSL.noCondition();
    }

    static Field<String> state(Table<?> facts) {
        return DSL.inline("unreviewed");
    }

    static Field<Integer> version(Table<?> facts) {
        return DSL.inline(0);
    }
}
