package org.dialogues.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dialogues report ...}: PDF, XLSX or CSV reports from the knowledge base. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write reports: the quarterly summary, a partner's history, the commitment tracker.",
        subcommands = {ReportQuarterlyCommand.class, ReportPartnerCommand.class, ReportCommitmentsCommand.class})
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
