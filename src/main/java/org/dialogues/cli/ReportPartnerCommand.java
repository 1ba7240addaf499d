package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code dialogues report partner --party US}: one partner's dialogue history with Korea. */
@Command(name = "partner", mixinStandardHelpOptions = true,
        description = "One partner's dialogue history with Korea: series and editions, participants by level, commitments.")
final class ReportPartnerCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--party", required = true, paramLabel = "CODE", description = "The partner: US, JP, DE, EU, NATO...")
    String party;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 1 January five years ago).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: 31 December next year, to include plans).")
    LocalDate to;

    @Mixin
    ReportOutputOptions output;

    ReportPartnerCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(environment.clock());
        LocalDate first = from != null ? from : LocalDate.of(today.getYear() - 5, 1, 1);
        LocalDate last = to != null ? to : LocalDate.of(today.getYear() + 1, 12, 31);
        output.warmUpRendering();
        try (Database database = environment.openDatabase()) {
            Reports reports = new Reports(database.dsl(), environment.clock(), environment.outputMode());
            String code = reports.partnerCode(party);   // "Japan" is JP, and its file is partner-JP
            Path target = output.target(environment, "partner-" + code);
            Path written = reports.partner(code, first, last, output.format(), output.section(), target);
            environment.out().println("Wrote " + written);
        }
        return ExitCodes.OK;
    }
}
