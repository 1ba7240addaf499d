package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.database.Migrations;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.IMPORT_BATCH;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PARTY;
import static org.dialogues.database.schema.Tables.PERSON;

/** {@code dialogues db info}: where the database is, its schema version and what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show where the knowledge base is, its schema version and row counts.")
final class DbInfoCommand implements Callable<Integer> {

    private static final List<Table<?>> COUNTED = List.of(ARTICLE, MEETING, PARTICIPATION, PERSON, COMMITMENT,
            DIALOGUE_SERIES, PARTY, IMPORT_BATCH);

    private final Environment environment;

    DbInfoCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = environment.out();
        try (Database database = environment.openDatabase()) {
            database.embeddedServer().ifPresentOrElse(
                    server -> out.printf("Database:  embedded PostgreSQL, data in %s, port %d%n", server.home().resolve("postgres"), server.port()),
                    () -> out.printf("Database:  %s%n", database.jdbcUrl()));
            out.printf("JDBC URL:  %s (user %s)%n", database.jdbcUrl(), database.user());
            DSLContext dsl = database.dsl();
            out.printf("Server:    PostgreSQL %s%n", dsl.fetchValue("SHOW server_version"));
            Migrations migrations = database.migrations();
            int pending = migrations.pendingCount();
            out.printf("Schema:    version %s%s%n", migrations.currentVersion().orElse("none (empty database)"),
                    pending == 0 ? ", up to date" : ", " + pending + " migration(s) pending: run 'dialogues db migrate'");
            printCounts(out, dsl);
            return ExitCodes.OK;
        }
    }

    private static void printCounts(PrintWriter out, DSLContext dsl) {
        out.println("Rows:");
        for (Table<?> table : COUNTED) {
            try {
                out.printf("  %-16s %,d%n", table.getName(), dsl.fetchCount(table));
            } catch (DataAccessException e) {
                out.printf("  %-16s (missing)%n", table.getName());
            }
        }
    }
}
