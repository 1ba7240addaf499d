package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.review.Account;
import org.dialogues.review.Accounts;
import picocli.CommandLine.Command;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dialogues user list}: the accounts, without anything secret. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: name, role, created, state.")
final class UserListCommand implements Callable<Integer> {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Environment environment;

    UserListCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            List<Account> accounts = new Accounts(database.dsl(), environment.clock()).list();
            if (accounts.isEmpty()) {
                environment.out().println("No accounts yet; add one with 'dialogues user add NAME --role archivist'.");
                return ExitCodes.OK;
            }
            environment.out().printf("%-24s %-10s %-20s %s%n", "NAME", "ROLE", "CREATED", "STATE");
            for (Account account : accounts) {
                environment.out().printf("%-24s %-10s %-20s %s%n", account.name(), account.role().code(),
                        CREATED.format(account.createdAt()), account.disabled() ? "disabled" : "active");
            }
            return ExitCodes.OK;
        }
    }
}
