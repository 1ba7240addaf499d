package org.dialogues.extract;

/** Whether a meeting took place, is announced for the future, or was called off. */
public enum MeetingStatus {
    HELD, PLANNED, CANCELLED;

    /** The lower-case code used in the database and the export. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
