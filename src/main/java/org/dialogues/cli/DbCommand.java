package org.dialogues.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dialogues db ...}: the knowledge base itself. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Migrate, inspect and serve the knowledge base.",
        subcommands = {DbMigrateCommand.class, DbInfoCommand.class, DbServeCommand.class, DbUrlCommand.class, DbPasswordCommand.class})
final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
