package org.dialogues.report;

import java.util.List;
import java.util.Map;

/**
 * A report ready to render: the compiled master template with its parameters (figures, data sources,
 * subreports) for the PDF, and the same records as data sheets for XLSX (every sheet) and CSV (one
 * sheet: {@code mainSheet} unless another is asked for).
 */
record ReportContent(String title, String template, Map<String, Object> parameters, List<DataSheet> sheets, String mainSheet) {

    ReportContent {
        parameters = Map.copyOf(parameters);
        sheets = List.copyOf(sheets);
        if (sheets.stream().noneMatch(sheet -> sheet.name().equals(mainSheet))) {
            throw new IllegalArgumentException("no sheet " + mainSheet);
        }
    }

    /** The sheet of that name; an unknown one is refused with the names there are. */
    DataSheet sheet(String name) {
        return sheets.stream().filter(sheet -> sheet.name().equals(name)).findFirst()
                .orElseThrow(() -> new ReportException(org.dialogues.DialoguesException.Category.INVALID_INPUT,
                        "'" + name + "' is not a section of this report; use one of "
                                + String.join(", ", sheets.stream().map(DataSheet::name).toList())));
    }
}
