package org.dialogues.analyst;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A synthetic knowledge base of a given number of articles, written into a migrated database by
 * the set-based SQL of {@code analyst/synthetic-knowledge-base.sql} (one statement per step, on
 * one connection, so that its temporary tables live through the steps). Meant for an empty,
 * throw-away database: its rows take the ids from 1 up.
 */
public final class SyntheticKnowledgeBase {

    private static final String SCRIPT = "/analyst/synthetic-knowledge-base.sql";
    private static final String STEP = "-- step: ";

    /** One step of the script: its name and SQL. */
    record Step(String name, String sql) {
    }

    private SyntheticKnowledgeBase() {
    }

    /** Builds it, printing each step's time to {@code progress}; returns the total seconds. */
    public static double build(DataSource dataSource, int articles, PrintWriter progress) {
        if (articles < 10) {
            throw new IllegalArgumentException("a synthetic knowledge base needs at least 10 articles, not " + articles);
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET dialogues.articles = " + articles);
            // A bulk load sorts and hashes more than an import does; the session's share may grow.
            statement.execute("SET maintenance_work_mem = '512MB'; SET work_mem = '256MB'");
            for (Step step : steps()) {
                long t = System.nanoTime();
                statement.execute(step.sql());
                progress.printf("  %-26s %8.1f s%n", step.name(), (System.nanoTime() - t) / 1e9);
                progress.flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("building the synthetic knowledge base failed: " + e.getMessage(), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : script().split("\n")) {
            if (line.startsWith(STEP)) {
                add(steps, name, sql);
                name = line.substring(STEP.length()).strip();
                sql.setLength(0);
            } else if (name != null) {
                sql.append(line).append('\n');
            }
        }
        add(steps, name, sql);
        return steps;
    }

    private static void add(List<Step> steps, String name, StringBuilder sql) {
        if (name != null) {
            steps.add(new Step(name, sql.toString()));
        }
    }

    private static String script() {
        try (InputStream in = Objects.requireNonNull(SyntheticKnowledgeBase.class.getResourceAsStream(SCRIPT), SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
