package org.dialogues.review;

import org.dialogues.cli.CommandRunner;
import org.dialogues.database.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.dialogues.database.schema.Tables.ARTICLE;
import static org.dialogues.database.schema.Tables.COMMITMENT;
import static org.dialogues.database.schema.Tables.MEETING;
import static org.dialogues.database.schema.Tables.MEETING_EVIDENCE;
import static org.dialogues.database.schema.Tables.MEETING_PARTY;

/**
 * An archivist's session in a real browser (Debian's headless Chromium through its chromedriver):
 * sign in, work through the queue, correct a meeting's date, merge the announced meeting into the
 * held one, reject a commitment, add a missed participant from a picked sentence; then the same
 * re-extraction {@code dialogues reextract} runs, and the quarterly report shows the corrections.
 * Without a browser on the machine the test is skipped, saying why (unless
 * {@code DIALOGUES_REQUIRE_BROWSER} is set, as CI does: then it fails).
 */
class WorkbenchBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SAMPLES = Path.of("src/main/resources/samples/articles");
    private static final Path SCREENSHOT = Path.of("docs/workbench-article.png");
    private static final String PASSWORD = "kim's long password";

    @TempDir
    static Path workingDirectory;

    private static TestDatabase database;
    private static CommandRunner cli;
    private static ReviewServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browserOrSkip();
        database = TestDatabase.create();
        cli = new CommandRunner(Map.of("DIALOGUES_DB_URL", database.jdbcUrl(), "DIALOGUES_DB_USER", "postgres"), workingDirectory);
        CommandRunner.Result imported = cli.run("import",
                SAMPLES.resolve("10-yoon-to-attend-washington-nato-summit.txt").toAbsolutePath().toString(),
                SAMPLES.resolve("11-washington-nato-summit-ip4.txt").toAbsolutePath().toString(),
                SAMPLES.resolve("13-trilateral-security-cooperation-framework.json").toAbsolutePath().toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        new Accounts(database.dsl(), Clock.systemUTC()).add("kim", Role.ARCHIVIST, PASSWORD.toCharArray());
        server = ReviewServer.start(database.dsl(), Clock.systemUTC(), new ReviewSettings("127.0.0.1", 0));
        browser = chromium(Files.createTempDirectory(workingDirectory, "chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anArchivistsCorrectionsReachTheQuarterlyReportAndSurviveReextraction() throws IOException {
        long announced = meetingOf("10-", "KR", "NATO");
        long summit = meetingOf("11-", "KR", "NATO");
        long talks = meetingOf("11-", "KR", "US");
        long summitArticle = articleOf("11-");
        long trilateralArticle = articleOf("13-");
        long wrongCommitment = database.dsl().select(COMMITMENT.ID).from(COMMITMENT)
                .where(COMMITMENT.MEETING_ID.eq(summit)).and(COMMITMENT.TEXT.like("launch joint projects%")).fetchSingle().value1();
        assertThat(database.dsl().fetchValue(MEETING.START_DATE, MEETING.ID.eq(talks))).as("the extractor left the talks undated").isNull();

        signIn();
        workThroughTheQueueToTheUndatedTalksAndDateThem(talks);
        confirmTheFirstFactWithTheKeyboard(trilateralArticle);
        mergeTheAnnouncedSummitIntoTheHeldOne(summit, announced);
        rejectTheCommitment(summitArticle, wrongCommitment);
        addTheMissedParticipant(summitArticle, summit);
        saveScreenshot(summitArticle);

        CommandRunner.Result reextracted = cli.run("reextract");
        assertThat(reextracted.exitCode()).as(reextracted.toString()).isZero();

        List<org.apache.commons.csv.CSVRecord> quarterly = rows(report("quarterly", "--quarter", "2024-Q3"));
        assertThat(rowOf(quarterly, talks).get("start_date")).isEqualTo("2024-07-11");
        assertThat(rowOf(quarterly, talks).get("city")).isEqualTo("Washington");
        assertThat(rowOf(quarterly, summit).get("partner_participants")).contains("Fumio Kishida (Prime Minister)");
        assertThat(quarterly).as("merged away, and not back after re-extraction")
                .noneSatisfy(row -> assertThat(row.get("meeting_id")).isEqualTo(String.valueOf(announced)));
        assertThat(report("commitments")).doesNotContain("launch joint projects");
        assertThat(database.dsl().fetchCount(MEETING, MEETING.ID.in(summit, talks))).as("ids kept across reextract").isEqualTo(2);
    }

    private static void signIn() {
        browser.get(server.url().toString());
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("name")).sendKeys("kim");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        loading(() -> browser.findElement(By.id("sign-in")).click());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What needs a look");
        assertThat(browser.findElement(By.className("who")).getText()).isEqualTo("kim (archivist)");
        browser.findElement(By.tagName("h1")).click();
    }

    /** j moves down the queue rows, Enter opens the current one; then the meeting's form takes the date. */
    private static void workThroughTheQueueToTheUndatedTalksAndDateThem(long talks) {
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.queue-item"));
        int index = indexOfRowLinkingTo(rows, "/meetings/" + talks);
        for (int i = 0; i <= index; i++) {
            keys("j");
        }
        assertThat(browser.findElements(By.cssSelector("tr.queue-item")).get(index).getAttribute("class")).contains("current");
        loading(() -> keys("\n"));
        assertThat(browser.getCurrentUrl()).endsWith("/meetings/" + talks);

        WebElement form = browser.findElement(By.cssSelector("#meeting-" + talks + " form.edit"));
        replace(form.findElement(By.name("start_date")), "2024-07-11");
        new Select(form.findElement(By.name("precision"))).selectByValue("day");
        replace(form.findElement(By.name("city")), "Washington");
        replace(form.findElement(By.name("country")), "US");
        loading(() -> form.findElement(By.cssSelector("button.do-edit")).click());
        assertThat(await(By.className("notice")).getText()).isEqualTo("Saved your correction.");
        assertThat(database.dsl().fetchValue(MEETING.START_DATE, MEETING.ID.eq(talks))).isEqualTo(LocalDate.of(2024, 7, 11));
    }

    private static void confirmTheFirstFactWithTheKeyboard(long articleId) {
        open("/articles/" + articleId);
        keys("j");
        String current = await(By.cssSelector(".fact.current")).getAttribute("id");
        assertThat(current).startsWith("meeting-");
        loading(() -> keys("c"));
        assertThat(await(By.className("notice")).getText()).isEqualTo("Confirmed.");
        long id = Long.parseLong(current.substring("meeting-".length()));
        assertThat(database.dsl().fetchValue(MEETING.REVIEW_STATE, MEETING.ID.eq(id))).isEqualTo("confirmed");
    }

    private static void mergeTheAnnouncedSummitIntoTheHeldOne(long summit, long announced) {
        browser.get(server.url().resolve("/meetings/" + summit).toString());
        loading(() -> browser.findElement(By.cssSelector("#candidate-" + announced + " button.do-merge")).click());
        assertThat(await(By.className("notice")).getText()).startsWith("Merged");
        assertThat(browser.findElements(By.cssSelector(".source"))).hasSizeGreaterThanOrEqualTo(2);
    }

    private static void rejectTheCommitment(long articleId, long commitment) {
        browser.get(server.url().resolve("/articles/" + articleId).toString());
        loading(() -> browser.findElement(By.cssSelector("#commitment-" + commitment + " button.do-reject")).click());
        assertThat(await(By.className("notice")).getText()).startsWith("Rejected");
        assertThat(browser.findElements(By.id("commitment-" + commitment))).isEmpty();
    }

    /** "The leaders of South Korea, Japan, ..." names Japan's prime minister without his name: add him from that sentence. */
    private static void addTheMissedParticipant(long articleId, long summit) {
        loading(() -> browser.findElement(By.xpath("//a[contains(@class,'sentence')][contains(., 'The leaders of South Korea, Japan')]")).click());
        assertThat(browser.findElement(By.id("selected-sentence")).getText()).startsWith("The leaders of South Korea, Japan, Australia");
        WebElement form = browser.findElement(By.id("add-participant"));
        new Select(form.findElement(By.name("meeting"))).selectByValue(String.valueOf(summit));
        form.findElement(By.name("person")).sendKeys("Fumio Kishida");
        form.findElement(By.name("title")).sendKeys("Prime Minister");
        form.findElement(By.name("country")).sendKeys("JP");
        loading(() -> form.findElement(By.cssSelector("button[type=submit]")).click());
        assertThat(await(By.className("notice")).getText()).isEqualTo("Added.");
        assertThat(browser.findElement(By.cssSelector("aside.facts")).getText()).contains("Fumio Kishida");
    }

    private static void saveScreenshot(long articleId) throws IOException {
        open("/articles/" + articleId);
        keys("j");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String report(String kind, String... options) throws IOException {
        Path out = workingDirectory.resolve(kind + ".csv");
        String[] args = new String[options.length + 6];
        args[0] = "report";
        args[1] = kind;
        System.arraycopy(options, 0, args, 2, options.length);
        args[options.length + 2] = "--format";
        args[options.length + 3] = "csv";
        args[options.length + 4] = "--out";
        args[options.length + 5] = out.toString();
        CommandRunner.Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return Files.readString(out);
    }

    /** A report's CSV rows by column name (the file starts with a byte-order mark). */
    private static List<org.apache.commons.csv.CSVRecord> rows(String csv) throws IOException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static org.apache.commons.csv.CSVRecord rowOf(List<org.apache.commons.csv.CSVRecord> rows, long meetingId) {
        return rows.stream().filter(row -> row.get("meeting_id").equals(String.valueOf(meetingId))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for meeting " + meetingId + " in " + rows));
    }

    private static long articleOf(String filePrefix) {
        return database.dsl().select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.SOURCE_FILE.like("%" + filePrefix + "%")).fetchSingle().value1();
    }

    /** The meeting reported by the article whose parties include both codes. */
    private static long meetingOf(String filePrefix, String party, String otherParty) {
        long article = articleOf(filePrefix);
        return database.dsl().selectDistinct(MEETING.ID).from(MEETING)
                .join(MEETING_EVIDENCE).on(MEETING_EVIDENCE.MEETING_ID.eq(MEETING.ID))
                .where(MEETING_EVIDENCE.ARTICLE_ID.eq(article))
                .and(MEETING.ID.in(org.jooq.impl.DSL.select(MEETING_PARTY.MEETING_ID).from(MEETING_PARTY).where(MEETING_PARTY.PARTY_CODE.eq(party))))
                .and(MEETING.ID.in(org.jooq.impl.DSL.select(MEETING_PARTY.MEETING_ID).from(MEETING_PARTY).where(MEETING_PARTY.PARTY_CODE.eq(otherParty))))
                .fetchSingle().value1();
    }

    private static int indexOfRowLinkingTo(List<WebElement> rows, String path) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElement(By.cssSelector("a.open")).getAttribute("href").endsWith(path)) {
                return i;
            }
        }
        return fail("no queue row links to " + path);
    }

    /** Opens a page and puts the keyboard focus on it (a headless window may drop the first key otherwise). */
    private static void open(String path) {
        browser.get(server.url().resolve(path).toString());
        browser.findElement(By.tagName("h1")).click();
    }

    /**
     * Runs an action that loads a new page (a form posted, a link followed, a key the page's script turns
     * into either) and waits until the old page is gone: a click returns before the next page is there,
     * and looking at once finds the old page's elements, stale a moment later.
     */
    private static void loading(Runnable action) {
        WebElement old = browser.findElement(By.tagName("html"));
        action.run();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    }

    /** Waits for what a key press or a page load brings (scripts run after the page is loaded). */
    private static WebElement await(By what) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void keys(String keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void replace(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    private static void browserOrSkip() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "no headless Chromium on this machine (" + CHROMIUM + " and " + CHROMEDRIVER
                + "); install them with 'apt-get install chromium chromium-driver' to run the browser tests";
        if (!present && System.getenv("DIALOGUES_REQUIRE_BROWSER") != null) {
            fail(why + " (DIALOGUES_REQUIRE_BROWSER is set)");
        }
        Assumptions.assumeTrue(present, why);
    }

    /** Debian's Chromium through its own chromedriver: Selenium Manager cannot download a driver here. */
    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
