package org.dialogues.report;

import java.util.Map;

/**
 * A report ready to render: the compiled master template with its parameters (figures, data sources,
 * subreports) for PDF and XLSX, and the same rows as a table for CSV.
 */
record ReportContent(String title, String template, Map<String, Object> parameters, CsvTable table) {

    ReportContent {
        parameters = Map.copyOf(parameters);
    }
}
