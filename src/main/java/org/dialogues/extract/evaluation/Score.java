package org.dialogues.extract.evaluation;

/** Matches counted for one kind of fact: true positives, false positives, false negatives. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / found;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.2f R %.2f F1 %.2f (tp %d, fp %d, fn %d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
