package org.dialogues;

import org.dialogues.extract.evaluation.GoldArticle;
import org.dialogues.extract.evaluation.GoldReader;
import org.dialogues.ingest.ArticleReader;
import org.dialogues.ingest.Overrides;
import org.dialogues.ingest.ReadLimits;
import org.dialogues.ingest.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own gold readings stay usable: every article they name exists and reads, and every
 * commitment sentence occurs verbatim in the text the importer keeps (whitespace folded), so the
 * scorer can match on it.
 */
class GoldFilesTest {

    @ParameterizedTest
    @CsvSource({
            "src/main/resources/samples/articles, src/test/resources/samples-gold.json",
            "src/test/resources/holdout/articles, src/test/resources/holdout-gold.json",
            "src/test/resources/devset/articles, src/test/resources/devset-gold.json",
            "src/test/resources/shapes/articles, src/test/resources/shapes-gold.json"})
    void everyGoldSentenceOccursInItsArticle(Path articles, Path goldFile) throws Exception {
        Map<String, String> texts = readTexts(articles);
        List<GoldArticle> gold = new GoldReader().read(goldFile);
        assertThat(gold).isNotEmpty();
        for (GoldArticle article : gold) {
            assertThat(texts).as("article of the gold reading").containsKey(article.file());
            String text = fold(texts.get(article.file()));
            for (GoldArticle.Commitment commitment : article.commitments()) {
                assertThat(text).as(article.file()).contains(fold(commitment.sentence()));
            }
        }
    }

    /** Texts by gold key: the file name, or file#N for the Nth record of a JSON (Lines) file. */
    private static Map<String, String> readTexts(Path folder) throws Exception {
        ArticleReader reader = new ArticleReader(ReadLimits.defaults());
        Map<String, String> texts = new HashMap<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(f -> !f.getFileName().toString().startsWith("manifest")).sorted().toList();
        }
        for (Path file : files) {
            List<ReadResult> results = reader.read(file, Overrides.none());
            for (ReadResult result : results) {
                if (result instanceof ReadResult.Accepted accepted) {
                    String source = accepted.document().source();
                    String name = file.getFileName().toString();
                    texts.put(results.size() == 1 ? name : name + source.substring(source.lastIndexOf('#')), accepted.document().text());
                }
            }
        }
        return texts;
    }

    private static String fold(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("\\s+", " ").trim();
    }
}
