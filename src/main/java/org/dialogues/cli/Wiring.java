package org.dialogues.cli;

import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.DialoguesException;
import org.dialogues.extract.linguistic.AnnotatorDaemon;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.extract.linguistic.LinguisticAnnotator;
import org.dialogues.ingest.ArticleReader;
import org.dialogues.ingest.Importer;
import org.dialogues.ingest.OutletDirectory;
import org.dialogues.ingest.ReadLimits;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.ReferenceDataLoader;
import org.jooq.DSLContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Puts the capabilities together for the commands that import. */
final class Wiring {

    private Wiring() {
    }

    /** Chooses the annotator: {@code daemon} (what bin/dialogues sets) or {@code in-process} (the default). */
    static final String ANNOTATOR = "DIALOGUES_ANNOTATOR";
    /** Minutes the daemon waits for work before it stops itself. */
    static final String ANNOTATOR_IDLE = "DIALOGUES_ANNOTATOR_IDLE_MINUTES";
    private static final int DEFAULT_IDLE_MINUTES = 30;

    /** The extraction pipeline over the reference knowledge currently in the database, annotating in this process. */
    static Function<ArticleInput, Extraction> extractor(DSLContext dsl) {
        return extractor(dsl, CoreNlpAnnotator.shared());
    }

    static Function<ArticleInput, Extraction> extractor(DSLContext dsl, LinguisticAnnotator annotator) {
        Extractor extractor = new Extractor(ReferenceDataLoader.load(dsl), annotator);
        return extractor::extract;
    }

    /**
     * The annotator a command uses: the long-lived one of the home when {@code DIALOGUES_ANNOTATOR=daemon}
     * (it is started if needed; {@code notice} hears once if it cannot be and annotation falls back to
     * this process), otherwise CoreNLP in this process, whose models start loading now.
     */
    static LinguisticAnnotator annotator(Environment environment, java.util.function.Consumer<String> notice) {
        String mode = environment.variables().getOrDefault(ANNOTATOR, "in-process").strip();
        switch (mode) {
            case "", "in-process" -> {
                warmUpAnnotator();
                return CoreNlpAnnotator.shared();
            }
            case "daemon" -> {
                return AnnotatorDaemon.client(environment.databaseSettings().home(), serverCommand(environment), notice);
            }
            default -> throw new DialoguesException(DialoguesException.Category.INVALID_INPUT,
                    ANNOTATOR + " must be daemon or in-process, not '" + mode + "'");
        }
    }

    /**
     * This program run again as {@code annotator serve}, with this JVM's heap and class-data
     * archive settings (not the option that writes an archive: the daemon must not replace it).
     */
    static List<String> serverCommand(Environment environment) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-Xmx") || argument.startsWith("-XX:SharedArchiveFile=") || argument.startsWith("-Xlog:cds")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "annotator", "serve",
                "--idle-minutes", Integer.toString(idleMinutes(environment))));
        return command;
    }

    static int idleMinutes(Environment environment) {
        String value = environment.variables().getOrDefault(ANNOTATOR_IDLE, Integer.toString(DEFAULT_IDLE_MINUTES)).strip();
        try {
            int minutes = Integer.parseInt(value);
            if (minutes >= 1) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DialoguesException(DialoguesException.Category.INVALID_INPUT,
                ANNOTATOR_IDLE + " must be a whole number of minutes, at least 1, not '" + value + "'");
    }

    /** Starts loading the CoreNLP models in the background (they take several seconds). */
    static void warmUpAnnotator() {
        // logging starts on this thread first: initialized from two threads at once, SLF4J warns on stderr
        org.slf4j.LoggerFactory.getILoggerFactory();
        CoreNlpAnnotator.shared().loadInBackground();
    }

    /** The version of the linguistic annotator the extractor uses (stored annotations of others are redone). */
    static String annotatorVersion() {
        return CoreNlpAnnotator.shared().version();
    }

    /** A reader that names known outlets as the database's outlet table does. */
    static ArticleReader reader(DSLContext dsl) {
        return new ArticleReader(ReadLimits.defaults(), new OutletDirectory(ReferenceDataLoader.outlets(dsl)));
    }

    static Importer importer(DSLContext dsl, ArticleReader reader) {
        return importer(dsl, reader, ReadLimits.DEFAULT_TIME_BUDGET);
    }

    /**
     * An importer whose every file and article gets {@code timeBudget}. The models are loaded first
     * (waiting for {@link #warmUpAnnotator}): their seconds of loading are no article's time.
     */
    static Importer importer(DSLContext dsl, ArticleReader reader, Duration timeBudget) {
        return importer(dsl, reader, timeBudget, CoreNlpAnnotator.shared());
    }

    /** The same on the given annotator; a daemon's models load in the daemon, not here. */
    static Importer importer(DSLContext dsl, ArticleReader reader, Duration timeBudget, LinguisticAnnotator annotator) {
        Function<ArticleInput, Extraction> extractor = extractor(dsl, annotator);
        if (annotator instanceof CoreNlpAnnotator inProcess) {
            inProcess.load();
        }
        return new Importer(reader, extractor, new KnowledgeStore(dsl), new ImportBatches(dsl), timeBudget);
    }
}
