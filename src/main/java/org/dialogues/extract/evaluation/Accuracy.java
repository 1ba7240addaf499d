package org.dialogues.extract.evaluation;

/** How many of the matched facts had a field right. */
public record Accuracy(int correct, int total) {

    public Accuracy plus(Accuracy other) {
        return new Accuracy(correct + other.correct, total + other.total);
    }

    public double value() {
        return total == 0 ? 1.0 : (double) correct / total;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2f (%d/%d)", value(), correct, total);
    }
}
