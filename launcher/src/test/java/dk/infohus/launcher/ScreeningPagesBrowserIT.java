package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.testing.TestHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The coordinators' pages of screening ({@code /politi/**}) as the police coordinator (torben) and the
 * municipal coordinator of Herning (lise) use them: in a real headless Chromium through the front door of the
 * whole local stack ({@link SharedStack}), with axe-core's WCAG 2.1 A and AA rules on the queue, a concern's
 * page and every form, empty and with errors, in Danish and English, at a phone's size and a desktop's. The
 * walk-throughs are the issue's "done when": a concern sent at intake reaches the police queue page, is noted,
 * cleared, decided by both coordinators and reaches assessment; an acute one is taken over; an obstacle brings
 * a concern back on its day; an eight-year-old's concern is redirected to children's services and the
 * reporter's status says it was handled.
 *
 * <p>Concerns are reported over intake's API as a signed-in teacher (lene) would from her school's system:
 * intake's own pages have their browser test in {@link IntakePagesBrowserIT}. The launcher's Failsafe
 * configuration lets screening look at its agenda of obstructed checks every two seconds instead of every five
 * minutes, so that an obstacle recorded for today comes back while the test waits.
 */
@ExtendWith(SharedStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningPagesBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /** The staff pages on localhost (where the identity provider sends a signed-in browser back). */
    private static final String STAFF = "localhost";

    /** The reporter's public status page on another origin, where nobody is signed in. */
    private static final String PUBLIC = "127.0.0.1";

    /** Unique per run, so that what this class reports is told apart from what other classes did. */
    private static final String RUN =
            Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private static final String ADULT = "1990-04-02";
    private static final String FIFTEEN_YEARS_OLD = "2011-05-17";
    private static final String EIGHT_YEARS_OLD = "2018-03-09";

    static LocalStack stack;
    static DemoTokens tokens;
    static WebDriver browser;
    static int gatewayPort;
    static String signedIn;

    @BeforeAll
    static void openBrowser(LocalStack shared) {
        stack = shared;
        tokens = new DemoTokens(shared);
        gatewayPort = stack.gatewayUrl()
                .orElseThrow(() -> new IllegalStateException("the gateway is not built: " + stack.gatewayTarget()))
                .getPort();
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(AxeCheck.DESKTOP);
    }

    // ---------------------------------------------------------------------------------------------------------
    // axe-core on every page and form

    @Test
    @Order(0)
    void theQueueAConcernsPageAndEveryFormPassAxeInDanishAndEnglishEmptyAndWithErrors() {
        AxeCheck axe = new AxeCheck(browser);
        for (boolean english : List.of(false, true)) {
            String lang = english ? "en" : "da";
            Reported child = report("A11y " + lang + " " + RUN, EIGHT_YEARS_OLD, false);
            awaitInScreening(child);
            String concern = "/politi/sager/" + child.caseId();

            signIn("torben");
            open(STAFF, withLang("/politi", english));
            assertShown("koe");
            axe.check("queue, police coordinator", lang);
            open(STAFF, withLang(concern, english));
            assertShown("handlinger");
            axe.check("concern, police coordinator", lang);
            for (String form : List.of("notat", "overtagelse", "hindring")) {
                open(STAFF, withLang(concern + "/" + form, english));
                axe.check(form, lang);
                submit();
                assertShown("fejl-oversigt");
                axe.check(form + " with errors", lang);
            }
            open(STAFF, withLang(concern + "/afklaring", english));
            axe.check("afklaring", lang);
            submit();
            assertShown("besked");
            assertThat(state(child)).isEqualTo("CLEARED");
            axe.check("concern, cleared, with the notice", lang);
            open(STAFF, withLang(concern + "/vurdering", english));
            axe.check("vurdering", lang);
            submit();
            assertShown("fejl-oversigt");
            axe.check("vurdering with errors", lang);
            open(STAFF, withLang("/", english));
            assertThat(text(By.cssSelector("#arbejde-screening .card__count")))
                    .as("the workspace reads the count from screening")
                    .matches(
                            english
                                    ? "(?s).*\\d+ waiting.*|Nothing is waiting.*"
                                    : "(?s).*\\d+ venter.*|Intet venter.*");
            axe.check("workspace, police coordinator", lang);

            signIn("lise");
            open(STAFF, withLang("/politi?state=CLEARED", english));
            assertShown("koe");
            axe.check("queue, municipal coordinator", lang);
            open(STAFF, withLang(concern, english));
            assertShown("frister");
            axe.check("concern, municipal coordinator", lang);
            for (String form : List.of("boernevurdering", "beslutning")) {
                open(STAFF, withLang(concern + "/" + form, english));
                axe.check(form, lang);
                submit();
                assertShown("fejl-oversigt");
                axe.check(form + " with errors", lang);
            }
            open(STAFF, withLang("/politi/sager/" + UUID.randomUUID(), english));
            axe.check("concern not found", lang);
        }
        System.out.println(axe.summary());
        assertThat(axe.violations()).as(axe.summary()).isEmpty();
        assertThat(axe.checked()).isEqualTo(20 * 2 * 2);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the walk-throughs of the issue's "done when"

    @Test
    @Order(1)
    void aConcernSentAtIntakeIsNotedAndClearedByThePoliceDecidedByBothCoordinatorsAndReachesAssessment() {
        signIn("torben");
        String name = "Ali Walk " + RUN;
        Reported reported = report(name, ADULT, false);
        long sent = System.nanoTime();

        // the police coordinator finds it in the queue (the newest comes last: its deadline is the latest)
        WebElement row = awaitInQueue(reported, "/politi?municipality=657");
        System.out.println("the concern was on the police queue page "
                + Duration.ofNanos(System.nanoTime() - sent).toMillis() + " ms after intake's receipt");
        assertThat(row.getText()).contains("Voksen");
        followWithTheKeyboard(row.findElement(By.tagName("a")));
        assertThat(text(By.id("navn"))).isEqualTo(name);
        assertThat(text(By.id("tilstand"))).isEqualTo("Venter på politiets screening");

        // a police note, readable by the police only
        String note = "Kendt i verserende sag om trusler " + RUN;
        browser.findElement(By.linkText("Skriv et politinotat")).click();
        choose("kind-ONGOING_INVESTIGATION");
        type("text", note);
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Politinotatet er gemt.");
        assertThat(text(By.id("forloeb"))).contains(note, "Kun politiet");

        // cleared for Infohus
        browser.findElement(By.linkText("Afklar: intet hindrer Infohus")).click();
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Bekymringen er afklaret.");
        assertThat(text(By.id("tilstand"))).isEqualTo("Afklaret af politiet: tovholderne beslutter");

        // the police coordinator's view
        browser.findElement(By.linkText("Registrér din vurdering")).click();
        choose("present");
        type("note", "Bør drøftes i Infohus.");
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Din vurdering er gemt.");

        // the municipal coordinator finds it among the cleared ones, never sees the police note, and decides
        signIn("lise");
        WebElement cleared = awaitInQueue(reported, "/politi?state=CLEARED");
        cleared.findElement(By.tagName("a")).click();
        assertThat(text(By.id("navn"))).isEqualTo(name);
        assertThat(browser.getPageSource()).doesNotContain(note);
        browser.findElement(By.linkText("Registrér din vurdering")).click();
        choose("present");
        submit();
        browser.findElement(By.linkText("Registrér beslutningen")).click();
        choose("outcome");
        choose("meeting-NEXT_FIXED");
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Beslutningen er gemt.");
        assertThat(text(By.id("tilstand"))).isEqualTo("Forelagt Infohus");

        // and it has reached assessment
        TestHttp assessment =
                TestHttp.at(stack.url(Service.ASSESSMENT).toString()).as(tokens.of("lise"));
        await().atMost(FLOW)
                .until(() -> assessment
                                .get("/api/infohus-cases/" + reported.caseId())
                                .status()
                        == 200);
    }

    @Test
    @Order(2)
    void anAcuteConcernTakenOverByThePoliceShowsTheMunicipalCoordinatorOnlyThatThePoliceHaveIt() {
        signIn("torben");
        String name = "Acute Walk " + RUN;
        Reported reported = report(name, FIFTEEN_YEARS_OLD, true);

        // acute ones come first and are marked
        WebElement row = awaitInQueue(reported, "/politi?acute=true");
        assertThat(row.findElement(By.cssSelector(".badge--acute")).getText()).isEqualTo("Akut");
        row.findElement(By.tagName("a")).click();
        browser.findElement(By.linkText("Politiet overtager bekymringen")).click();
        String reason = "Akut sikkerhedsrisiko, politiet handler nu " + RUN;
        type("reason", reason);
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Politiet har overtaget bekymringen.");
        assertThat(text(By.id("tilstand"))).isEqualTo("Overtaget af politiet");

        signIn("lise");
        WebElement taken = awaitInQueue(reported, "/politi?state=TAKEN_OVER_BY_POLICE");
        taken.findElement(By.tagName("a")).click();
        assertShown("politiet-har-sagen");
        assertThat(browser.findElements(By.id("navn"))).as("the person").isEmpty();
        assertThat(browser.findElements(By.id("forloeb"))).as("the chronology").isEmpty();
        assertThat(browser.findElements(By.id("handlinger"))).as("any form").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(name).doesNotContain(reason);
    }

    @Test
    @Order(3)
    void anObstacleNeedsADayNotInThePastAndBringsTheConcernBackToTheQueueOnItsDay() {
        signIn("torben");
        Reported reported = report("Obstacle Walk " + RUN, ADULT, false);
        awaitInQueue(reported, "/politi?municipality=657")
                .findElement(By.tagName("a"))
                .click();
        browser.findElement(By.linkText("Registrér en hindring")).click();
        LocalDate today = LocalDate.now(DANISH_TIME);

        // yesterday: refused next to the field, nothing changed
        choose("obstacleReason-PENDING_CRIMINAL_CASE");
        setDate("lookAgainOn", today.minusDays(1));
        submit();
        assertFieldError("lookAgainOn", "Vælg en dag fra i dag og højst et år frem.");
        assertThat(browser.findElement(By.id("obstacleReason-PENDING_CRIMINAL_CASE"))
                        .isSelected())
                .as("what was chosen is kept")
                .isTrue();
        assertThat(state(reported)).isEqualTo("OPEN");

        // today: out of the queue, and back in it on the day
        setDate("lookAgainOn", today);
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Hindringen er gemt. Bekymringen kommer tilbage i køen på datoen.");
        assertThat(text(By.id("tilstand"))).isEqualTo("Hindring: venter til datoen");
        await().atMost(FLOW).until(() -> state(reported).equals("OPEN"));
        awaitInQueue(reported, "/politi?municipality=657")
                .findElement(By.tagName("a"))
                .click();
        assertThat(text(By.id("forloeb"))).contains("Hindring");
    }

    @Test
    @Order(4)
    void anEightYearOldsConcernIsRedirectedToChildrensServicesAndTheReportersStatusShowsItWasHandled() {
        signIn("lise");
        String name = "Child Walk " + RUN;
        Reported reported = report(name, EIGHT_YEARS_OLD, false);
        awaitInScreening(reported);

        // the municipality's 24-hour assessment of acute measures, shown from the moment intake received it
        open(STAFF, "/politi/sager/" + reported.caseId());
        assertThat(text(By.id("frister"))).contains("24 timer").contains("ikke foretaget");
        browser.findElement(By.linkText("Vurdér barnet (24 timer)")).click();
        choose("acuteMeasuresNeeded-nej");
        type("note", "Ingen akut fare; familien samarbejder.");
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Vurderingen af barnet er gemt.");

        signIn("torben");
        open(STAFF, "/politi/sager/" + reported.caseId());
        browser.findElement(By.linkText("Afklar: intet hindrer Infohus")).click();
        submit();
        browser.findElement(By.linkText("Registrér din vurdering")).click();
        choose("present-nej");
        submit();

        signIn("lise");
        open(STAFF, "/politi/sager/" + reported.caseId());
        browser.findElement(By.linkText("Registrér din vurdering")).click();
        choose("present-nej");
        submit();
        browser.findElement(By.linkText("Registrér beslutningen")).click();
        choose("outcome-NOT_PRESENTED");
        choose("reason-REDIRECTED");
        type("explanation", "Underretning: børne- og familieafdelingen har sin egen pligt efter barnets lov.");
        // without the receiving unit: refused next to the field, everything typed kept
        submit();
        assertFieldError("receivingUnit", "Skriv, hvilken enhed bekymringen sendes videre til – højst 200 tegn.");
        assertThat(browser.findElement(By.id("explanation")).getDomProperty("value"))
                .startsWith("Underretning");
        assertThat(state(reported)).isEqualTo("CLEARED");
        type("receivingUnit", "Børne- og familieafdelingen, Herning Kommune");
        submit();
        assertThat(text(By.id("besked"))).isEqualTo("Beslutningen er gemt.");
        assertThat(text(By.id("tilstand"))).isEqualTo("Ikke forelagt");

        // the teacher looks the receipt code up on the public status page
        await().atMost(FLOW).untilAsserted(() -> {
            open(PUBLIC, "/offentlig/status?kode=" + reported.receiptCode());
            assertThat(text(By.id("status"))).contains("Afsluttet");
        });
    }

    @Test
    @Order(5)
    void aNoteSentTwiceByADoubleClickIsWrittenOnce() {
        signIn("torben");
        Reported reported = report("Twice Walk " + RUN, ADULT, false);
        awaitInScreening(reported);
        open(STAFF, "/politi/sager/" + reported.caseId() + "/notat");
        choose("kind");
        type("text", "Sendt med et dobbeltklik " + RUN);

        List<Integer> answers = sendTheFormTwice();

        assertThat(answers).hasSize(2).allMatch(status -> status == 200);
        JsonNode check = screening("torben")
                .get("/api/police-checks/" + reported.caseId())
                .json();
        assertThat(check.get("notes")).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /** A concern a teacher reported at intake: its case id (the police check's id) and her receipt code. */
    private record Reported(String caseId, String receiptCode) {}

    private static Reported report(String name, String birthDate, boolean acute) {
        TestHttp.Response received = TestHttp.at(stack.url(Service.INTAKE).toString())
                .as(tokens.of("lene"))
                .post("/api/concerns", """
                        {"municipality":"657",
                         "reporter":{"kind":"STAFF","name":"Lene Lærer","organisation":"Lindeskolen"},
                         "subject":{"kind":"PERSON","name":"%s","birthDate":"%s"},
                         "account":"Deler voldsforherligende videoer i klassens chat.",
                         "concernSigns":["udbreder-voldslegitimerende-budskaber"],
                         "acute":%s}
                        """.formatted(name, birthDate, acute));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return new Reported(
                received.json().get("concernId").asString(),
                received.json().get("receiptCode").asString());
    }

    private static TestHttp screening(String user) {
        return TestHttp.at(stack.url(Service.SCREENING).toString()).as(tokens.of(user));
    }

    private static void awaitInScreening(Reported reported) {
        await().atMost(FLOW)
                .until(() -> screening("torben")
                                .get("/api/police-checks/" + reported.caseId())
                                .status()
                        == 200);
    }

    /** The check's state as the police coordinator's API gives it. */
    private static String state(Reported reported) {
        return screening("torben")
                .get("/api/police-checks/" + reported.caseId())
                .json()
                .get("state")
                .asString();
    }

    /**
     * Opens the queue page with these filters and follows its "next page" links until the concern's row shows
     * up, again and again until it does: the row, on the page now in the browser.
     */
    private static WebElement awaitInQueue(Reported reported, String queue) {
        await().atMost(FLOW)
                .ignoreExceptions()
                .until(() -> rowIn(queue, reported).isPresent());
        return rowIn(queue, reported).orElseThrow();
    }

    private static Optional<WebElement> rowIn(String queue, Reported reported) {
        open(STAFF, queue);
        for (int page = 0; page < 200; page++) {
            List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-case='" + reported.caseId() + "']"));
            if (!rows.isEmpty()) {
                return Optional.of(rows.get(0));
            }
            List<WebElement> next = browser.findElements(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            follow(next.get(0));
        }
        return Optional.empty();
    }

    /** Signs the demo user in at the identity provider, after signing out whoever was signed in. */
    private static void signIn(String user) {
        if (user.equals(signedIn)) {
            return;
        }
        open(STAFF, "/web-ui/infohus.css");
        // the front door's session and the identity provider's are both cookies of localhost
        browser.manage().deleteAllCookies();
        open(STAFF, "/politi");
        new WebDriverWait(browser, WAIT)
                .withMessage(() -> "no sign-in page: " + browser.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().startsWith(stack.identityIssuer() + "/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("infohus");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]"))
                .click();
        new WebDriverWait(browser, WAIT)
                .withMessage(() -> user + " was not signed in: " + browser.getCurrentUrl())
                .until(driver -> !driver.findElements(By.id("signed-in-person")).isEmpty());
        signedIn = user;
    }

    private static String withLang(String path, boolean english) {
        return english ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
    }

    private static void open(String host, String path) {
        browser.get("http://" + host + ":" + gatewayPort + path);
    }

    private static String text(By element) {
        return browser.findElement(element).getText().strip();
    }

    private static void assertShown(String id) {
        assertThat(browser.findElement(By.id(id)).isDisplayed())
                .as(id + " on " + browser.getCurrentUrl())
                .isTrue();
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a radio button the way a person does: by clicking its label. */
    private static void choose(String id) {
        browser.findElement(By.xpath("//input[@id='" + id + "']/ancestor::label[1]"))
                .click();
        assertThat(browser.findElement(By.id(id)).isSelected()).as(id).isTrue();
    }

    /** Sets a date field (typing into one depends on the browser's locale; the value a date field sends does not). */
    private static void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, day.toString());
    }

    /** Presses the form's button and waits for the answer to replace the page. */
    private static void submit() {
        follow(browser.findElement(By.cssSelector("main form.form button[type=submit]")));
    }

    private static void follow(WebElement linkOrButton) {
        WebElement page = browser.findElement(By.tagName("html"));
        linkOrButton.click();
        Browsers.awaitNextPage(browser, page, WAIT);
    }

    /**
     * Follows a link with the keyboard alone: from the top of the page, the Tab key until the link has the
     * focus (it must be reachable), then Enter.
     */
    private static void followWithTheKeyboard(WebElement link) {
        browser.findElement(By.tagName("body")).click();
        Actions keys = new Actions(browser);
        List<String> passed = new ArrayList<>();
        for (int presses = 0; presses < 200; presses++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(link)) {
                WebElement page = browser.findElement(By.tagName("html"));
                keys.sendKeys(Keys.ENTER).perform();
                Browsers.awaitNextPage(browser, page, WAIT);
                return;
            }
            passed.add(focused.getTagName() + ":" + focused.getText());
        }
        throw new AssertionError("the link " + link.getText() + " was not reached with Tab: " + passed);
    }

    /** The error next to the field (inside its own field box), and the same error in the summary at the top. */
    private static void assertFieldError(String field, String message) {
        WebElement summary = browser.findElement(By.id("fejl-oversigt"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.findElement(By.cssSelector("a[href='#" + field + "']"))
                        .getText())
                .contains(message);
        WebElement error = browser.findElement(By.id(field + "-fejl"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(message);
        assertThat(browser.findElement(By.id(field)).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id(field)).getAttribute("aria-describedby"))
                .contains(field + "-fejl");
    }

    /** Sends the form on the page twice at once with what it holds now, as a double click does: the statuses. */
    @SuppressWarnings("unchecked")
    private static List<Integer> sendTheFormTwice() {
        Object answers = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('main form.form');
                const body = new URLSearchParams(new FormData(form));
                const send = () => fetch(form.action, {method: 'POST', body, credentials: 'same-origin'})
                    .then(r => r.status);
                Promise.all([send(), send()]).then(done, e => done(['fetch failed: ' + e]));
                """);
        return ((List<Object>) answers)
                .stream()
                        .map(answer -> answer instanceof Number number ? number.intValue() : -1)
                        .toList();
    }
}
