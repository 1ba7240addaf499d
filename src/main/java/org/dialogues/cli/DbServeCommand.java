package org.dialogues.cli;

import org.dialogues.DialoguesException;
import org.dialogues.database.Database;
import org.dialogues.database.DatabaseSettings;
import org.dialogues.database.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code dialogues db serve}: keeps the embedded database up for analysts until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Keep the knowledge base running and print how analysts connect, until Ctrl-C.")
final class DbServeCommand implements java.util.concurrent.Callable<Integer> {

    private final Environment environment;

    @Option(names = "--listen", paramLabel = "ADDRESS",
            description = "Also listen on this address (e.g. 0.0.0.0 or the machine's address) for analysts on other machines;"
                    + " password logins of the reader and writer only, over TLS when the data directory has server.crt and server.key.")
    String listen;

    @Option(names = "--for", hidden = true, description = "Stop after this duration (ISO-8601, e.g. PT5S); for tests.")
    Duration duration;

    DbServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = environment.out();
        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseSettings settings = environment.databaseSettings();
        if (listen != null && !settings.embedded()) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, "--listen applies to the embedded server only;"
                    + " the server at " + settings.url().orElseThrow() + " listens where its administrator configured it");
        }
        try (Database database = Database.open(listen == null ? settings : settings.listeningOn(listen))) {
            requireListening(database);
            Thread hook = new Thread(() -> {
                database.close();
                stopped.countDown();
            }, "dialogues-db-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            describe(out, database);
            out.flush();
            boolean finished = duration == null ? awaitForever(stopped) : stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished || duration != null) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            return ExitCodes.OK;
        }
    }

    private static boolean awaitForever(CountDownLatch latch) throws InterruptedException {
        latch.await();
        return true;
    }

    /** A server another process started on loopback cannot be opened to the network without a restart that would cut it off. */
    private void requireListening(Database database) {
        if (listen == null) {
            return;
        }
        EmbeddedServer server = database.embeddedServer().orElseThrow();
        String addresses = server.listenAddresses();
        if (!server.owner() && !java.util.Arrays.asList(addresses.split("\\s*,\\s*")).contains(listen)) {
            throw new DialoguesException(DialoguesException.Category.UNEXPECTED_STATE, "the embedded database is already running for"
                    + " another Dialogues process and listens on " + addresses + " only; stop those processes, then start 'db serve --listen "
                    + listen + "' first");
        }
    }

    private void describe(PrintWriter out, Database database) {
        String url = database.jdbcUrl();
        database.embeddedServer().ifPresentOrElse(server -> {
            int port = server.port();
            String host = listen == null ? "localhost" : listen;
            out.printf("The knowledge base is up on port %d%s.%n", port,
                    server.owner() ? "" : " (already served by another Dialogues process)");
            out.printf("  analysts (read-only):  psql -h %s -p %d -U dialogues_reader dialogues%n", host, port);
            out.printf("  importers:             psql -h %s -p %d -U dialogues_writer dialogues%n", host, port);
            out.printf("  passwords:             bin/dialogues db password dialogues_reader (or dialogues_writer), run by the owner of %s%n",
                    server.home());
            out.printf("  JDBC:                  %s (user dialogues_reader)%n", url.replace("localhost", host));
        }, () -> out.printf("The knowledge base is at %s.%n", url));
        out.println("Views: meeting_overview, commitment_overview, dialogue_activity_by_quarter, article_without_findings.");
        out.println("Press Ctrl-C to stop.");
    }
}
