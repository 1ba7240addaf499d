package org.dialogues.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recorded run of a scheduled report.
 *
 * @param outputs paths of the files delivered
 * @param outputBytes size of the first output (see {@code delivered} for every output's)
 * @param delivered every file delivered, in format order, with its size and SHA-256
 */
public record ReportRun(long id, String scheduleName, ReportKind report, Map<String, String> parameters,
                        RunTrigger trigger, Instant scheduledAt, Instant startedAt, Optional<Instant> finishedAt,
                        RunStatus status, int attempts, Optional<String> error, List<String> outputs,
                        Optional<Long> outputBytes, Optional<String> outputSha256, Optional<String> templateVersion,
                        List<Delivery> delivered) {

    public ReportRun {
        parameters = Map.copyOf(parameters);
        outputs = List.copyOf(outputs);
        delivered = List.copyOf(delivered);
    }
}
