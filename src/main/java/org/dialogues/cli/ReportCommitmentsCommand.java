package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dialogues report commitments [--party US] [--status open]}: the commitment tracker. */
@Command(name = "commitments", mixinStandardHelpOptions = true,
        description = "The commitment tracker: what was pledged, when, by whom, and whether it was fulfilled.")
final class ReportCommitmentsCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--party", paramLabel = "CODE", description = "Only commitments with this partner.")
    String party;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only open, fulfilled or superseded commitments.")
    String status;

    @Mixin
    ReportOutputOptions output;

    ReportCommitmentsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Optional<String> wanted = Optional.ofNullable(status).map(s -> s.trim().toLowerCase(Locale.ROOT));
        output.warmUpRendering();
        try (Database database = environment.openDatabase()) {
            Reports reports = new Reports(database.dsl(), environment.clock(), environment.outputMode());
            Optional<String> code = Optional.ofNullable(party).map(reports::partnerCode);
            String name = "commitments" + code.map(c -> "-" + c).orElse("") + wanted.map(s -> "-" + s).orElse("");
            Path target = output.target(environment, name);
            Path written = reports.commitments(code, wanted, output.format(), output.section(), target);
            environment.out().println("Wrote " + written);
        }
        return ExitCodes.OK;
    }
}
