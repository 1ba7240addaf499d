package org.dialogues.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingTheOutputModeTest {

    @Test
    void theDefaultLetsTheGroupRead() {
        assertThat(OutputMode.fromEnvironment(Map.of()).toString()).isEqualTo("rw-r-----");
    }

    @Test
    void anOctalModeIsReadWithOrWithoutItsLeadingZero() {
        assertThat(OutputMode.fromEnvironment(Map.of(OutputMode.VARIABLE, "0644")).toString()).isEqualTo("rw-r--r--");
        assertThat(OutputMode.parse("600").toString()).isEqualTo("rw-------");
    }

    @Test
    void executableOrUnreadableOrNonOctalModesAreRefused() {
        assertThatThrownBy(() -> OutputMode.parse("0755")).hasMessageContaining("executable");
        assertThatThrownBy(() -> OutputMode.parse("0044")).hasMessageContaining("owner read");
        assertThatThrownBy(() -> OutputMode.parse("rw-r-----")).hasMessageContaining("octal");
    }
}
