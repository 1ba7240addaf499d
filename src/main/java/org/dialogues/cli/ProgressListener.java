package org.dialogues.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dialogues.ingest.Importer;

import java.io.PrintStream;
import java.nio.file.Path;

/** A progress bar on the terminal (only when there is one) and one line per problem. */
final class ProgressListener implements Importer.Listener, AutoCloseable {

    private final Environment environment;
    private final String task;
    private ProgressBar bar;

    ProgressListener(Environment environment, String task) {
        this.environment = environment;
        this.task = task;
    }

    @Override
    public void started(int files) {
        if (environment.interactive() && files > 1) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" files", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }
    }

    @Override
    public void problem(String source, String message) {
        environment.err().println("dialogues: " + message);
        environment.err().flush();
    }

    @Override
    public void warning(String source, String message) {
        environment.err().println("dialogues: warning: " + message);
        environment.err().flush();
    }

    @Override
    public void fileDone(Path file) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finished() {
        close();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
