package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.review.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code dialogues user password NAME}: a new password (asked for, or --password-stdin). */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Set a new password for an account (enabling it again); its open sessions end.")
final class UserPasswordCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin
    PasswordInput passwordInput;

    UserPasswordCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            Accounts accounts = new Accounts(database.dsl(), environment.clock());
            char[] password = passwordInput.read(environment, name);
            try {
                accounts.setPassword(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            environment.out().printf("Set a new password for %s; its sessions have ended.%n", name);
            return ExitCodes.OK;
        }
    }
}
