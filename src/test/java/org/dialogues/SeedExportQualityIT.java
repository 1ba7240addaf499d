package org.dialogues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dialogues.cli.CommandRunner;
import org.dialogues.database.TestDatabase;
import org.dialogues.extract.CommitmentFact;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.ParticipantFact;
import org.dialogues.extract.Span;
import org.dialogues.extract.evaluation.GoldArticle;
import org.dialogues.extract.evaluation.GoldReader;
import org.dialogues.extract.evaluation.GoldScorer;
import org.dialogues.extract.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The measurement, end to end: import the seed articles with the real command line, export
 * dialogues-export/1, and score the export against the human reading in ../shared/seeds/gold.json
 * (matching rules: {@link GoldScorer}). Skipped where ../shared is absent (a user's clone); CI has it.
 */
class SeedExportQualityIT {

    static final Path SEEDS = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();

    @TempDir
    Path work;

    /**
     * The archivist's way: the seed files with a sidecar manifest giving each file's url, outlet and
     * publication date as recorded in gold.json's article metadata (three of the five saved pages carry
     * no date of their own, and relative dates like "on Monday" need one).
     */
    @Test
    void theSeedsImportedWithTheirSourceMetadataMeetTheQualityTargets() throws Exception {
        assumeTrue(Files.isRegularFile(SEEDS.resolve("gold.json")), "../shared/seeds is not beside this checkout; CI has it");
        GoldScorer.Report report = importExportAndScore(true);
        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(QualityTargets.MEETINGS_F1);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(QualityTargets.PARTICIPANTS_F1);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(QualityTargets.COMMITMENTS_F1);
        assertThat(report.startDates().value()).as("meeting start dates").isGreaterThanOrEqualTo(QualityTargets.START_DATES);
    }

    /** The files exactly as saved, nothing else: dates the pages do not carry stay unknown. */
    @Test
    void theSeedsImportedAsSavedAreMeasuredToo() throws Exception {
        assumeTrue(Files.isRegularFile(SEEDS.resolve("gold.json")), "../shared/seeds is not beside this checkout; CI has it");
        GoldScorer.Report report = importExportAndScore(false);
        assertThat(report.meetings().f1()).as("meetings F1").isGreaterThanOrEqualTo(QualityTargets.MEETINGS_F1_AS_SAVED);
        assertThat(report.participants().f1()).as("participants F1").isGreaterThanOrEqualTo(QualityTargets.PARTICIPANTS_F1_AS_SAVED);
        assertThat(report.commitments().f1()).as("commitments F1").isGreaterThanOrEqualTo(QualityTargets.COMMITMENTS_F1_AS_SAVED);
    }

    private GoldScorer.Report importExportAndScore(boolean withManifest) throws Exception {
        try (TestDatabase db = TestDatabase.createEmpty()) {
            CommandRunner cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), work);
            Path seeds = Files.createDirectories(work.resolve(withManifest ? "with-manifest" : "as-saved"));
            try (var files = Files.list(SEEDS)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(file, seeds.resolve(file.getFileName()));
                }
            }
            if (withManifest) {
                writeManifest(seeds.resolve("manifest.csv"));
            }
            CommandRunner.Result imported = cli.run("import", seeds.toString());
            assertThat(imported.exitCode()).as(imported.toString()).isZero();
            assertThat(imported.out()).contains("Imported 5,");

            Path export = work.resolve(seeds.getFileName() + "-export.json");
            CommandRunner.Result exported = cli.run("export", "--format", "json", "--out", export.toString());
            assertThat(exported.exitCode()).as(exported.toString()).isZero();

            JsonNode root = new ObjectMapper().readTree(export.toFile());
            assertThat(root.path("format").asText()).isEqualTo("dialogues-export/1");
            List<GoldArticle> gold = new GoldReader().read(SEEDS.resolve("gold.json"));
            GoldScorer.Report report = new GoldScorer().score(gold, extractionsByFile(root));
            System.out.println("Seed export (" + (withManifest ? "with source metadata" : "as saved") + ") scored against gold.json:\n" + report);
            return report;
        }
    }

    /** file,url,outlet,published from gold.json's article records: what an archivist knows of each source. */
    private static void writeManifest(Path manifest) throws Exception {
        StringBuilder csv = new StringBuilder("file,url,outlet,published,title\n");
        for (JsonNode article : new ObjectMapper().readTree(SEEDS.resolve("gold.json").toFile()).path("articles")) {
            csv.append(cell(article, "file")).append(',').append(cell(article, "url")).append(',')
                    .append(cell(article, "outlet")).append(',').append(cell(article, "published")).append(",\n");
        }
        Files.writeString(manifest, csv);
    }

    private static String cell(JsonNode node, String field) {
        String value = node.hasNonNull(field) ? node.get(field).asText() : "";
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Rebuilds, per article file, what the export says that article reported. */
    static Map<String, Extraction> extractionsByFile(JsonNode root) {
        Map<String, String> fileOf = new HashMap<>();
        root.path("articles").forEach(a -> fileOf.put(a.path("id").asText(), a.path("file").asText()));
        Map<String, Extraction> byFile = new HashMap<>();
        for (Map.Entry<String, String> article : fileOf.entrySet()) {
            byFile.put(article.getValue(), extractionOf(root, article.getKey()));
        }
        return byFile;
    }

    private static Extraction extractionOf(JsonNode root, String articleId) {
        List<MeetingFact> meetings = new ArrayList<>();
        Set<String> meetingIds = new HashSet<>();
        for (JsonNode m : root.path("meetings")) {
            if (contains(m.path("articles"), articleId)) {
                meetingIds.add(m.path("id").asText());
                LocalDate start = date(m, "start_date");
                meetings.add(new MeetingFact(m.path("id").asText(), m.path("name").asText(), text(m, "series"),
                        m.hasNonNull("edition") ? m.get("edition").asInt() : null, text(m, "acronym"), start,
                        date(m, "end_date"), start == null ? DatePrecision.UNKNOWN : DatePrecision.ofCode(m.path("date_precision").asText()),
                        text(m, "city"), text(m, "country"), strings(m.path("parties")),
                        MeetingStatus.valueOf(m.path("status").asText().toUpperCase()), null, strings(m.path("topics")),
                        EvidenceRole.REPORT, List.of()));
            }
        }
        List<ParticipantFact> participants = new ArrayList<>();
        for (JsonNode p : root.path("participants")) {
            if (meetingIds.contains(p.path("meeting").asText()) && contains(p.path("articles"), articleId)) {
                participants.add(new ParticipantFact(p.path("meeting").asText(), p.path("name").asText(), text(p, "title"),
                        text(p, "organization"), text(p, "country"), null, List.of()));
            }
        }
        StringBuilder sentences = new StringBuilder();
        List<CommitmentFact> commitments = new ArrayList<>();
        for (JsonNode c : root.path("commitments")) {
            if (articleId.equals(c.path("article").asText())) {
                int start = sentences.length();
                sentences.append(c.path("sentence").asText()).append('\n');
                commitments.add(new CommitmentFact(text(c, "meeting"), CommitmentKind.ofCode(c.path("kind").asText()),
                        strings(c.path("parties")), c.path("text").asText(),
                        List.of(new Evidence(new Span(start, sentences.length() - 1), 1.0))));
            }
        }
        return new Extraction(sentences.toString(), meetings, participants, commitments, Map.of());
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode node : array) {
            if (node.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }
}
