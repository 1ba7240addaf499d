package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.review.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code dialogues user disable NAME}: no more sign-ins; open sessions end. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disable an account: it can no longer sign in and its open sessions end ('user password' enables it again).")
final class UserDisableCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    UserDisableCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            new Accounts(database.dsl(), environment.clock()).disable(name);
            environment.out().printf("Disabled %s; its sessions have ended.%n", name);
            return ExitCodes.OK;
        }
    }
}
