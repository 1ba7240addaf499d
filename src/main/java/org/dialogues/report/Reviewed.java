package org.dialogues.report;

/** Of a quarter's dialogues held and the commitments made at them, how many a person checked. */
record Reviewed(int meetings, int meetingsReviewed, int commitments, int commitmentsReviewed) {

    /** "Checked by an archivist: 3 of 5 dialogues held, 2 of 7 commitments." */
    String sentence() {
        if (meetings == 0) {
            return "";
        }
        if (meetingsReviewed == 0 && commitmentsReviewed == 0) {
            return "Not yet checked by an archivist: every row is as extracted from the articles.";
        }
        return "Checked by an archivist: " + meetingsReviewed + " of " + meetings + " dialogues held, "
                + commitmentsReviewed + " of " + commitments + (commitments == 1 ? " commitment." : " commitments.");
    }
}
