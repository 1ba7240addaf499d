package org.dialogues.report;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Report tests over rows of their own: a fresh database, reports on the fixed clock, a folder per test. */
abstract class ReportsOverAFixture {

    static TestDatabase database;
    static Reports reports;

    @TempDir
    Path folder;

    /** Called from the subclass's {@code @BeforeAll}. */
    static void fill(Consumer<ReportFixture> rows) {
        database = TestDatabase.create();
        rows.accept(new ReportFixture(database.dsl()));
        reports = new Reports(database.dsl(), FirstQuarterReports.CLOCK);
    }

    @AfterAll
    static void drop() {
        database.close();
    }
}
