package org.dialogues.extract.evaluation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.Extractor;
import org.dialogues.ingest.ArticleReader;
import org.dialogues.ingest.Overrides;
import org.dialogues.ingest.ReadLimits;
import org.dialogues.ingest.ReadResult;
import org.dialogues.ingest.SourceDocument;

/**
 * Reads a folder of articles the way the importer does (boilerplate stripped, publication date
 * found by the ingest stage) and extracts each one. The publication date is given as a manifest
 * override when the gold reading records it (seed 003 carries its date only in its address).
 */
final class ExtractionQualityRun {

    private final ArticleReader reader = new ArticleReader(ReadLimits.defaults());
    private final Extractor extractor;

    ExtractionQualityRun(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Extractions keyed like gold files: the file name, with "#n" for the n-th record of a JSON (Lines) file. */
    Map<String, Extraction> extract(Path folder, List<GoldArticle> gold) {
        Map<String, Extraction> extracted = new LinkedHashMap<>();
        for (String file : gold.stream().map(GoldArticle::file).map(f -> f.replaceAll("#\\d+$", "")).distinct().toList()) {
            // the publication date as a manifest would give it, when the gold reading knows it
            java.time.LocalDate published = gold.stream().filter(g -> g.file().replaceAll("#\\d+$", "").equals(file))
                    .map(GoldArticle::published).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            boolean oneRecord = gold.stream().filter(g -> g.file().replaceAll("#\\d+$", "").equals(file)).count() == 1;
            Overrides overrides = oneRecord && published != null ? new Overrides(null, null, published) : Overrides.none();
            for (ReadResult result : reader.read(folder.resolve(file), overrides)) {
                if (result instanceof ReadResult.Accepted accepted) {
                    SourceDocument document = accepted.document();
                    String source = document.source();
                    String key = file + (source.matches(".*#\\d+$") ? source.substring(source.lastIndexOf('#')) : "");
                    extracted.put(key, extractor.extract(new ArticleInput(document.text(), document.published(),
                            document.publishedPrecision(), document.title())));
                }
            }
        }
        return extracted;
    }

    static String report(List<GoldArticle> gold, Map<String, Extraction> extracted, GoldScorer scorer) {
        StringBuilder out = new StringBuilder();
        for (GoldArticle article : gold) {
            Extraction extraction = extracted.get(article.file());
            if (extraction == null) {
                out.append("== ").append(article.file()).append(": not read\n");
                continue;
            }
            out.append("== ").append(article.file()).append('\n').append(ExtractionPrinter.print(extraction))
                    .append('\n').append(scorer.score(article, extraction)).append('\n');
            scorer.differences(article, extraction).forEach(line -> out.append("  ! ").append(line).append('\n'));
        }
        return out.toString();
    }
}
