package org.dialogues.extract.evaluation;

/**
 * Test-harness stand-in for the ingest stage's boilerplate removal: drops what follows the last
 * paragraph of running text (comment widgets, "latest stories" lists, share buttons).
 */
final class SeedText {

    private static final int PARAGRAPH_LENGTH = 80;

    private SeedText() {
    }

    static String withoutTrailingBoilerplate(String text) {
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1;
        while (last > 0 && !isParagraph(lines[last])) {
            last--;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, last + 1));
    }

    private static boolean isParagraph(String line) {
        String trimmed = line.strip();
        return trimmed.length() >= PARAGRAPH_LENGTH && trimmed.matches(".*[.!?][”\"’']?$");
    }
}
