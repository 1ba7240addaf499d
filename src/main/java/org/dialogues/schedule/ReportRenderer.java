package org.dialogues.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Renders one report to a file; the scheduler's only view of the report package. */
public interface ReportRenderer {

    /** Writes the report with resolved parameters (e.g. quarter=2025-Q1) to {@code target}. */
    void render(ReportKind report, Map<String, String> parameters, OutputFormat format, Path target) throws IOException;

    /** Identifies the template that renders the report, recorded with every run. */
    String templateVersion(ReportKind report);
}
