package org.dialogues.report;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the report tests share: a database filled with {@link FirstQuarterFixture}, reports rendered
 * on 3 April 2025 (a fixed clock, so stamps and "next quarter" are stable) and a folder per test.
 */
abstract class FirstQuarterReports {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-03T08:00:00Z"), ZoneOffset.UTC);

    static TestDatabase database;
    static Reports reports;

    @TempDir
    Path folder;

    @BeforeAll
    static void fill() {
        database = TestDatabase.create();
        new FirstQuarterFixture(database.dsl());
        reports = new Reports(database.dsl(), CLOCK);
    }

    @AfterAll
    static void drop() {
        database.close();
    }
}
