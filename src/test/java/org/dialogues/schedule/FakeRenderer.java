package org.dialogues.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Writes a small PDF-looking file naming the report and its parameters, and counts its calls. */
final class FakeRenderer implements ReportRenderer {

    final List<Map<String, String>> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void render(ReportKind report, Map<String, String> parameters, OutputFormat format, Path target) throws IOException {
        calls.add(parameters);
        Files.writeString(target, "%PDF-1.7\n% " + report.id() + " " + parameters + "\n%%EOF\n", StandardCharsets.US_ASCII);
    }

    @Override
    public String templateVersion(ReportKind report) {
        return report.id() + "-test";
    }
}
