package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.review.ReviewServer;
import org.dialogues.review.ReviewSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code dialogues review}: the archivists' workbench in the browser, until SIGTERM or Ctrl-C. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Serve the review workbench: the queue of what needs a look, articles with their facts highlighted, "
                + "meetings with their sources; archivists confirm, correct, add, reject, merge and split there. "
                + "Accounts come from 'dialogues user add'.")
final class ReviewCommand implements Callable<Integer> {

    private final Environment environment;

    @Option(names = "--listen", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 serves a team).")
    String listen;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--for", hidden = true, description = "Stop after this duration (ISO-8601, e.g. PT5S); for tests.")
    Duration duration;

    ReviewCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        ReviewSettings settings = new ReviewSettings(listen, port);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // SIGTERM: let the main thread stop the server and close the database before the JVM halts.
        Thread hook = new Thread(() -> {
            stopped.countDown();
            awaitQuietly(closed);
        }, "dialogues-review-stop");
        try (Database database = environment.openDatabase();
             ReviewServer server = ReviewServer.start(database.dsl(), environment.clock(), settings)) {
            Runtime.getRuntime().addShutdownHook(hook);
            environment.out().printf("Review workbench at %s (stop with Ctrl-C or SIGTERM)%n", server.url());
            environment.out().flush();
            if (duration == null) {
                stopped.await();
            } else if (!stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    private static void awaitQuietly(CountDownLatch closed) {
        try {
            closed.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
