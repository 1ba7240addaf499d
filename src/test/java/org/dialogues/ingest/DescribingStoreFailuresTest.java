package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** A failure while storing is one plain line, and a database that is gone or full ends the import. */
class DescribingStoreFailuresTest {

    private static DataAccessException fromJooq(SQLException cause) {
        return new DataAccessException("SQL [insert into \"public\".\"article\" (\"sha256\", ...) values (?, ...)]; " + cause.getMessage(), cause);
    }

    @Test
    void aFullDiskEndsTheImportSayingSo() {
        RuntimeException e = fromJooq(new SQLException("ERROR: could not extend file \"base/16384/16522\": No space left on device", "53100"));
        assertThat(StoreFailures.fatal(e)).hasValueSatisfying(what ->
                assertThat(what).startsWith("the database's disk is full (").contains("No space left on device").doesNotContain("insert"));
    }

    @Test
    void aServerShutDownOrAConnectionLostEndsTheImport() {
        assertThat(StoreFailures.fatal(fromJooq(new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .hasValueSatisfying(what -> assertThat(what).startsWith("the database server stopped or cannot be reached"));
        assertThat(StoreFailures.fatal(fromJooq(new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isPresent();
        assertThat(StoreFailures.fatal(new RuntimeException(new ConnectException("Connection refused")))).isPresent();
    }

    @Test
    void anArticleLevelFailureIsOneLineWithoutTheStatement() {
        RuntimeException e = fromJooq(new SQLException("ERROR: value too long for type character varying(64)\n  Where: ...", "22001"));
        assertThat(StoreFailures.fatal(e)).isEmpty();
        assertThat(StoreFailures.oneLine(e)).isEqualTo("ERROR: value too long for type character varying(64)");
    }
}
