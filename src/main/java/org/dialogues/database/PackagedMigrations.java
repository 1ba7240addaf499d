package org.dialogues.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned migrations packaged with the program, each with the checksum Flyway gives it, read
 * without starting Flyway: comparing them with {@code flyway_schema_history} tells cheaply whether
 * a database is current.
 */
final class PackagedMigrations {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    /** A migration as Flyway records it once applied. */
    record Migration(String version, int checksum) {
    }

    private PackagedMigrations() {
    }

    /**
     * Every packaged migration, or empty when one is of a kind this check does not know (a
     * repeatable or Java migration): then only Flyway can tell.
     */
    static Optional<Set<Migration>> read(ClassLoader loader) {
        List<String> names = names(loader);
        Set<Migration> migrations = new HashSet<>();
        for (String name : names) {
            Matcher versioned = VERSIONED.matcher(name);
            if (!versioned.matches()) {
                return Optional.empty();
            }
            migrations.add(new Migration(normalized(versioned.group(1)), checksum(loader, LOCATION + "/" + name)));
        }
        return migrations.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableSet(migrations));
    }

    /** "001" and "1", "2.1" and "2_1" are one version to Flyway. */
    static String normalized(String version) {
        return Stream.of(version.split("[._]")).map(part -> new BigInteger(part).toString()).collect(Collectors.joining("."));
    }

    /** Flyway's checksum: CRC-32 over the UTF-8 bytes of each line without its line break, the BOM dropped. */
    static int checksum(ClassLoader loader, String resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = loader.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged migration " + resource, e);
        }
        return (int) crc.getValue();
    }

    /** File names in db/migration, from the jar or (in the build and tests) a folder. */
    private static List<String> names(ClassLoader loader) {
        URL url = loader.getResource(LOCATION);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = LOCATION + "/";
                    return jar.stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith(prefix) && name.length() > prefix.length() && !name.endsWith("/"))
                            .map(name -> name.substring(prefix.length())).toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(ArrayList::new));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of("unreadable");   // not a versioned name: Flyway decides
        }
    }
}
