package org.dialogues.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An analyst who turns the read-only defaults off still cannot store anything that outlives the session. */
class ReaderCannotWriteIT {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void withTheReadOnlyDefaultsTurnedOffTheReaderStillWritesNothingPersistent() throws SQLException {
        try (Connection reader = db.dataSourceAs("dialogues_reader", null).getConnection();
             Statement statement = reader.createStatement()) {
            statement.execute("SET default_transaction_read_only = off");
            statement.execute("ALTER ROLE dialogues_reader IN DATABASE " + db.name() + " SET default_transaction_read_only = off");
            statement.execute("SET statement_timeout = 0");
            try (Connection again = db.dataSourceAs("dialogues_reader", null).getConnection();
                 Statement fresh = again.createStatement()) {
                for (String write : new String[]{
                        "SELECT lo_from_bytea(0, 'kept for good'::bytea)",
                        "SELECT lo_create(0)",
                        "SELECT lo_creat(-1)",
                        "INSERT INTO topic (code, label) VALUES ('x', 'X')",
                        "CREATE TABLE public.smuggled (id int)",
                        "CREATE SCHEMA smuggled",
                        "CREATE FUNCTION public.smuggled() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                        "SELECT pg_read_file('/etc/hostname')"}) {
                    assertThatThrownBy(() -> fresh.execute(write)).as(write)
                            .isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(write).isEqualTo("42501"));
                }
                fresh.execute("CREATE TEMPORARY TABLE wanted (id bigint)");
                fresh.execute("INSERT INTO wanted VALUES (1), (2)");
                var count = fresh.executeQuery("SELECT count(*) FROM wanted JOIN article ON article.id = wanted.id OR true");
                assertThat(count.next()).isTrue();
                var owned = fresh.executeQuery("SELECT (SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole AND relpersistence <> 't')"
                        + " + (SELECT count(*) FROM pg_largeobject_metadata WHERE lomowner = current_user::regrole)");
                owned.next();
                assertThat(owned.getLong(1)).isZero();
            } finally {
                statement.execute("ALTER ROLE dialogues_reader IN DATABASE " + db.name() + " RESET default_transaction_read_only");
            }
        }
    }
}
