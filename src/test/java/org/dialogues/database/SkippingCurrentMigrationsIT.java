package org.dialogues.database;

import org.dialogues.DialoguesException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a current database skips Flyway; anything else still goes through it. */
class SkippingCurrentMigrationsIT {

    private TestDatabase db;

    @BeforeEach
    void migrate() {
        db = TestDatabase.create();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aDatabaseAtThePackagedMigrationsIsCurrent() {
        assertThat(new Migrations(db.dataSource()).isCurrent()).isTrue();
    }

    @Test
    void anEmptyDatabaseIsNotCurrentAndIsMigrated() {
        try (TestDatabase empty = TestDatabase.createEmpty()) {
            Migrations migrations = new Migrations(empty.dataSource());
            assertThat(migrations.isCurrent()).isFalse();
            assertThat(migrations.migrateIfBehind()).isPositive();
            assertThat(migrations.isCurrent()).isTrue();
        }
    }

    @Test
    void aMissingMigrationIsApplied() {
        db.dsl().execute("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)");
        Migrations migrations = new Migrations(db.dataSource());
        assertThat(migrations.isCurrent()).isFalse();
        // the newest migration runs again through Flyway (its objects already exist, so it fails
        // or succeeds; either way Flyway, not the shortcut, decided)
        assertThat(migrations.pendingCount()).isEqualTo(1);
    }

    @Test
    void anEditedMigrationIsLeftToFlywaysValidation() {
        db.dsl().execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '001'");
        Migrations migrations = new Migrations(db.dataSource());
        assertThat(migrations.isCurrent()).isFalse();
        assertThatThrownBy(migrations::migrateIfBehind).hasMessageContaining("checksum");
    }

    @Test
    void aNewerSchemaIsStillRefused() {
        db.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (9999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 0, true)");
        Migrations migrations = new Migrations(db.dataSource());
        assertThat(migrations.isCurrent()).isFalse();
        assertThatThrownBy(migrations::migrateIfBehind).isInstanceOf(DialoguesException.class).hasMessageContaining("newer than this program");
    }

    @Test
    void aFailedRowIsNotCurrent() {
        db.dsl().execute("UPDATE flyway_schema_history SET success = false WHERE version = '001'");
        assertThat(new Migrations(db.dataSource()).isCurrent()).isFalse();
    }
}
