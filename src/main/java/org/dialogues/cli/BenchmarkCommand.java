package org.dialogues.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dialogues benchmark ...}: commands that print performance figures (they assert nothing). */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Print performance figures: import throughput, report fill and export, analyst queries at scale.",
        subcommands = {BenchmarkImportCommand.class, BenchmarkReportCommand.class, BenchmarkScaleCommand.class})
final class BenchmarkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
