package org.dialogues.review;

import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workbench over HTTP: who gets in, who may change what, and what a forged request gets. */
class WorkbenchSecurityIT {

    private static final String TEXT = "SEOUL, March 14 (Yonhap) -- South Korea and the United States held talks in Seoul on Friday. "
            + "Foreign Minister Cho Tae-yul led the Korean side. The two sides agreed to meet again in June.";

    private static TestDatabase database;
    private static MovableClock clock;
    private static ReviewServer server;
    private static long articleId;
    private static long meetingId;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        clock = new MovableClock(Instant.now());
        Accounts accounts = new Accounts(database.dsl(), clock);
        accounts.add("kim", Role.ARCHIVIST, "correct horse battery".toCharArray());
        accounts.add("lee", Role.VIEWER, "viewer's long password".toCharArray());
        accounts.add("park", Role.ARCHIVIST, "another long password".toCharArray());
        WorkbenchFixture fixture = new WorkbenchFixture(database.dsl());
        articleId = fixture.article("Korea, US hold talks", "Yonhap", LocalDate.of(2025, 3, 14), TEXT);
        meetingId = fixture.meeting("Korea-US talks", LocalDate.of(2025, 3, 14), "Seoul", List.of("KR", "US"));
        fixture.meetingEvidence(meetingId, articleId, TEXT, "South Korea and the United States held talks in Seoul on Friday.", 0.5f);
        server = ReviewServer.start(database.dsl(), clock, new ReviewSettings("127.0.0.1", 0),
                new SignIn.Limits(5, 12, Duration.ofMinutes(15)));
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    private static WorkbenchClient client() {
        return new WorkbenchClient(server.url());
    }

    private static WorkbenchClient signedIn(String name, String password) {
        WorkbenchClient client = client();
        assertThat(client.login(name, password).statusCode()).isEqualTo(303);
        return client;
    }

