package org.dialogues.cli;

import org.dialogues.database.Database;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code dialogues db url}: the JDBC URL of the knowledge base, for scripts. */
@Command(name = "url", mixinStandardHelpOptions = true, description = "Print the JDBC URL of the knowledge base.")
final class DbUrlCommand implements Callable<Integer> {

    private final Environment environment;

    DbUrlCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            environment.out().println(database.jdbcUrl());
            return ExitCodes.OK;
        }
    }
}
