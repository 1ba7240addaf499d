package org.dialogues.cli;

import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What storing the same texts costs with nothing else done, in the same database and run as the
 * import it is compared with: a bare {@code COPY}, and one {@code INSERT} per row in a transaction
 * of its own (the floor for "one transaction per article").
 */
final class ImportBaselines {

    private final DataSource dataSource;

    ImportBaselines(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Seconds to COPY the texts into a table of their own. */
    double copy(List<String> texts) throws SQLException, IOException {
        try (Connection connection = freshTable()) {
            StringBuilder data = new StringBuilder();
            texts.forEach(text -> data.append(escaped(text)).append('\n'));
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY benchmark_text (text) FROM STDIN", new StringReader(data.toString()));
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Seconds to INSERT the texts one row and one committed transaction at a time. */
    double insertEachInItsOwnTransaction(List<String> texts) throws SQLException {
        try (Connection connection = freshTable();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO benchmark_text (text) VALUES (?)")) {
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            for (String text : texts) {
                insert.setString(1, text);
                insert.executeUpdate();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private Connection freshTable() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS benchmark_text");
            statement.execute("CREATE TABLE benchmark_text (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, text text NOT NULL)");
        }
        return connection;
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