    @Test
    void everyPageSendsTheBrowserToSignInFirst() {
        WorkbenchClient anonymous = client();
        for (String path : List.of("/", "/articles/" + articleId, "/meetings/" + meetingId)) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
        }
        HttpResponse<String> post = anonymous.post("/meetings/" + meetingId + "/confirm", Map.of("version", "0"));
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensASessionInAStrictHttpOnlyCookie() {
        WorkbenchClient client = client();
        HttpResponse<String> wrong = client.login("park", "not the password at all");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong name or password");

        HttpResponse<String> right = client.login("park", "another long password");
        assertThat(right.statusCode()).isEqualTo(303);
        String cookie = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Security.SESSION_COOKIE + "="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInAgainRotatesTheSessionAndSigningOutEndsIt() {
        WorkbenchClient client = signedIn("kim", "correct horse battery");
        String first = sessionCookie(client.login("kim", "correct horse battery"));
        String second = sessionCookie(client.login("kim", "correct horse battery"));
        assertThat(first).isNotEqualTo(second);
        assertThat(database.dsl().fetchCount(org.dialogues.database.schema.Tables.ACCOUNT_SESSION,
                org.dialogues.database.schema.Tables.ACCOUNT_SESSION.TOKEN_HASH.eq(Tokens.hash(first)))).isZero();

        assertThat(client.post("/logout", client.form()).statusCode()).isEqualTo(303);
        assertThat(client.get("/").statusCode()).isEqualTo(303);
        assertThat(database.dsl().fetchCount(org.dialogues.database.schema.Tables.ACCOUNT_SESSION,
                org.dialogues.database.schema.Tables.ACCOUNT_SESSION.TOKEN_HASH.eq(Tokens.hash(second)))).isZero();
    }

    @Test
    void pagesCarrySecurityHeadersAndAreNotCached() {
        HttpResponse<String> page = signedIn("kim", "correct horse battery").get("/articles/" + articleId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    void aPostWithoutTheFormTokenOrWithAWrongOneIsRefused() {
        WorkbenchClient client = signedIn("kim", "correct horse battery");
        HttpResponse<String> missing = client.post("/logout", Map.of());
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("no valid security token").contains("Nothing was changed");
        HttpResponse<String> wrong = client.post("/logout", Map.of("csrf", "forged-token"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(client.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theSignInFormNeedsItsOwnToken() {
        HttpResponse<String> forged = client().post("/login", Map.of("name", "kim", "password", "correct horse battery"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("sign-in form carries no valid security token");
    }

    @Test
    void aViewerReadsEverythingButEveryChangeIsRefused() {
        WorkbenchClient viewer = signedIn("lee", "viewer's long password");
        assertThat(viewer.get("/").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/articles/" + articleId).body()).contains("held talks in").contains("id=\"meeting-" + meetingId + "\"");
        assertThat(viewer.get("/meetings/" + meetingId).statusCode()).isEqualTo(200);
        HttpResponse<String> change = viewer.post("/meetings/" + meetingId + "/confirm", viewer.form("version", "0"));
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.body()).contains("a viewer: viewers can read everything but change nothing");
    }

    @Test
    void malformedAndForgedIdsGetAMessageNotAPage() {
        WorkbenchClient client = signedIn("kim", "correct horse battery");
        HttpResponse<String> word = client.get("/articles/abc");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).contains("article id: &#39;abc&#39; is not a number");
        HttpResponse<String> absent = client.get("/meetings/987654321");
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(absent.body()).contains("No meeting 987654321.");
        HttpResponse<String> sentence = client.get("/articles/" + articleId + "?sentence=3-9");
        assertThat(sentence.statusCode()).isEqualTo(400);
        assertThat(sentence.body()).contains("is not a sentence of article " + articleId);
    }

    @Test
    void badQueueFiltersAreNamed() {
        WorkbenchClient client = signedIn("kim", "correct horse battery");
        HttpResponse<String> quarter = client.get("/?quarter=2024-Q5");
        assertThat(quarter.statusCode()).isEqualTo(400);
        assertThat(quarter.body()).contains("is not a quarter");
        HttpResponse<String> partner = client.get("/?partner=XX");
        assertThat(partner.statusCode()).isEqualTo(400);
        assertThat(partner.body()).contains("partner: XX is not a known party code");
        HttpResponse<String> escaped = client.get("/?outlet=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(escaped.statusCode()).isEqualTo(200);
        assertThat(escaped.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void fiveFailuresForOneNameBlockItForFifteenMinutesEvenWithTheRightPassword() {
        Accounts accounts = new Accounts(database.dsl(), clock);
        accounts.add("choi", Role.ARCHIVIST, "choi's long password".toCharArray());
        WorkbenchClient client = client();
        for (int i = 0; i < 5; i++) {
            assertThat(client.login("choi", "guess number " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = client.login("choi", "choi's long password");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed sign-ins").contains("wait 15 minutes");

        clock.advance(Duration.ofMinutes(16));
        assertThat(client.login("choi", "choi's long password").statusCode()).isEqualTo(303);
    }

    @Test
    void manyFailuresFromOneAddressBlockEveryNameFromIt() {
        WorkbenchClient client = client();
        for (int i = 0; i < 12; i++) {
            client.login("nobody" + i, "some password");
        }
        assertThat(client.login("kim", "correct horse battery").statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(16));
        assertThat(client.login("kim", "correct horse battery").statusCode()).isEqualTo(303);
    }

    @Test
    void analystsCannotReadPasswordHashesOrSessions() throws SQLException {
        try (Connection reader = database.dataSourceAs("dialogues_reader", null).getConnection();
             var statement = reader.createStatement()) {
            for (String table : List.of("account", "account_session", "login_attempt")) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table))
                        .as(table).hasMessageContaining("permission denied");
            }
            assertThat(statement.executeQuery("SELECT count(*) FROM meeting").next()).isTrue();
        }
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idHashes() {
        List<String> hashes = database.dsl().select(org.dialogues.database.schema.Tables.ACCOUNT.PASSWORD_HASH)
                .from(org.dialogues.database.schema.Tables.ACCOUNT).fetch(r -> r.value1());
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain("correct horse battery"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Security.SESSION_COOKIE + "="))
                .map(c -> c.substring(c.indexOf('=') + 1, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
