import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build-time jOOQ code generation against the real schema: starts an embedded PostgreSQL, applies
 * the Flyway migrations, and generates classes with PostgresDatabase. jOOQ's DDLDatabase simulates
 * PostgreSQL in H2 and drops generated columns, tsvector and functions, so it is not used.
 * Skips itself when neither the migrations nor this file changed since the last run.
 *
 * <p>Arguments: migrations folder, output folder, target package.
 */
public final class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        String targetPackage = args[2];

        String fingerprint = fingerprint(migrations, Path.of("src/build/java/JooqCodegen.java"));
        Path stamp = output.resolve(".migrations.sha256");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        deleteRecursively(output);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output, targetPackage));
        }
        Files.createDirectories(output);
        Files.writeString(stamp, fingerprint);
    }

    private static Configuration configuration(String url, Path output, String targetPackage) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("flyway_schema_history")
                                .withForcedTypes(new ForcedType().withName("VARCHAR").withIncludeTypes("tsvector")))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withComments(true))
                        .withTarget(new Target().withPackageName(targetPackage).withDirectory(output.toString())));
    }

    private static String fingerprint(Path migrations, Path self) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : Stream.concat(files.stream(), Stream.of(self)).toList()) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            if (Files.exists(file)) {
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
