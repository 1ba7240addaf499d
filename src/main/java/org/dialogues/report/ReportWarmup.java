package org.dialogues.report;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Loads and exercises the rendering engine (JasperReports' filler, fonts and PDF exporter,
 * JFreeChart) on a background thread while the command opens the database and runs its queries.
 * In a short command these are each a second or more of class loading and first-use set-up; done
 * beside the database start they mostly cost nothing. Best effort: a failure here changes nothing,
 * the real report reports its own problems.
 */
public final class ReportWarmup {

    private static final List<String> TEMPLATES = List.of("quarterly/quarterly", "quarterly/partners", "common/meetings",
            "common/commitments", "common/sources", "partner/partner", "partner/participants", "commitments/commitments");

    private ReportWarmup() {
    }

    /** Starts warming up; the thread is a daemon, so it never delays the end of the program. */
    public static Thread start() {
        Thread thread = new Thread(ReportWarmup::warmUp, "report-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
        return thread;
    }

    static void warmUp() {
        try {
            ReportTemplates templates = new ReportTemplates();
            TEMPLATES.forEach(templates::get);
            // an empty table: the filler, the styles, the embedded fonts and the PDF exporter, end to end
            JasperPrint print = net.sf.jasperreports.engine.JasperFillManager.fillReport(templates.get("common/sources"),
                    new java.util.HashMap<>(Map.of()), new JREmptyDataSource(0));
            ReportWriter.export(print, "warm-up", Format.PDF, OutputStream.nullOutputStream());
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(1, "warm-up", "warm-up");
            ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false).createBufferedImage(60, 40);
        } catch (JRException | RuntimeException | LinkageError e) {
            // nothing to do: the report itself will load what it needs, and say what failed
        }
    }
}
