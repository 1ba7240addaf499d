package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.Migrations;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code dialogues db migrate}: applies pending migrations. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations.")
final class DbMigrateCommand implements Callable<Integer> {

    private final Environment environment;

    DbMigrateCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Database database = Database.connect(environment.databaseSettings())) {
            Migrations migrations = database.migrations();
            int applied = migrations.migrate();
            environment.out().printf("Schema at version %s (%d migration%s applied).%n",
                    migrations.currentVersion().orElse("none"), applied, applied == 1 ? "" : "s");
            return ExitCodes.OK;
        }
    }
}
