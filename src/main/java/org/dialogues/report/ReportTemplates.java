package org.dialogues.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report templates compiled by the build ({@code reports/<folder>/<name>.jasper} on the class
 * path). Only those are loaded: JasperReports 7.0.3 deserializes .jasper files without checks.
 */
final class ReportTemplates {

    private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

    /** The compiled template, e.g. {@code quarterly/quarterly}. */
    JasperReport get(String name) {
        return loaded.computeIfAbsent(name, ReportTemplates::load);
    }

    private static JasperReport load(String name) {
        String resource = "reports/" + name + ".jasper";
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException(Category.UNEXPECTED_STATE,
                        "the report template " + resource + " is missing from the program; rebuild it (./mvnw package)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportException(Category.UNEXPECTED_STATE, "cannot load the report template " + resource + ": " + e.getMessage(), e);
        }
    }
}
