package org.dialogues.extract.time;

import java.util.List;

/** Expressions whose date depends on the reference date: weekdays, "yesterday", "last week". */
final class RelativeRules {

    private RelativeRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
