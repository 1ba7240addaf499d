package org.dialogues.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code dialogues <command>}. */
@Command(name = "dialogues",
        mixinStandardHelpOptions = true,
        version = "Dialogues 0.1.0",
        description = "Korea-partner security dialogues: articles in, a PostgreSQL knowledge base and reports out.",
        subcommands = {
                DemoCommand.class,
                DbCommand.class,
                ImportCommand.class,
                ReextractCommand.class,
                ExportCommand.class,
                ReportCommand.class,
                BenchmarkCommand.class,
                ScheduleCommand.class,
                ServeCommand.class,
                UserCommand.class,
                ReviewCommand.class,
                AnnotatorCommand.class,
        })
public final class DialoguesCommand implements Runnable {

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
