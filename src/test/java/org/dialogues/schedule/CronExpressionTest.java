package org.dialogues.schedule;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronExpressionTest {

    @Test
    void quarterlyCronInSeoulFiresAtSevenSeoulTimeOnTheSecondOfTheQuartersFirstMonth() {
        CronExpression cron = CronExpression.parse("0 7 2 1,4,7,10 *", "Asia/Seoul");
        assertThat(cron.nextAfter(Instant.parse("2025-03-15T00:00:00Z"))).isEqualTo(Instant.parse("2025-04-01T22:00:00Z"));
        assertThat(cron.nextAfter(Instant.parse("2025-04-01T22:00:00Z"))).isEqualTo(Instant.parse("2025-07-01T22:00:00Z"));
    }

    @Test
    void malformedExpressionsAndUnknownZonesAreInvalidInput() {
        assertThatThrownBy(() -> CronExpression.parse("0 7 * *", "UTC")).isInstanceOf(ScheduleException.class).hasMessageContaining("five fields");
        assertThatThrownBy(() -> CronExpression.parse("0 24 * * *", "UTC")).isInstanceOf(ScheduleException.class).hasMessageContaining("bad cron");
        assertThatThrownBy(() -> CronExpression.parse("0 7 * * *", "Asia/Atlantis")).isInstanceOf(ScheduleException.class).hasMessageContaining("time zone");
    }
}
