package org.dialogues.extract.evaluation;

import org.dialogues.extract.Extraction;

/** A compact listing of an extraction, for reading test output. */
final class ExtractionPrinter {

    private ExtractionPrinter() {
    }

    static String print(Extraction extraction) {
        StringBuilder out = new StringBuilder();
        extraction.meetings().forEach(m -> out.append(String.format("  %s %s | series=%s ed=%s | %s..%s %s | %s %s | %s %s %s | %s | %s%n",
                m.key(), m.name(), m.series(), m.edition(), m.startDate(), m.endDate(), m.precision(), m.city(),
                m.countryCode(), m.parties(), m.status(), m.role(), m.levelCode(), m.topics())));
        extraction.participants().forEach(p -> out.append(String.format("    P %s %s | %s | %s | %s | %s%n",
                p.meetingKey(), p.name(), p.title(), p.organization(), p.countryCode(), p.levelCode())));
        extraction.commitments().forEach(c -> out.append(String.format("    C %s %s %s | %s%n",
                c.meetingKey(), c.kind(), c.parties(), c.text())));
        out.append("  times ").append(extraction.stageTimes());
        return out.toString();
    }
}
