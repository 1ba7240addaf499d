package org.dialogues.report;

import java.util.Arrays;
import java.util.List;

/**
 * One section of a report as data: a name, a header and one row per record, with typed values
 * (text, whole numbers, dates) so that a spreadsheet or CSV reader gets numbers and dates, not text
 * that looks like them.
 */
record DataSheet(String name, List<String> header, List<List<Object>> rows) {

    DataSheet {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(Arrays.asList(row.toArray()))).toList();
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("sheet " + name + ": a row of " + row.size() + " values under " + header.size() + " columns");
            }
        }
    }
}
