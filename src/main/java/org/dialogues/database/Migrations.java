package org.dialogues.database;

import org.dialogues.DialoguesException.Category;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Optional;

/** The Flyway migrations in {@code db/migration}, packaged in the jar. */
public final class Migrations {

    private final Flyway flyway;

    public Migrations(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    /** Applies pending migrations; refuses a database whose schema is newer than this program. */
    public int migrate() {
        refuseNewerSchema();
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    /** The schema version applied to the database, if any. */
    public Optional<String> currentVersion() {
        return Optional.ofNullable(flyway.info().current()).map(info -> info.getVersion().getVersion());
    }

    /** The newest version this program knows. */
    public Optional<String> latestVersion() {
        return Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS && info.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(Comparable::compareTo)
                .map(v -> v.getVersion());
    }

    public int pendingCount() {
        return flyway.info().pending().length;
    }

    private void refuseNewerSchema() {
        boolean newer = Arrays.stream(flyway.info().all())
                .anyMatch(info -> info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            String current = currentVersion().orElse("?");
            throw new DatabaseException(Category.UNEXPECTED_STATE, "the database schema is at version " + current
                    + ", newer than this program knows (" + latestVersion().orElse("none")
                    + "); upgrade Dialogues before using this database");
        }
    }
}
