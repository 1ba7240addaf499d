package org.dialogues.report;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Fills a report and writes it in the chosen format. The file appears whole or not at all: it is
 * written to a temporary file in the same folder and moved into place atomically. Pages beyond a
 * few dozen are swapped to disk (a virtualizer), so large quarters do not run out of memory.
 */
final class ReportWriter {

    private static final int PAGES_IN_MEMORY = 40;

    private final ReportTemplates templates;
    private final OutputMode mode;

    ReportWriter(ReportTemplates templates) {
        this(templates, OutputMode.DEFAULT);
    }

    ReportWriter(ReportTemplates templates, OutputMode mode) {
        this.templates = templates;
        this.mode = mode;
    }

    /** Writes the report; {@code section} names the one sheet a CSV holds (null: the report's main one). */
    Path write(ReportContent content, Format format, String section, Path out) {
        if (section != null && format != Format.CSV) {
            throw new ReportException(Category.INVALID_INPUT, "--section picks the one section a CSV file holds; "
                    + format.extension() + " has them all");
        }
        DataSheet csvSheet = format == Format.CSV ? content.sheet(section == null ? content.mainSheet() : section) : null;
        Path target = out.toAbsolutePath().normalize();
        Path temp = createTemp(target);
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                switch (format) {
                    case PDF -> render(content, format, stream);
                    case XLSX -> SpreadsheetWriter.write(content.sheets(), stream);
                    case CSV -> writeCsv(csvSheet, stream);
                }
            }
            mode.apply(temp);   // the temporary file is private (0600); the report gets the configured mode
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new ReportException(Category.UNEXPECTED_STATE, "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Fills the master template once and exports it; also used by the benchmark to time the steps. */
    JasperPrint fill(ReportContent content, JRSwapFileVirtualizer virtualizer) {
        Map<String, Object> parameters = new HashMap<>(content.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, Locale.ENGLISH);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        try {
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(templates.get(content.template()), parameters, new JREmptyDataSource(1));
            virtualizer.setReadOnly(true);
            return print;
        } catch (JRException e) {
            throw new ReportException(Category.UNEXPECTED_STATE, "cannot fill the report " + content.template() + ": " + e.getMessage(), e);
        }
    }

    static JRSwapFileVirtualizer virtualizer() {
        String tmp = System.getProperty("java.io.tmpdir");
        return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, new JRSwapFile(tmp, 4096, 256), true);
    }

    private void render(ReportContent content, Format format, OutputStream stream) {
        JRSwapFileVirtualizer virtualizer = virtualizer();
        try {
            JasperPrint print = fill(content, virtualizer);
            export(print, content.title(), format, stream);
        } finally {
            virtualizer.cleanup();
        }
    }

    static void export(JasperPrint print, String title, Format format, OutputStream stream) {
        try {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(stream));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataAuthor("Dialogues");
            configuration.setMetadataCreator("Dialogues report");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException(Category.UNEXPECTED_STATE, "cannot export the report as " + format + ": " + e.getMessage(), e);
        }
    }

    /**
     * RFC 4180, UTF-8 with a byte-order mark (so that Excel reads Hangul and accents right), dates
     * in ISO form, empty for unknown.
     */
    private static void writeCsv(DataSheet sheet, OutputStream stream) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat csv = CSVFormat.RFC4180.builder().setHeader(sheet.header().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, csv)) {
            for (List<Object> row : sheet.rows()) {
                printer.printRecord(row);
            }
        }
    }

    private static Path createTemp(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new ReportException(Category.UNEXPECTED_STATE, "cannot write into " + target.getParent()
                    + " (" + e.getMessage() + "); choose another --out", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover hidden temporary file is harmless; the report itself was written or reported failed
        }
    }
}
