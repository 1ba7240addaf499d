package org.dialogues.report;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import org.dialogues.database.Database;
import org.dialogues.database.Migrations;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.COMMITMENT_EVIDENCE;
import static org.dialogues.database.schema.Tables.COMMITMENT_PARTY;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;
import static org.dialogues.database.schema.Tables.MEETING_TOPIC;
import static org.dialogues.database.schema.Tables.PARTICIPATION;
import static org.dialogues.database.schema.Tables.PERSON;

/**
 * Time and peak heap to fill and export the quarterly report for quarters of 100, 1,000 and 10,000
 * meetings on a synthetic, throw-away embedded database, beside the time of its SQL queries alone.
 * Prints figures; asserts nothing. Run: {@code java -Xmx512m -cp 'target/classes:target/lib/*'
 * org.dialogues.report.ReportBenchmark [sizes...]}.
 */
public final class ReportBenchmark {

    private static final List<String> PARTNERS = List.of("US", "JP", "DE", "AU", "GB", "FR", "PL", "CA", "EU", "NATO");
    private static final List<String> TOPICS = List.of("defense", "space", "cyber");

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {100, 1_000, 10_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path folder = Files.createTempDirectory("report-benchmark");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            new Migrations(postgres.getPostgresDatabase()).migrate();
            DSLContext dsl = Database.dsl(postgres.getPostgresDatabase());
            System.out.printf("%-9s %6s %9s %9s %9s %9s %10s %9s%n",
                    "meetings", "pages", "sql ms", "fill ms", "pdf ms", "total ms", "peak MB", "pdf KB");
            Quarter quarter = Quarter.parse("2030-Q1");
            Quarter largest = quarter;
            for (int size : sizes) {
                new Synthetic(dsl, new Random(size)).quarter(quarter, size);
                // A live database has planner statistics from autovacuum; a freshly loaded one needs them now.
                dsl.query("ANALYZE").execute();
                measure(dsl, quarter, size, folder);
                largest = quarter;
                quarter = quarter.next().next();
            }
            breakdown(new ReportQueries(dsl), largest);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static void measure(DSLContext dsl, Quarter quarter, int size, Path folder) throws IOException {
        ReportQueries queries = new ReportQueries(dsl);
        ReportTemplates templates = new ReportTemplates();
        ReportStamp stamp = ReportStamp.of("Q", quarter.toString(), Clock.systemUTC().instant(), queries.dataAsOf());
        QuarterlyReport report = new QuarterlyReport(queries, templates, stamp);
        report.build(quarter);   // warm up: templates loaded, JIT, connection

        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        ReportContent content = report.build(quarter);
        long t1 = System.nanoTime();
        JRSwapFileVirtualizer virtualizer = ReportWriter.virtualizer();
        Path pdf = folder.resolve("quarterly-" + quarter + ".pdf");
        try {
            JasperPrint print = new ReportWriter(templates).fill(content, virtualizer);
            long t2 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(pdf)) {
                ReportWriter.export(print, "benchmark", Format.PDF, out);
            }
            long t3 = System.nanoTime();
            System.out.printf("%-9d %6d %9d %9d %9d %9d %10.0f %9d%n", size, print.getPages().size(),
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0), peakHeapMegabytes(), Files.size(pdf) / 1024);
        } finally {
            virtualizer.cleanup();
        }
    }

    /** Time of each query of the quarterly report, for the last (largest) quarter. */
    private static void breakdown(ReportQueries queries, Quarter quarter) {
        MeetingScope held = MeetingScope.korea(quarter, MeetingScope.HELD);
        System.out.println("SQL time per query for " + quarter + ":");
        List<MeetingLine> meetings = timed("meetings", () -> queries.meetings(MeetingScope.korea(quarter, MeetingScope.HELD, MeetingScope.PLANNED)));
        timed("meetings, next quarter", () -> queries.meetings(MeetingScope.korea(quarter.next(), MeetingScope.PLANNED)));
        timed("meetings, regional", () -> queries.meetings(MeetingScope.regional(quarter)));
        List<CommitmentLine> commitments = timed("commitments", () -> queries.commitments(ReportQueries.madeAt(held)));
        timed("sources", () -> queries.sources(QuarterlyReport.citedArticles(java.util.stream.Stream.of(meetings), commitments)));
        timed("figures (this and previous quarter)", () -> List.of(queries.figures(quarter), queries.figures(quarter.previous())));
        timed("partners", () -> queries.partners(held));
        timed("activity by month and topic", () -> List.of(queries.activityByMonth(held), queries.activityByTopic(held)));
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> query) {
        long start = System.nanoTime();
        T result = query.get();
        System.out.printf("  %-40s %7d ms%n", what, ms(System.nanoTime() - start));
        return result;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset (an upper bound of the true peak). */
    private static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024.0 * 1024.0);
    }

    /** Writes plausible meetings: Korea and one or two partners, participants, topics, commitments, articles. */
    private record Synthetic(DSLContext dsl, Random random) {

        void quarter(Quarter quarter, int meetings) {
            int days = (int) (quarter.end().toEpochDay() - quarter.start().toEpochDay());
            List<Long> people = people(quarter, 400);
            for (int from = 0; from < meetings; from += 500) {
                int count = Math.min(500, meetings - from);
                batch(quarter, from, count, days, people);
            }
        }

        private List<Long> people(Quarter quarter, int count) {
            var insert = dsl.insertInto(PERSON, PERSON.NAME, PERSON.NAME_KEY, PERSON.COUNTRY_CODE);
            for (int i = 0; i < count; i++) {
                String country = i % 2 == 0 ? "KR" : PARTNERS.get(i % PARTNERS.size());
                String name = (i % 7 == 0 ? "김민준 " : "Person ") + quarter + "-" + i;
                insert = insert.values(name, "p" + quarter + "_" + i, country);
            }
            return insert.returning(PERSON.ID).fetch(PERSON.ID);
        }

        private void batch(Quarter quarter, int from, int count, int days, List<Long> people) {
            var meetingInsert = dsl.insertInto(MEETING, MEETING.NATURAL_KEY, MEETING.NAME, MEETING.START_DATE,
                    MEETING.DATE_PRECISION, MEETING.STATUS, MEETING.LEVEL_CODE, MEETING.CITY, MEETING.COUNTRY_CODE);
            for (int i = from; i < from + count; i++) {
                LocalDate day = quarter.start().plusDays(random.nextInt(days + 1));
                meetingInsert = meetingInsert.values("bench/" + quarter + "/" + i, "Synthetic dialogue " + quarter + " #" + i, day,
                        "day", "held", i % 3 == 0 ? "minister" : "senior_official", "Seoul", "KR");
            }
            List<Long> ids = meetingInsert.returning(MEETING.ID).fetch(MEETING.ID);
            var articleInsert = dsl.insertInto(ARTICLE, ARTICLE.SHA256, ARTICLE.ORIGINAL, ARTICLE.ORIGINAL_ENCODING,
                    ARTICLE.MEDIA_TYPE, ARTICLE.TEXT, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.URL, ARTICLE.PUBLISHED,
                    ARTICLE.PUBLISHED_PRECISION, ARTICLE.IMPORTED_AT);
            for (int i = 0; i < count; i++) {
                String text = "Synthetic article " + quarter + " " + (from + i);
                articleInsert = articleInsert.values(sha(text), text.getBytes(), "UTF-8", "text/plain", text,
                        "Report on synthetic dialogue " + (from + i), "Synthetic Wire", "https://example.org/" + quarter + "/" + (from + i),
                        quarter.start().plusDays(random.nextInt(days + 1)), "day", OffsetDateTime.now(ZoneOffset.UTC));
            }
            List<Long> articles = articleInsert.returning(ARTICLE.ID).fetch(ARTICLE.ID);

            InsertValuesStep2<?, Long, String> parties = dsl.insertInto(MEETING_PARTY, MEETING_PARTY.MEETING_ID, MEETING_PARTY.PARTY_CODE);
            InsertValuesStep2<?, Long, String> topics = dsl.insertInto(MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_CODE);
            var participation = dsl.insertInto(PARTICIPATION, PARTICIPATION.MEETING_ID, PARTICIPATION.PERSON_ID,
                    PARTICIPATION.TITLE, PARTICIPATION.COUNTRY_CODE, PARTICIPATION.LEVEL_CODE);
            var evidence = dsl.insertInto(MEETING_EVIDENCE, MEETING_EVIDENCE.MEETING_ID, MEETING_EVIDENCE.ARTICLE_ID,
                    MEETING_EVIDENCE.SENTENCE_START, MEETING_EVIDENCE.SENTENCE_END, MEETING_EVIDENCE.CONFIDENCE);
            var commitments = dsl.insertInto(COMMITMENT, COMMITMENT.NATURAL_KEY, COMMITMENT.MEETING_ID, COMMITMENT.KIND, COMMITMENT.TEXT);
            for (int i = 0; i < count; i++) {
                long meeting = ids.get(i);
                String partner = PARTNERS.get(random.nextInt(PARTNERS.size()));
                parties = parties.values(meeting, "KR").values(meeting, partner);
                topics = topics.values(meeting, TOPICS.get(random.nextInt(TOPICS.size())));
                int base = random.nextInt(people.size() - 4);
                for (int p = 0; p < 4; p++) {
                    participation = participation.values(meeting, people.get(base + p), "Synthetic title " + p,
                            p % 2 == 0 ? "KR" : partner, p < 2 ? "minister" : "senior_official");
                }
                evidence = evidence.values(meeting, articles.get(i), 0, 10, 0.9f);
                commitments = commitments.values("bench/" + meeting, meeting, "agree", "cooperate on synthetic matter " + (from + i));
            }
            parties.execute();
            topics.execute();
            participation.execute();
            evidence.execute();
            List<Long> commitmentIds = commitments.returning(COMMITMENT.ID).fetch(COMMITMENT.ID);
            InsertValuesStep2<?, Long, String> bound = dsl.insertInto(COMMITMENT_PARTY, COMMITMENT_PARTY.COMMITMENT_ID, COMMITMENT_PARTY.PARTY_CODE);
            var stated = dsl.insertInto(COMMITMENT_EVIDENCE, COMMITMENT_EVIDENCE.COMMITMENT_ID, COMMITMENT_EVIDENCE.ARTICLE_ID,
                    COMMITMENT_EVIDENCE.SENTENCE_START, COMMITMENT_EVIDENCE.SENTENCE_END, COMMITMENT_EVIDENCE.CONFIDENCE);
            for (int i = 0; i < commitmentIds.size(); i++) {
                bound = bound.values(commitmentIds.get(i), "KR");
                stated = stated.values(commitmentIds.get(i), articles.get(i), 0, 10, 0.9f);
            }
            bound.execute();
            stated.execute();
        }

        private static String sha(String text) {
            try {
                return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
