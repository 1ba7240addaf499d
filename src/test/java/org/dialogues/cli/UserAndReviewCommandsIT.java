package org.dialogues.cli;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialogues.database.schema.Tables.ACCOUNT;

/** {@code dialogues user ...} and {@code dialogues review} through the real command line. */
class UserAndReviewCommandsIT {

    private static TestDatabase db;

    @TempDir
    Path workingDirectory;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private CommandRunner cli() {
        return new CommandRunner(Map.of("DIALOGUES_DB_URL", db.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), workingDirectory);
    }

    @Test
    void anAccountIsAddedListedDisabledAndEnabledAgainWithoutShowingAnythingSecret() {
        CommandRunner.Result added = cli().runWithInput("a long enough password\n", "user", "add", "han", "--role", "viewer", "--password-stdin");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).isEqualTo("Added han (viewer).\n");
        assertThat(db.dsl().fetchValue(ACCOUNT.PASSWORD_HASH, ACCOUNT.NAME.eq("han"))).startsWith("$argon2id$");

        CommandRunner.Result list = cli().run("user", "list");
        assertThat(list.out()).containsPattern("han\\s+viewer\\s+\\S+ \\S+ UTC\\s+active").doesNotContain("argon2").doesNotContain("long enough");

        assertThat(cli().run("user", "disable", "han").out()).contains("Disabled han");
        assertThat(cli().run("user", "list").out()).containsPattern("han\\s+viewer.*disabled");
        CommandRunner.Result password = cli().runWithInput("another long password\n", "user", "password", "han", "--password-stdin");
        assertThat(password.exitCode()).as(password.toString()).isZero();
        assertThat(cli().run("user", "list").out()).containsPattern("han\\s+viewer.*active");
    }

    @Test
    void badAccountRequestsAreOneLineWithExitCodeInvalidInput() {
        assertRefused(cli().runWithInput("short\n", "user", "add", "yoon", "--role", "archivist", "--password-stdin"),
                "password: shorter than 12 characters");
        assertRefused(cli().runWithInput("a long enough password\n", "user", "add", "yoon", "--role", "admin", "--password-stdin"),
                "role: must be archivist or viewer, not 'admin'");
        assertRefused(cli().runWithInput("a long enough password\n", "user", "add", "Yoon Suk", "--role", "viewer", "--password-stdin"),
                "user name: 'Yoon Suk' must be");
        assertRefused(cli().run("user", "add", "yoon", "--role", "viewer"), "no terminal to ask for the password of yoon; give it on standard input with --password-stdin");
        assertRefused(cli().run("user", "disable", "nobody"), "no user nobody");
        cli().runWithInput("a long enough password\n", "user", "add", "jung", "--role", "viewer", "--password-stdin");
        assertRefused(cli().runWithInput("a long enough password\n", "user", "add", "jung", "--role", "viewer", "--password-stdin"),
                "user jung exists already");
        assertThat(db.dsl().fetchCount(ACCOUNT, ACCOUNT.NAME.eq("yoon"))).isZero();
    }

    @Test
    void reviewServesOnTheLoopbackAddressAndPrintsWhereUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        CompletableFuture<CommandRunner.Result> running = CompletableFuture.supplyAsync(
                () -> cli().runWithInput("", out, "review", "--port", "0", "--for", "PT6S"));
        URI url = awaitUrl(out);
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Sign in");
        CommandRunner.Result result = running.get(30, TimeUnit.SECONDS);
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertRefused(cli().run("review", "--port", "70000", "--for", "PT1S"), "--port: 70000 is not a port");
    }

    private static URI awaitUrl(StringWriter out) throws InterruptedException {
        Pattern url = Pattern.compile("Review workbench at (http://\\S+)");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Matcher m = url.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the workbench printed no address: " + out);
    }

    private static void assertRefused(CommandRunner.Result result, String message) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).as(result.toString()).startsWith("dialogues: ").contains(message);
        assertThat(result.err().lines().count()).as(result.toString()).isEqualTo(1);
    }
}
