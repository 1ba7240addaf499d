package org.dialogues.extract.linguistic;

/**
 * One arc of a sentence's dependency graph (Universal Dependencies, enhanced++): {@code governor}
 * and {@code dependent} are token indexes in the sentence, {@code governor} is -1 for the root.
 * {@code relation} keeps its subtype ("obl:on", "nmod:of", "conj:and").
 */
public record Dependency(String relation, int governor, int dependent) {

    public static final int ROOT = -1;

    public Dependency {
        if (relation == null || relation.isBlank() || dependent < 0 || governor < ROOT) {
            throw new IllegalArgumentException("invalid dependency " + relation + "(" + governor + ", " + dependent + ")");
        }
    }

    /** The relation without its subtype: "obl" for "obl:on". */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype ("on" for "obl:on"), or an empty string. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
