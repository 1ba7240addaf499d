package org.dialogues.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordDataSourceTest {

    private static JRDesignField field(String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        return field;
    }

    @Test
    void templateFieldsReadTheRecordComponentsOfTheSameName() throws JRException {
        var source = new RecordDataSource<>(PartnerLine.class,
                List.of(new PartnerLine("US", "United States", 2, "Minister", 1), new PartnerLine("JP", "Japan", 1, null, 0)));

        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("partner"))).isEqualTo("United States");
        assertThat(source.getFieldValue(field("meetings"))).isEqualTo(2);
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("highestLevel"))).isNull();
        assertThat(source.next()).isFalse();
    }

    @Test
    void rewindingStartsOverForChartsThatReadTwice() throws JRException {
        var source = new RecordDataSource<>(ActivityPoint.class, List.of(new ActivityPoint("Japan", "Jan 2025", 3)));
        source.next();
        source.next();

        source.moveFirst();

        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("category"))).isEqualTo("Japan");
    }

    @Test
    void aFieldTheRecordLacksIsATemplateErrorNamingIt() {
        var source = new RecordDataSource<>(ActivityPoint.class, List.of(new ActivityPoint("Japan", "Jan 2025", 3)));
        source.next();

        assertThatThrownBy(() -> source.getFieldValue(field("country")))
                .isInstanceOf(JRException.class).hasMessageContaining("'country'");
    }
}
