package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.infohus.testing.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Intake's pages as people use them: in a real headless Chromium through the front door of the whole local
 * stack ({@link SharedStack}), at a phone's size and a desktop's, in Danish and English, with axe-core's
 * WCAG 2.1 A and AA rules on every page.
 *
 * <p>The front door limits submissions per client address; these tests send more forms from the one loopback
 * address than it allows, so the launcher's Failsafe configuration raises those limits for the stack.
 */
@ExtendWith(SharedStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakePagesBrowserIT {

    private static final Dimension PHONE = AxeCheck.PHONE;
    private static final Dimension DESKTOP = AxeCheck.DESKTOP;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final Pattern RECEIPT_CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Pattern RECEIPT_IN_HTML = Pattern.compile("id=\"kvitteringskode\"[^>]*>\\s*([^<\\s]+)\\s*<");
    private static final String SCRIPT = "<script>alert(1)</script>";
    /** A valid 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /**
     * The public pages are visited on 127.0.0.1, the staff pages on localhost (where the identity provider
     * sends a signed-in browser back): two origins, so the citizen is never signed in.
     */
    private static final String PUBLIC = "127.0.0.1";

    private static final String STAFF = "localhost";

    /** Unique per run, so that names in screening's queue are this run's. */
    private static final String RUN =
            Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    static LocalStack stack;
    static DemoTokens tokens;
    static WebDriver browser;
    static MongoClient mongo;
    static Path files;
    static int gatewayPort;

    @BeforeAll
    static void openBrowser(LocalStack shared) throws IOException {
        stack = shared;
        tokens = new DemoTokens(shared);
        gatewayPort = stack.gatewayUrl()
                .orElseThrow(() -> new IllegalStateException("the gateway is not built: " + stack.gatewayTarget()))
                .getPort();
        mongo = MongoClients.create(stack.mongoUri());
        files = Files.createTempDirectory("infohus-uploads");
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (mongo != null) {
            mongo.close();
        }
        try (Stream<Path> all = Files.walk(files)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(DESKTOP);
    }

    // ---------------------------------------------------------------------------------------------------------
    // axe-core on every page

    @Test
    @Order(0)
    void everyIntakePagePassesAxeInDanishAndEnglishOnAPhoneAndADesktop() {
        AxeCheck axe = new AxeCheck(browser);
        for (boolean english : List.of(false, true)) {
            String lang = english ? "en" : "da";
            open(PUBLIC, withLang("/offentlig", english));
            axe.check("landing", lang);
            open(PUBLIC, withLang("/offentlig/handlekort", english));
            axe.check("action card", lang);
            open(PUBLIC, withLang("/offentlig/vejledning", english));
            axe.check("guidance", lang);
            open(PUBLIC, withLang("/offentlig/status", english));
            axe.check("status, empty", lang);
            open(PUBLIC, withLang("/offentlig/status?kode=7K3M-Q9TX-2B4R", english));
            assertThat(browser.findElement(By.id("fejl-oversigt")).isDisplayed())
                    .isTrue();
            axe.check("status, unknown code", lang);

            open(PUBLIC, withLang("/offentlig/bekymring", english));
            axe.check("citizen's form, empty", lang);
            submit();
            assertThat(browser.findElement(By.id("fejl-oversigt")).isDisplayed())
                    .isTrue();
            axe.check("citizen's form with errors", lang);

            open(PUBLIC, withLang("/offentlig/bekymring", english));
            fillConcern("A11y " + lang + " " + RUN, "Råber om hellig krig i frikvarteret.");
            awaitProofOfWork();
            submit();
            String code = receiptCode();
            axe.check("receipt", lang);
            open(PUBLIC, withLang("/offentlig/status?kode=" + code, english));
            assertThat(browser.findElement(By.id("status")).isDisplayed()).isTrue();
            axe.check("status with a result", lang);

            signedInAsLene();
            open(STAFF, withLang("/indberetning/ny", english));
            axe.check("staff form, empty", lang);
            submit();
            assertThat(browser.findElement(By.id("fejl-oversigt")).isDisplayed())
                    .isTrue();
            axe.check("staff form with errors", lang);
            open(STAFF, withLang("/indberetning/mine", english));
            axe.check("mine", lang);
            open(STAFF, withLang("/", english));
            assertThat(browser.findElement(By.id("arbejde-report")).isDisplayed())
                    .isTrue();
            axe.check("workspace", lang);
        }
        System.out.println(axe.summary());
        assertThat(axe.violations()).as(axe.summary()).isEmpty();
        assertThat(axe.checked()).isEqualTo(13 * 2 * 2);
    }

    // ---------------------------------------------------------------------------------------------------------
    // a citizen and a teacher report

    @Test
    @Order(1)
    void aCitizenOnAPhoneReportsAnonymouslyWithAPictureAndLooksUpTheStatusByTheCode() throws IOException {
        browser.manage().window().setSize(PHONE);
        String name = "Citizen " + RUN;
        open(PUBLIC, "/offentlig/bekymring");
        assertThat(emergencyNumber().isDisplayed()).isTrue();
        fillConcern(name, "Han viser halshugningsvideoer til de yngre elever.");
        WebElement sign = browser.findElements(By.name("concernSigns")).get(0);
        String signCode = sign.getAttribute("value");
        tick(sign);
        Path picture = file("skaermbillede.png", PNG);
        browser.findElement(By.id("attachments")).sendKeys(picture.toString());
        awaitProofOfWork();
        submit();

        String code = receiptCode();
        assertThat(code).matches(RECEIPT_CODE);
        assertThat(browser.findElements(By.id("ring-nu"))).isEmpty();

        // the receipt links to the status page; the code is typed as people do, small letters, no dashes
        browser.findElement(By.cssSelector("main a[href^='/offentlig/status']")).click();
        WebElement field = new WebDriverWait(browser, WAIT).until(driver -> driver.findElement(By.id("kode")));
        field.sendKeys(code.replace("-", "").toLowerCase());
        submit();
        assertThat(browser.findElement(By.id("status")).getText()).isIn("Modtaget", "Under behandling");

        JsonNode check = awaitPoliceCheckAbout(name);
        assertThat(check.get("municipality").asString()).isEqualTo("657");
        assertThat(check.get("acute").asBoolean()).isFalse();
        assertThat(check.get("concernSigns").toString()).contains(signCode);
        // once screening has opened its check, the citizen sees it being handled
        await().atMost(FLOW).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Under behandling");
        });
    }

    @Test
    @Order(2)
    void theEmergencyNumberIsOnTheFormAndAnAcuteConcernShowsItAgainOnTheReceipt() {
        String name = "Acute " + RUN;
        open(PUBLIC, "/offentlig/bekymring");
        WebElement emergency = browser.findElement(By.cssSelector("section.emergency"));
        assertThat(emergency.isDisplayed()).isTrue();
        assertThat(emergency.getText()).contains("112");
        assertThat(emergencyNumber().getAttribute("href")).isEqualTo("tel:112");

        tick(browser.findElement(By.id("acute")));
        fillConcern(name, "Han siger, at han vil gøre noget i aften, og har en kniv med.");
        awaitProofOfWork();
        submit();

        receiptCode();
        WebElement callNow = browser.findElement(By.id("ring-nu"));
        assertThat(callNow.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("section.emergency--now a[href='tel:112']"))
                        .isDisplayed())
                .isTrue();
        assertThat(awaitPoliceCheckAbout(name).get("acute").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void aTeacherSignedInReportsAFifteenYearOldAndFindsItAmongHerOwn() {
        signedInAsLene();
        open(STAFF, "/indberetning/mine");
        int before = browser.findElements(By.cssSelector("#mine tbody tr")).size();

        open(STAFF, "/indberetning/ny");
        assertThat(browser.findElement(By.id("reporterNameShown")).getText()).isEqualTo("Lene Lærer");
        assertThat(browser.findElement(By.id("reporterOrganisationShown")).getText())
                .isEqualTo("Lindeskolen");
        String name = "Pupil " + RUN;
        type("personName", name);
        type("age", "15");
        type("account", "Har tegnet hagekors i sine bøger og taler om en racekrig.");
        submit();

        String code = receiptCode();
        assertThat(code).matches(RECEIPT_CODE);
        String receivedAt = browser.findElement(By.cssSelector(".receipt p:last-child span:last-child"))
                .getText();
        JsonNode check = awaitPoliceCheckAbout(name);
        assertThat(check.get("municipality").asString()).isEqualTo("657");
        JsonNode cpr = check.get("subject").path("cprNumber");
        assertThat(cpr.isNull() || cpr.isMissingNode()).as(check.toString()).isTrue();
        if (check.get("subject").has("age")) {
            assertThat(check.get("subject").get("age").asInt()).isEqualTo(15);
        }

        browser.findElement(By.cssSelector("main a[href^='/indberetning/mine']"))
                .click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().contains("/indberetning/mine"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#mine tbody tr"));
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(0).getText()).contains(receivedAt);
    }

    // ---------------------------------------------------------------------------------------------------------
    // bad input

    static Stream<Arguments> wrongInput() {
        return Stream.of(
                Arguments.of("cprNumber", "12345", "Skriv CPR-nummeret med 10 cifre, fx 010110-1234."),
                Arguments.of(
                        "cprNumber",
                        "310299-1234",
                        "CPR-nummeret indeholder en dato, der ikke findes. Tjek de første 6 cifre."),
                Arguments.of("personName", "Lang " + RUN + " " + "x".repeat(200), "Skriv højst 200 tegn."),
                Arguments.of(
                        "links",
                        "ftp://example.org/video",
                        "Linket \"ftp://example.org/video\" skal være en webadresse, der begynder med https://"
                                + " eller http://."),
                Arguments.of(
                        "attachments",
                        "tekst.png",
                        "Filen \"tekst.png\" er ikke et billede (PNG, JPEG, GIF, WebP) eller en PDF."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongInput")
    @Order(4)
    void wrongInputIsShownNextToItsFieldInDanishWithEverythingTypedKeptAndNothingStored(
            String field, String value, String message) throws IOException {
        long concernsBefore = storedConcerns();
        String name = field.equals("personName") ? value : "Wrong " + field + " " + RUN + random();
        open(PUBLIC, "/offentlig/bekymring");
        fillConcern(field.equals("personName") ? "" : name, "Deler propaganda fra en terrororganisation.");
        type("when", "I går eftermiddags");
        type("where", "Ved indgangen til biblioteket");
        if (field.equals("attachments")) {
            browser.findElement(By.id("attachments"))
                    .sendKeys(file(value, "just text, not a picture".getBytes(StandardCharsets.UTF_8))
                            .toString());
        } else {
            removeMaxLength(field);
            type(field, value);
        }
        awaitProofOfWork();
        submit();

        assertFieldError(field, message);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        assertThat(valueOf("personName")).isEqualTo(name);
        assertThat(valueOf("account")).isEqualTo("Deler propaganda fra en terrororganisation.");
        assertThat(valueOf("when")).isEqualTo("I går eftermiddags");
        assertThat(valueOf("where")).isEqualTo("Ved indgangen til biblioteket");
        assertThat(new Select(browser.findElement(By.id("municipality")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("657");
        if (!field.equals("attachments")) {
            assertThat(valueOf(field)).isEqualTo(value);
        }
        assertThat(storedConcerns()).isEqualTo(concernsBefore);
        assertThat(policeChecksAbout(name)).isEmpty();
    }

    @Test
    @Order(5)
    void theLanguageSwitchGivesTheFormAndItsErrorsInEnglish() {
        long concernsBefore = storedConcerns();
        open(PUBLIC, "/offentlig/bekymring");
        browser.findElement(By.cssSelector("a.lang-switch")).click();
        new WebDriverWait(browser, WAIT)
                .until(driver ->
                        "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.id("akut-titel")).getText()).isEqualTo("Is anyone in immediate danger?");
        fillConcern("English " + RUN, "He shares propaganda from a terrorist organisation.");
        type("cprNumber", "12345");
        awaitProofOfWork();
        submit();

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as(browser.findElement(By.tagName("main")).getText())
                .isEqualTo("en");
        assertThat(browser.findElement(By.id("fejl-oversigt-titel")).getText())
                .isEqualTo("Something needs to be corrected");
        assertFieldError("cprNumber", "Write the CPR number with 10 digits, for example 010110-1234.");
        assertThat(valueOf("cprNumber")).isEqualTo("12345");
        assertThat(storedConcerns()).isEqualTo(concernsBefore);
    }

    @Test
    @Order(6)
    void scriptTypedIntoTheFormComesBackAsTextAndNeverRuns() {
        long concernsBefore = storedConcerns();
        open(PUBLIC, "/offentlig/bekymring");
        fillConcern(SCRIPT, "Skriver " + SCRIPT + " i chatten.");
        type("links", SCRIPT);
        awaitProofOfWork();
        submit();

        // an alert would make every Selenium call throw UnhandledAlertException; none is open
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertFieldError("links", "Linket \"" + SCRIPT + "\" skal være en webadresse");
        assertThat(valueOf("personName")).isEqualTo(SCRIPT);
        assertThat(valueOf("account")).isEqualTo("Skriver " + SCRIPT + " i chatten.");
        assertThat(((JavascriptExecutor) browser)
                        .executeScript("return [...document.querySelectorAll('script')]"
                                + ".some(s => s.textContent.includes('alert(1)'))"))
                .isEqualTo(false);
        assertThat(storedConcerns()).isEqualTo(concernsBefore);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the same form twice

    @Test
    @Order(7)
    void theSameStaffFormSentTwiceMakesOneConcernAndTheSameReceipt() {
        signedInAsLene();
        open(STAFF, "/indberetning/ny");
        String name = "Twice " + RUN;
        type("personName", name);
        type("age", "16");
        type("account", "Sendt to gange, som når man går tilbage i browseren og sender igen.");
        long concernsBefore = storedConcerns();

        List<String> answers = sendTheFormTwice(false);

        assertThat(answers).hasSize(2).allSatisfy(answer -> assertThat(answer).startsWith("200"));
        assertThat(receiptCodeIn(answers.get(1))).isEqualTo(receiptCodeIn(answers.get(0)));
        assertThat(answers.get(1)).contains("Formularen var allerede sendt.");
        assertThat(storedConcerns()).isEqualTo(concernsBefore + 1);
        awaitPoliceCheckAbout(name);
    }

    @Test
    @Order(8)
    void aDoubleClickOnThePublicFormMakesOneConcern() {
        open(PUBLIC, "/offentlig/bekymring");
        String name = "Double click " + RUN;
        fillConcern(name, "Sendt med et dobbeltklik.");
        awaitProofOfWork();
        long concernsBefore = storedConcerns();

        List<String> answers = sendTheFormTwice(true);

        List<String> codes = answers.stream()
                .map(IntakePagesBrowserIT::receiptCodeInOrNull)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        System.out.println("double click on the public form answered: "
                + answers.stream().map(a -> a.substring(0, 3)).toList() + ", receipt codes " + codes);
        assertThat(codes).hasSize(1);
        assertThat(answers).noneMatch(answer -> answer.startsWith("5"));
        assertThat(storedConcerns()).isEqualTo(concernsBefore + 1);
        awaitPoliceCheckAbout(name);
    }

    /**
     * Sends the form on the page twice with what it holds now, as a double click or a resubmission does:
     * at once ({@code together}) or the second after the first's answer. Answers "status\nbody" each.
     */
    @SuppressWarnings("unchecked")
    private static List<String> sendTheFormTwice(boolean together) {
        Object answers = ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const form = document.querySelector('form.form');
                        const body = new FormData(form);
                        const send = () => fetch(form.action, {method: 'POST', body, credentials: 'same-origin'})
                            .then(async r => r.status + '\\n' + await r.text());
                        (arguments[0]
                            ? Promise.all([send(), send()])
                            : send().then(first => send().then(second => [first, second])))
                          .then(done, e => done(['fetch failed: ' + e]));
                        """, together);
        return (List<String>) answers;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static String withLang(String path, boolean english) {
        return english ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
    }

    private static void open(String host, String path) {
        browser.get("http://" + host + ":" + gatewayPort + path);
    }

    /** Signs lene in at the identity provider, unless this browser already is signed in as her. */
    private static void signedInAsLene() {
        open(STAFF, "/indberetning/ny");
        new WebDriverWait(browser, WAIT)
                .until(driver -> driver.getCurrentUrl().startsWith(stack.identityIssuer() + "/login")
                        || !driver.findElements(By.id("reporterNameShown")).isEmpty());
        if (browser.getCurrentUrl().startsWith(stack.identityIssuer() + "/login")) {
            browser.findElement(By.name("username")).sendKeys("lene");
            browser.findElement(By.name("password")).sendKeys("infohus");
            browser.findElement(By.cssSelector("button[type=submit], input[type=submit]"))
                    .click();
            new WebDriverWait(browser, WAIT)
                    .withMessage(() -> "lene was not signed in: " + browser.getCurrentUrl())
                    .until(driver ->
                            !driver.findElements(By.id("reporterNameShown")).isEmpty());
        }
    }

    /** The parts of the public form every test fills in: municipality, the person, what was seen. */
    private static void fillConcern(String personName, String account) {
        new Select(browser.findElement(By.id("municipality"))).selectByValue("657");
        if (!personName.isEmpty()) {
            type("personName", personName);
        }
        type("account", account);
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String valueOf(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** Ticks a check box the way a person does: by its label, which works however the box is styled. */
    private static void tick(WebElement box) {
        browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                .click();
        assertThat(box.isSelected()).isTrue();
    }

    private static void removeMaxLength(String id) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).removeAttribute('maxlength')", id);
    }

    /** The ALTCHA widget solves its challenge by itself once the form has had focus; waits for the solution. */
    private static void awaitProofOfWork() {
        new WebDriverWait(browser, WAIT)
                .withMessage("the ALTCHA widget did not verify")
                .until(driver -> ((JavascriptExecutor) driver).executeScript("""
                                const value = new FormData(document.querySelector('form.form')).get('altcha');
                                return typeof value === 'string' && value.length > 0;
                                """));
        // and a screen reader is told, in the page's language (the live region altcha-status.js fills)
        new WebDriverWait(browser, WAIT)
                .withMessage("the robot check's live region did not say it was confirmed")
                .until(driver -> {
                    String said = driver.findElement(By.id("altcha-status")).getAttribute("textContent");
                    return said.equals("Bekræftet. Du kan sende formularen.")
                            || said.equals("Confirmed. You can send the form.");
                });
    }

    /** Presses the form's send button and waits for the answer to replace the page. */
    private static void submit() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        Browsers.awaitNextPage(browser, page, WAIT);
    }

    private static WebElement emergencyNumber() {
        return browser.findElement(By.cssSelector("section.emergency a[href='tel:112']"));
    }

    private static String receiptCode() {
        WebElement code = new WebDriverWait(browser, WAIT)
                .withMessage(() ->
                        "no receipt: " + browser.findElement(By.tagName("main")).getText())
                .until(driver -> driver.findElement(By.id("kvitteringskode")));
        return code.getText().strip();
    }

    private static String receiptCodeIn(String html) {
        String code = receiptCodeInOrNull(html);
        assertThat(code).as(html).isNotNull();
        return code;
    }

    private static String receiptCodeInOrNull(String html) {
        Matcher matcher = RECEIPT_IN_HTML.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The error next to the field (inside its own field box), and the same error in the summary at the top. */
    private static void assertFieldError(String field, String message) {
        WebElement summary = browser.findElement(By.id("fejl-oversigt"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.findElement(By.cssSelector("a[href='#" + field + "']"))
                        .getText())
                .contains(message);
        WebElement error = browser.findElement(By.xpath("//*[@id='" + field + "']/ancestor::div[contains(@class,"
                + " 'field')][1]//*[@id='" + field + "-fejl']"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(message);
        assertThat(browser.findElement(By.id(field)).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id(field)).getAttribute("aria-describedby"))
                .contains(field + "-fejl");
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path directory = Files.createTempDirectory(files, "upload");
        return Files.write(directory.resolve(name), content);
    }

    private static String random() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36);
    }

    private static long storedConcerns() {
        return mongo.getDatabase(Service.INTAKE.database())
                .getCollection("concerns")
                .countDocuments();
    }

    private static final Map<String, String> subjectNames = new ConcurrentHashMap<>();

    /** The police checks in screening's queue whose subject has this name, as the police coordinator sees them. */
    private static List<JsonNode> policeChecksAbout(String name) {
        TestHttp screening =
                TestHttp.at(stack.url(Service.SCREENING).toString()).as(token("torben"));
        List<JsonNode> queue = new ArrayList<>();
        for (int page = 0; ; page++) {
            TestHttp.Response answer = screening.get("/api/police-checks?state=OPEN&size=100&page=" + page);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            answer.json().get("items").forEach(queue::add);
            if (!answer.json().get("hasNext").asBoolean()) {
                break;
            }
        }
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : queue) {
            String caseId = item.get("caseId").asString();
            if (subjectNames.containsKey(caseId) && !subjectNames.get(caseId).equals(name)) {
                continue;
            }
            JsonNode check = screening.get("/api/police-checks/" + caseId).json();
            subjectNames.put(caseId, check.get("subject").get("name").asString());
            if (name.equals(subjectNames.get(caseId))) {
                found.add(check);
            }
        }
        return found;
    }

    private static JsonNode awaitPoliceCheckAbout(String name) {
        await().atMost(FLOW).until(() -> !policeChecksAbout(name).isEmpty());
        List<JsonNode> checks = policeChecksAbout(name);
        assertThat(checks).as("police checks about " + name).hasSize(1);
        return checks.get(0);
    }

    private static String token(String user) {
        return tokens.of(user);
    }
}
