package org.dialogues.report;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;

/**
 * Bar charts that read the same with one bar or ten: a bar is never wider than a tenth of the
 * axis (one partner's lone bar no longer fills the panel), and a category label may take two
 * lines and up to half the panel's width before JFreeChart shortens it ("North Atlant…" did at one
 * line). Named by the templates' {@code customizerClass}.
 */
public final class ChartLayout implements JRChartCustomizer {

    /** The widest bar, as a fraction of the category axis. */
    static final double MAXIMUM_BAR_WIDTH = 0.1;
    static final float LABEL_WIDTH_RATIO = 0.5f;
    static final int LABEL_LINES = 2;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(LABEL_LINES);
        axis.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setMaximumBarWidth(MAXIMUM_BAR_WIDTH);
        }
    }
}
