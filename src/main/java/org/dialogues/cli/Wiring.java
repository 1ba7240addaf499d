package org.dialogues.cli;

import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.extract.linguistic.CoreNlpAnnotator;
import org.dialogues.ingest.ArticleReader;
import org.dialogues.ingest.Importer;
import org.dialogues.ingest.OutletDirectory;
import org.dialogues.ingest.ReadLimits;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.dialogues.store.ReferenceDataLoader;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.function.Function;

/** Puts the capabilities together for the commands that import. */
final class Wiring {

    private Wiring() {
    }

    /** The extraction pipeline over the reference knowledge currently in the database. */
    static Function<ArticleInput, Extraction> extractor(DSLContext dsl) {
        Extractor extractor = new Extractor(ReferenceDataLoader.load(dsl));
        return extractor::extract;
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
        Function<ArticleInput, Extraction> extractor = extractor(dsl);
        CoreNlpAnnotator.shared().load();
        return new Importer(reader, extractor, new KnowledgeStore(dsl), new ImportBatches(dsl), timeBudget);
    }
}
