package org.dialogues.cli;

import org.dialogues.database.Database;
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

    @Option(names = "--for", hidden = true, description = "Stop after this duration (ISO-8601, e.g. PT5S); for tests.")
    Duration duration;

    DbServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = environment.out();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Database database = environment.openDatabase()) {
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

    private static void describe(PrintWriter out, Database database) {
        String url = database.jdbcUrl();
        database.embeddedServer().ifPresentOrElse(server -> {
            int port = server.port();
            out.printf("The knowledge base is up on port %d%s.%n", port,
                    server.owner() ? "" : " (already served by another Dialogues process)");
            out.printf("  analysts (read-only):  psql -h localhost -p %d -U dialogues_reader dialogues%n", port);
            out.printf("  importers:             psql -h localhost -p %d -U dialogues_writer dialogues%n", port);
            out.printf("  JDBC:                  %s (user dialogues_reader, no password on this machine)%n", url);
        }, () -> out.printf("The knowledge base is at %s.%n", url));
        out.println("Views: meeting_overview, commitment_overview, dialogue_activity_by_quarter, article_without_findings.");
        out.println("Press Ctrl-C to stop.");
    }
}
