package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.report.Quarter;
import org.dialogues.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dialogues report quarterly --quarter 2025-Q1}: Korea's dialogues in one quarter. */
@Command(name = "quarterly", mixinStandardHelpOptions = true,
        description = "Korea's dialogues in one quarter: figures, partners, meetings, commitments, plans, regional context, sources.")
final class ReportQuarterlyCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--quarter", required = true, paramLabel = "YYYY-QN",
            description = "The quarter, e.g. 2025-Q1, or 'previous', 'current' or 'next' (for cron).")
    String quarter;

    @Mixin
    ReportOutputOptions output;

    ReportQuarterlyCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Quarter wanted = resolve(quarter);
        Path target = output.target(environment, "quarterly-" + wanted);
        output.warmUpRendering();
        try (Database database = environment.openDatabase()) {
            Path written = new Reports(database.dsl(), environment.clock(), environment.outputMode()).quarterly(wanted, output.format(), output.section(), target);
            environment.out().println("Wrote " + written);
        }
        return ExitCodes.OK;
    }

    /** previous and current are relative to today, so that a cron line needs no date arithmetic. */
    private Quarter resolve(String text) {
        Quarter now = Quarter.containing(java.time.LocalDate.now(environment.clock()));
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "previous" -> now.previous();
            case "current" -> now;
            case "next" -> now.next();
            default -> Quarter.parse(text);
        };
    }
}
