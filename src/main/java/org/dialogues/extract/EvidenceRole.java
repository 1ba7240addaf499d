package org.dialogues.extract;

/** Why an article mentions a meeting: it reports it, announces it, or recalls it as background. */
public enum EvidenceRole {
    REPORT, ANNOUNCEMENT, BACKGROUND;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
