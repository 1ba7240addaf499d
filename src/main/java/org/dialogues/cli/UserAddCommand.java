package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.review.Account;
import org.dialogues.review.Accounts;
import org.dialogues.review.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code dialogues user add NAME --role archivist|viewer}: a new workbench account. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Create an account; the password is asked for (not echoed), or read with --password-stdin.")
final class UserAddCommand implements Callable<Integer> {

    private final Environment environment;

    @Parameters(index = "0", paramLabel = "NAME", description = "Sign-in name: lower-case letters, digits, '.', '-', '_'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "archivist|viewer",
            description = "archivist: reads and changes facts; viewer: reads only.")
    String role;

    @Mixin
    PasswordInput passwordInput;

    UserAddCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Role parsedRole = Role.of(role);
        try (Database database = environment.openDatabase()) {
            char[] password = passwordInput.read(environment, name);
            try {
                Account account = new Accounts(database.dsl(), environment.clock()).add(name, parsedRole, password);
                environment.out().printf("Added %s (%s).%n", account.name(), account.role().code());
            } finally {
                Arrays.fill(password, '\0');
            }
            return ExitCodes.OK;
        }
    }
}
