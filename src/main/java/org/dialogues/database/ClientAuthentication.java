package org.dialogues.database;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded server's {@code pg_hba.conf}: password logins (SCRAM-SHA-256) only, never
 * {@code trust}, no replication. Loopback and the local socket by default; with
 * {@code db serve --listen} also the reader and writer (never the superuser) from other machines,
 * as {@code hostssl} when the data directory holds {@code server.crt} and {@code server.key}.
 */
final class ClientAuthentication {

    static final String MARKER = "# Written by Dialogues";

    private ClientAuthentication() {
    }

    static String content(boolean remote, boolean tls) {
        StringBuilder hba = new StringBuilder()
                .append(MARKER).append(" at each start of the embedded server; edits are replaced.\n")
                .append("# TYPE  DATABASE  USER  ADDRESS  METHOD\n")
                .append("local   all       all            scram-sha-256\n")
                .append("host    all       all   127.0.0.1/32  scram-sha-256\n")
                .append("host    all       all   ::1/128       scram-sha-256\n");
        if (remote) {
            String type = tls ? "hostssl" : "host   ";
            hba.append("# db serve --listen: analysts and importers from other machines, never the superuser\n")
                    .append(type).append(" ").append(EmbeddedServer.DATABASE).append("  dialogues_reader,dialogues_writer  0.0.0.0/0  scram-sha-256\n")
                    .append(type).append(" ").append(EmbeddedServer.DATABASE).append("  dialogues_reader,dialogues_writer  ::/0       scram-sha-256\n");
        }
        return hba.toString();
    }

    /** Whether the server can be offered over TLS: PostgreSQL's default certificate files are in place. */
    static boolean tlsReady(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve("server.crt")) && Files.isRegularFile(dataDirectory.resolve("server.key"));
    }

    static Optional<String> current(Path dataDirectory) {
        try {
            Path file = dataDirectory.resolve("pg_hba.conf");
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot read " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }

    /** Writes {@code content} when it differs; returns whether the server must reload it. */
    static boolean write(Path dataDirectory, String content) {
        if (current(dataDirectory).filter(content::equals).isPresent()) {
            return false;
        }
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), content);
            return true;
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot write " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }
}
