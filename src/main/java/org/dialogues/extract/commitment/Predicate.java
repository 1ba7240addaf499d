package org.dialogues.extract.commitment;

import java.util.List;
import org.dialogues.extract.CommitmentKind;

/**
 * A commitment predicate found in the parse: the trigger token, the kind its lemma gives, the
 * tokens heading its subject and the content clauses it undertakes (one commitment each).
 * {@code signed}: a document was signed, adopted or concluded; {@code document}: the subject is the
 * meeting's document ("the plan includes"); {@code past}: an undertaking already made ("agreed", not
 * "will agree"); {@code modal}: a future act under "will", reported "would" or "be (due) to".
 */
record Predicate(int token, CommitmentKind kind, List<Integer> subjects, List<List<Integer>> contents,
        boolean signed, boolean document, boolean past, boolean modal) {

    Predicate {
        subjects = List.copyOf(subjects);
        contents = contents.stream().map(List::copyOf).toList();
    }

    Predicate withSubjects(List<Integer> tokens) {
        return new Predicate(token, kind, tokens, contents, signed, document, past, modal);
    }

    /** The same predicate with the given tokens taken out of its contents. */
    Predicate without(java.util.Set<Integer> tokens) {
        List<List<Integer>> kept = contents.stream()
                .map(c -> c.stream().filter(i -> !tokens.contains(i)).toList())
                .filter(c -> !c.isEmpty()).toList();
        return new Predicate(token, kind, subjects, kept, signed, document, past, modal);
    }
}
