package org.dialogues.schedule;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How to reach the SMTP server. Read from DIALOGUES_SMTP_HOST/PORT/USER/PASSWORD/FROM/TLS or from the
 * file named by DIALOGUES_SMTP_FILE (same keys, without the prefix, lower case: host=..., password=...),
 * which must not be readable by group or others. Never from the command line, never printed.
 * TLS is required (STARTTLS, or SMTPS) unless the settings say {@code tls=none}, which only a server
 * that needs no login may have: a password is never sent in clear.
 */
public record MailSettings(String host, int port, Optional<String> user, Optional<String> password, String from, Tls tls) {

    /** How the connection is protected. */
    public enum Tls {
        /** Plain connection upgraded with STARTTLS, which the server must offer (default; port 25 unless set). */
        STARTTLS,
        /** TLS from the first byte (port 465 unless set). */
        SMTPS,
        /** No TLS at all: only for a relay that asks for no login. */
        NONE
    }

    public static final String FILE = "DIALOGUES_SMTP_FILE";
    private static final String PREFIX = "DIALOGUES_SMTP_";
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    public MailSettings {
        if (host.isBlank()) {
            throw invalid("SMTP host is empty");
        }
        if (port < 1 || port > 65535) {
            throw invalid("SMTP port " + port + " is not a port number");
        }
        if (!from.contains("@")) {
            throw invalid("SMTP sender '" + from + "' is not a mail address; set " + PREFIX + "FROM");
        }
        if (tls == Tls.NONE && user.isPresent()) {
            throw invalid("SMTP settings say tls=none but name a user: a password is never sent in clear; use tls=starttls or tls=smtps");
        }
    }

    /** Settings with TLS required through STARTTLS. */
    public MailSettings(String host, int port, Optional<String> user, Optional<String> password, String from) {
        this(host, port, user, password, from, Tls.STARTTLS);
    }

    /** The settings, or empty when no SMTP host is configured (mail delivery is then refused per run). */
    public static Optional<MailSettings> fromEnvironment(Map<String, String> variables, Path workingDirectory) {
        String file = variables.get(FILE);
        if (file != null && !file.isBlank()) {
            return Optional.of(fromFile(workingDirectory.resolve(file)));
        }
        String host = variables.get(PREFIX + "HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(of(host, variables.get(PREFIX + "PORT"), variables.get(PREFIX + "USER"),
                variables.get(PREFIX + "PASSWORD"), variables.get(PREFIX + "FROM"), variables.get(PREFIX + "TLS")));
    }

    static MailSettings fromFile(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(TOO_OPEN::contains)) {
                throw new ScheduleException(Category.UNEXPECTED_STATE, "refusing SMTP settings in " + file
                        + ": group or others may read it; run chmod 600 " + file);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            return of(properties.getProperty("host"), properties.getProperty("port"), properties.getProperty("user"),
                    properties.getProperty("password"), properties.getProperty("from"), properties.getProperty("tls"));
        } catch (IOException e) {
            throw new ScheduleException(Category.UNEXPECTED_STATE, "cannot read SMTP settings from " + file + ": " + e.getMessage(), e);
        } catch (UnsupportedOperationException e) {
            throw new ScheduleException(Category.UNEXPECTED_STATE, "cannot check who may read " + file + " on this file system", e);
        }
    }

    private static MailSettings of(String host, String port, String user, String password, String from, String tls) {
        if (host == null) {
            throw invalid("SMTP settings name no host");
        }
        Tls protection = tls(tls);
        int number;
        try {
            number = port == null || port.isBlank() ? (protection == Tls.SMTPS ? 465 : 25) : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw invalid("SMTP port '" + port + "' is not a number");
        }
        return new MailSettings(host.strip(), number, blankToEmpty(user), blankToEmpty(password),
                from == null ? "dialogues@" + host.strip() : from.strip(), protection);
    }

    private static Tls tls(String value) {
        if (value == null || value.isBlank()) {
            return Tls.STARTTLS;
        }
        try {
            return Tls.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("SMTP tls '" + value.strip() + "' is not one of starttls, smtps, none");
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static ScheduleException invalid(String message) {
        return new ScheduleException(Category.INVALID_INPUT, message);
    }

    /** Keeps the password out of logs and error messages. */
    @Override
    public String toString() {
        return "MailSettings[" + user.map(u -> u + "@").orElse("") + host + ":" + port + ", tls " + tls.name().toLowerCase(java.util.Locale.ROOT) + ", from " + from
                + (password.isPresent() ? ", password set" : "") + "]";
    }
}
