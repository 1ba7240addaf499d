package org.dialogues.analyst;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times analyst queries on one connection (the reader's, as analysts connect), warm: each query
 * runs a few times unmeasured, then {@code runs} times measured (until the last row is read).
 * Prints figures; asserts nothing.
 */
public final class QueryTimings {

    private static final int WARM_UP = 3;
    private static final Pattern FULL_SCAN = Pattern.compile(
            "Seq Scan on (article|meeting|participation|commitment|person|meeting_evidence|participation_evidence|commitment_evidence)\\b");

    /** What one query measured: rows returned, median and 95th percentile, and the big tables read whole. */
    public record Timing(String name, int rows, double p50Millis, double p95Millis, List<String> fullScans) {
    }

    private QueryTimings() {
    }

    public static List<Timing> measure(Connection connection, List<AnalystQuery> queries, int runs) throws SQLException {
        List<Timing> timings = new ArrayList<>();
        for (AnalystQuery query : queries) {
            timings.add(measure(connection, query, runs));
        }
        return timings;
    }

    static Timing measure(Connection connection, AnalystQuery query, int runs) throws SQLException {
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = run(connection, query.sql());
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(connection, query.sql());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(query.name(), rows, millis[runs / 2], millis[(int) Math.ceil(0.95 * runs) - 1], fullScans(connection, query.sql()));
    }

    /** The big tables the plan reads whole (a sequential scan), from EXPLAIN. */
    public static List<String> fullScans(Connection connection, String sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
            while (plan.next()) {
                Matcher m = FULL_SCAN.matcher(plan.getString(1));
                if (m.find() && !tables.contains(m.group(1))) {
                    tables.add(m.group(1));
                }
            }
        }
        return tables;
    }

    public static void print(List<Timing> timings, PrintWriter out) {
        out.printf("  %-44s %8s %9s %9s  %s%n", "query", "rows", "p50 ms", "p95 ms", "full scan of a big table");
        for (Timing t : timings) {
            out.printf("  %-44s %,8d %9.1f %9.1f  %s%n", t.name(), t.rows(), t.p50Millis(), t.p95Millis(),
                    t.fullScans().isEmpty() ? "none" : String.join(", ", t.fullScans()));
        }
        out.flush();
    }

    private static int run(Connection connection, String sql) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }
}
