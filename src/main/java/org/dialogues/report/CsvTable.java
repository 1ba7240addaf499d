package org.dialogues.report;

import java.util.List;

/** A report's rows for CSV: one header and rows of plain values, from the same records as the PDF. */
record CsvTable(List<String> header, List<List<Object>> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
