package org.dialogues.ingest;

import org.dialogues.database.TestDatabase;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ARTICLE;

/**
 * The importer's workers hand prepared files to the store through a bounded queue: every file is
 * extracted and stored once, each article in one transaction of its own, and the workers never run
 * further ahead of the store than the queue allows.
 */
class ImportingThroughABoundedQueueIT {

    private static final int FILES = 80;

    private TestDatabase db;
    private DSLContext dsl;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        dsl = db.dsl();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void everyFileIsStoredOnceInATransactionOfItsOwnWithTheWorkersBoundedAheadOfTheStore(@TempDir Path folder) throws IOException {
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("article-%03d.txt", i)), text(i));
        }
        OneMeetingPerArticle rules = new OneMeetingPerArticle();
        AtomicInteger extracted = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Function<ArticleInput, Extraction> counting = input -> {
            Extraction extraction = rules.apply(input);
            mostAhead.accumulateAndGet(extracted.incrementAndGet() - stored.get(), Math::max);
            return extraction;
        };
        Importer importer = new Importer(new ArticleReader(ReadLimits.defaults()), counting, new KnowledgeStore(dsl), new ImportBatches(dsl));

        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        Importer.Summary summary = importer.importPaths(List.of(folder), Overrides.none(), "test", new Importer.Listener() {
            @Override
            public void problem(String source, String message) {
                problems.add(message);
            }

            @Override
            public void fileDone(Path file) {
                stored.incrementAndGet();
                slowly();   // a slow store, so that unbounded workers would run far ahead of it
            }
        });

        assertThat(problems).isEmpty();
        assertThat(summary.imported()).isEqualTo(FILES);
        assertThat(rules.calls).hasSize(FILES).allSatisfy((text, calls) -> assertThat(calls.get()).isEqualTo(1));
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(FILES);
        assertThat(dsl.fetchValue("SELECT count(DISTINCT xmin::text) FROM article")).as("one transaction per article").isEqualTo((long) FILES);
        assertThat(dsl.fetchValue("SELECT count(*) FROM meeting_evidence e JOIN article a ON a.id = e.article_id "
                + "WHERE e.xmin::text = a.xmin::text")).as("each article's facts in its own transaction").isEqualTo((long) FILES);
        int threads = Runtime.getRuntime().availableProcessors();
        assertThat(mostAhead.get()).as("queued, being queued by each worker, being stored")
                .isLessThanOrEqualTo(Importer.QUEUE + threads + 1);
    }

    private static void slowly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(int number) {
        return "SEOUL, March 12, 2025 -- South Korea and Japan held their maritime dialogue in Seoul on Wednesday, officials said.\n\n"
                + "The two sides discussed fisheries and the safety of shipping lanes in the East Sea, number " + number + ".\n\n"
                + "They agreed to meet again next year in Tokyo, according to the foreign ministry in Seoul.\n";
    }
}
