package org.dialogues.report;

/** Commitments by status. */
public record StatusCounts(int open, int fulfilled, int superseded) {

    public int total() {
        return open + fulfilled + superseded;
    }
}
