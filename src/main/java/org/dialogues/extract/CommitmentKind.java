package org.dialogues.extract;

/** What sort of undertaking a commitment is. */
public enum CommitmentKind {
    AGREE, REAFFIRM, PLEDGE, PLAN, DECIDE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CommitmentKind ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
