package org.dialogues.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * XLSX as data, with Apache POI: one sheet per section, a bold frozen header row with an
 * autofilter, one row per record, numbers as numbers and dates as dates. No merged cells, no page
 * furniture. Rows stream to disk beyond a window, so a large tracker does not fill the heap.
 */
final class SpreadsheetWriter {

    private static final int ROWS_IN_MEMORY = 500;
    private static final int WIDEST_COLUMN = 80;

    private SpreadsheetWriter() {
    }

    static void write(List<DataSheet> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            for (DataSheet sheet : sheets) {
                writeSheet(workbook, sheet, styles);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private record Styles(CellStyle header, CellStyle date) {
        Styles(SXSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, DataSheet data, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(data.name());
        sheet.trackAllColumnsForAutoSizing();
        Row header = sheet.createRow(0);
        for (int column = 0; column < data.header().size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(data.header().get(column));
            cell.setCellStyle(styles.header());
        }
        int rowIndex = 1;
        for (List<Object> values : data.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < values.size(); column++) {
                setValue(row.createCell(column), values.get(column), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, data.header().size() - 1));
        for (int column = 0; column < data.header().size(); column++) {
            sheet.autoSizeColumn(column);
            sheet.setColumnWidth(column, Math.min(sheet.getColumnWidth(column), WIDEST_COLUMN * 256));
        }
    }

    /** Unknown stays empty: a blank cell, not the word "null" or a zero. */
    private static void setValue(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
