package org.dialogues.cli;

import org.dialogues.report.ReportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dialogues benchmark report [SIZES...]}: quarterly report time and memory on synthetic quarters. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Time and peak memory to fill and export the quarterly report for synthetic quarters (a throw-away database).")
final class BenchmarkReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "MEETINGS", description = "Meetings per quarter (default 100 1000 10000).")
    List<Integer> sizes;

    @Override
    public Integer call() throws IOException {
        ReportBenchmark.main(sizes == null ? new String[0] : sizes.stream().map(String::valueOf).toArray(String[]::new));
        return ExitCodes.OK;
    }
}
