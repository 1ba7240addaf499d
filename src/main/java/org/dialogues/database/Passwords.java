package org.dialogues.database;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generated passwords of the embedded server's roles, kept in {@code postgres.passwords} under
 * {@code DIALOGUES_HOME}, readable and writable by its owner only (0600). Anyone who can read this
 * file can log in; that is the same person who can read the data directory itself.
 */
final class Passwords {

    static final String FILE = "postgres.passwords";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, String> byRole;

    private Passwords(Path file, Map<String, String> byRole) {
        this.file = file;
        this.byRole = byRole;
    }

    /** The passwords stored under {@code home}; none when the file does not exist yet (a new or older home). */
    static Passwords read(Path home) {
        Path file = home.resolve(FILE);
        Map<String, String> byRole = new TreeMap<>();
        if (!Files.exists(file)) {
            return new Passwords(file, byRole);
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new DatabaseException(Category.UNEXPECTED_STATE, file + " may be read by others (mode "
                        + PosixFilePermissions.toString(permissions) + "); run chmod 600 " + file
                        + " and rotate the passwords with 'dialogues db password ROLE --rotate'");
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(role -> byRole.put(role, properties.getProperty(role)));
            return new Passwords(file, byRole);
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    Optional<String> of(String role) {
        return Optional.ofNullable(byRole.get(role));
    }

    /** A new random password for {@code role}, saved before it is returned. */
    String generate(String role) {
        String password = random();
        byRole.put(role, password);
        save();
        return password;
    }

    /** 24 random bytes, URL-safe Base64: 32 characters that need no quoting anywhere. */
    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written aside with mode 0600 from the start, then renamed: never briefly readable by others. */
    private void save() {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Properties properties = new Properties();
            properties.putAll(byRole);
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                properties.store(writer, "Passwords of the embedded PostgreSQL roles; keep this file private (chmod 600)");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // moved already, or a leftover hidden file readable by its owner only
                }
            }
        }
    }

    /** Writes {@code password} alone to a private file, for initdb's --pwfile. */
    static Path passwordFile(Path folder, String password) {
        try {
            Path pwfile = Files.createTempFile(folder, ".initdb", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(pwfile, password + "\n");
            return pwfile;
        } catch (IOException e) {
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot write a password file in " + folder + ": " + e.getMessage(), e);
        }
    }
}
