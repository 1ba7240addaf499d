package org.dialogues.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dialogues user ...}: the accounts that may sign in to the review workbench. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the accounts of the review workbench (bin/dialogues review).",
        subcommands = {UserAddCommand.class, UserListCommand.class, UserDisableCommand.class, UserPasswordCommand.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
