package org.dialogues.store;

/**
 * The keys extraction gives the facts it stores, for those who must recognise them when extraction
 * finds them again (curation records what was rejected, merged or moved under these keys).
 */
public final class FactKeys {

    private FactKeys() {
    }

    /** A participation's key: the meeting's and the person's ids. */
    public static String participation(long meetingId, long personId) {
        return "meeting:" + meetingId + "|person:" + personId;
    }

    /** The prefix of the keys of the participations and commitments of a meeting. */
    public static String meetingScope(long meetingId) {
        return "meeting:" + meetingId + "|";
    }

    /** A commitment's key: its meeting, kind and normalized text. */
    public static String commitment(long meetingId, String kindCode, String text) {
        return meetingScope(meetingId) + kindCode + "|" + NameKeys.text(text);
    }

    /** The suffix of a participation key of a person. */
    public static String personScope(long personId) {
        return "|person:" + personId;
    }
}
