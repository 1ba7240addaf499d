package org.dialogues.database;

import org.dialogues.DialoguesException.Category;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The Flyway migrations in {@code db/migration}, packaged in the jar. */
public final class Migrations {

    private final DataSource dataSource;
    private Flyway flyway;

    public Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies pending migrations; refuses a database whose schema is newer than this program. */
    public int migrate() {
        refuseNewerSchema();
        MigrateResult result = flyway().migrate();
        return result.migrationsExecuted;
    }

    /**
     * Migrates only when the database is not exactly at this program's migrations. Every command
     * opens the database, and a full Flyway migrate (scanning, validating, locking the history) cost
     * more than a small report's queries; reading the history and comparing it with the packaged
     * files is one query. Anything unexpected (a failed or missing row, an edited file, a newer
     * schema, another process migrating right now) takes Flyway's path, which locks, validates and
     * refuses what it must.
     */
    public int migrateIfBehind() {
        return isCurrent() ? 0 : migrate();
    }

    /** True when the applied migrations are exactly the packaged ones, each applied successfully. */
    boolean isCurrent() {
        Optional<Set<PackagedMigrations.Migration>> packaged = PackagedMigrations.read(Migrations.class.getClassLoader());
        return packaged.isPresent() && applied().map(packaged.get()::equals).orElse(false);
    }

    /** The successful versioned rows of the history, or empty when there is none or a row failed. */
    private Optional<Set<PackagedMigrations.Migration>> applied() {
        String query = "SELECT version, checksum, success FROM flyway_schema_history WHERE version IS NOT NULL";
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            Set<PackagedMigrations.Migration> applied = new HashSet<>();
            while (rows.next()) {
                if (!rows.getBoolean("success") || rows.getObject("checksum") == null) {
                    return Optional.empty();
                }
                applied.add(new PackagedMigrations.Migration(PackagedMigrations.normalized(rows.getString("version")), rows.getInt("checksum")));
            }
            return Optional.of(applied);
        } catch (SQLException e) {
            return Optional.empty();   // no history table yet (a new database): Flyway creates it
        }
    }

    private Flyway flyway() {
        if (flyway == null) {
            flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load();
        }
        return flyway;
    }

    /** The schema version applied to the database, if any. */
    public Optional<String> currentVersion() {
        return Optional.ofNullable(flyway().info().current()).map(info -> info.getVersion().getVersion());
    }

    /** The newest version this program knows. */
    public Optional<String> latestVersion() {
        return Arrays.stream(flyway().info().all())
                .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS && info.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(Comparable::compareTo)
                .map(v -> v.getVersion());
    }

    public int pendingCount() {
        return flyway().info().pending().length;
    }

    private void refuseNewerSchema() {
        boolean newer = Arrays.stream(flyway().info().all())
                .anyMatch(info -> info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            String current = currentVersion().orElse("?");
            throw new DatabaseException(Category.UNEXPECTED_STATE, "the database schema is at version " + current
                    + ", newer than this program knows (" + latestVersion().orElse("none")
                    + "); upgrade Dialogues before using this database");
        }
    }
}
