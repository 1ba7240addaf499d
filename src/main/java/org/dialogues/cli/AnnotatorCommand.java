package org.dialogues.cli;

import org.dialogues.extract.linguistic.AnnotatorDaemon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code dialogues annotator status|stop}: the long-lived linguistic annotator of this home, which
 * {@code import} starts when {@code DIALOGUES_ANNOTATOR=daemon} (as bin/dialogues sets it).
 */
@Command(name = "annotator", mixinStandardHelpOptions = true,
        description = "Show or stop the long-lived annotator (CoreNLP kept loaded) of this home.",
        subcommands = {AnnotatorCommand.Status.class, AnnotatorCommand.Stop.class, AnnotatorCommand.Serve.class})
final class AnnotatorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Path home(Environment environment) {
        return environment.databaseSettings().home();
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the annotator runs, where and since when.")
    static final class Status implements java.util.concurrent.Callable<Integer> {

        private final Environment environment;

        Status(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            var status = AnnotatorDaemon.status(home(environment));
            if (status.isEmpty()) {
                environment.out().println("No annotator runs for " + home(environment) + ".");
                return ExitCodes.OK;
            }
            AnnotatorDaemon.Status s = status.get();
            Duration up = Duration.between(s.started(), Instant.now());
            environment.out().printf("Annotator running: pid %d, 127.0.0.1:%d, version %s%n", s.pid(), s.port(), s.version());
            environment.out().printf("  up %d min, %d text%s annotated, stops after %d min idle%n",
                    up.toMinutes(), s.annotated(), s.annotated() == 1 ? "" : "s", s.idleLimit().toMinutes());
            return ExitCodes.OK;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the annotator (the next import starts it again).")
    static final class Stop implements java.util.concurrent.Callable<Integer> {

        private final Environment environment;

        Stop(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            boolean stopped = AnnotatorDaemon.stop(home(environment));
            environment.out().println(stopped ? "Annotator stopped." : "No annotator was running.");
            return ExitCodes.OK;
        }
    }

    /** Runs the annotator in this process; started by the first command that needs it, not by hand. */
    @Command(name = "serve", hidden = true, description = "Run the annotator in the foreground (started by import).")
    static final class Serve implements java.util.concurrent.Callable<Integer> {

        private final Environment environment;

        @Option(names = "--idle-minutes", defaultValue = "30", description = "Stop after this many minutes without work.")
        int idleMinutes;

        Serve(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            AnnotatorDaemon.serve(home(environment), Duration.ofMinutes(Math.max(1, idleMinutes)));
            return ExitCodes.OK;
        }
    }
}
