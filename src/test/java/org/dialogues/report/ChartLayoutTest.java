package org.dialogues.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartLayoutTest {

    @Test
    void aLoneBarIsNarrowAndLabelsWrapOntoTwoLines() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "Jul 2024", "North Atlantic Treaty Organization");
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);

        new ChartLayout().customize(chart, null);

        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(((BarRenderer) plot.getRenderer()).getMaximumBarWidth()).isEqualTo(ChartLayout.MAXIMUM_BAR_WIDTH);
        CategoryAxis axis = plot.getDomainAxis();
        assertThat(axis.getMaximumCategoryLabelLines()).isEqualTo(2);
        assertThat(axis.getMaximumCategoryLabelWidthRatio()).isEqualTo(0.5f);
    }

    @Test
    void aLongPartnerNameIsShownByItsCode() {
        assertThat(ChartLabels.partner("North Atlantic Treaty Organization", "NATO")).isEqualTo("NATO");
        assertThat(ChartLabels.partner("Association of Southeast Asian Nations", "ASEAN")).isEqualTo("ASEAN");
        assertThat(ChartLabels.partner("United States", "US")).isEqualTo("United States");
    }
}
