package dk.infohus.intake.concern.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.infohus.contracts.Role;
import dk.infohus.contracts.Topics;
import dk.infohus.intake.challenge.application.ProofOfWork;
import dk.infohus.intake.challenge.application.Solutions;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.platform.audit.AuditTrail;
import dk.infohus.platform.security.Caller;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import dk.infohus.webui.PageContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The intake's pages over HTTP, as a browser without JavaScript uses them, against the shared test stack. */
@InfohusServiceTest
@AutoConfigureMockMvc
class ConcernPagesIT {

    private static final Pattern RECEIPT_CODE =
            Pattern.compile("id=\"kvitteringskode\"[^>]*>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<");

    /** The SMTP server intake's test configuration names (config/application.yml). */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    ConcernIntake intake;

    @Autowired
    AuditTrail trail;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @Test
    void thePublicFormIsDanishWithTheEmergencyNumbersAtTheTop() throws Exception {
        MockHttpServletResponse page = send(get("/offentlig/bekymring?kommune=661"));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).isEqualTo("text/html;charset=UTF-8");
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"da\"");
        assertThat(html.indexOf("href=\"tel:112\"")).as("112 before the form").isBetween(0, html.indexOf("<form"));
        assertThat(html).contains("href=\"tel:114\"").contains("Der er akut fare");
        assertThat(html).contains(">English</a>").contains("href=\"/offentlig/bekymring?kommune=661&amp;lang=en\"");
        assertThat(html).containsPattern("<option value=\"661\" selected=\"selected\">Holstebro</option>");
        assertThat(html).containsPattern("name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\"");
        assertThat(html).contains("ikke en tjekliste").contains("Udbreder voldslegitimerende budskaber");
        assertThat(html).contains("<altcha-widget").doesNotContain("<script>").doesNotContain("style=");
        assertThat(html).contains("accept=\"image/png,image/jpeg,image/gif,image/webp,application/pdf\"");
    }

    @Test
    void inEnglishWhenAskedAndDanishForAnyOtherLanguage() throws Exception {
        String english = html(get("/offentlig/bekymring?lang=en"));
        assertThat(english)
                .contains("<html lang=\"en\"")
                .contains("There is immediate danger")
                .contains(">Dansk</a>");
        assertThat(english).contains("<input type=\"hidden\" name=\"lang\" value=\"en\">");
        assertThat(english).contains("href=\"/offentlig/status?lang=en\"");

        MockHttpServletResponse other = send(get("/offentlig/bekymring?lang=%3Cscript%3E"));
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"da\"");
    }

    @Test
    void theFrontDoorsFormTokenGoesIntoTheFormsAction() throws Exception {
        String html = html(get("/offentlig/bekymring").header(PageContext.FORM_TOKEN_HEADER, "t0k/en+="));
        assertThat(html).contains("action=\"/offentlig/bekymring?_csrf=t0k%2Fen%2B%3D\"");
        assertThat(html(get("/offentlig/bekymring"))).contains("action=\"/offentlig/bekymring\"");
    }

    @Test
    void aCitizenReportsAnonymouslyAndFollowsTheStatusByTheCode() throws Exception {
        MockHttpServletResponse receipt = send(publicForm(Map.of()).param("altcha", solvedChallenge()));

        assertThat(receipt.getStatus()).isEqualTo(200);
        String html = receipt.getContentAsString(StandardCharsets.UTF_8);
        String code = codeIn(html);
        assertThat(html).contains("Skriv koden ned").contains("href=\"/offentlig/status\"");
        assertThat(html)
                .as("no language switch on a receipt: following it would lose the code")
                .doesNotContain("class=\"lang-switch\"");
        assertThat(html).doesNotContain("Ring 112 nu");

        String typedSloppily = code.toLowerCase().replace("-", " ");
        MockHttpServletResponse status = send(get("/offentlig/status").param("kode", typedSloppily));
        assertThat(status.getStatus()).isEqualTo(200);
        assertThat(status.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("id=\"status\"[^>]*>Modtaget<")
                .as("a citizen is not told about outcomes")
                .doesNotContain("id=\"udfald\"");

        String concernId = mongo.findOne(
                        Query.query(Criteria.where("receiptFingerprint")
                                .is(ReceiptCode.parse(code).fingerprint())),
                        Document.class,
                        "concerns")
                .getString("_id");
        await().until(() -> !trail.about(concernId).isEmpty());
        assertThat(trail.about(concernId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("change"));
        assertThat(mongo.getCollection(AuditTrail.COLLECTION)
                        .find(new Document("record", new Document("$regex", code.substring(0, 4))))
                        .first())
                .as("the audit trail never holds a receipt code")
                .isNull();
    }

    @Test
    void withoutJavaScriptTheFormIsStillAcceptedWithinTheBudget() throws Exception {
        MockHttpServletResponse receipt = send(publicForm(Map.of()));
        assertThat(receipt.getStatus()).isEqualTo(200);
        codeIn(receipt.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAcuteConcernIsAcceptedAndTheReceiptSaysCall112() throws Exception {
        String html = html(publicForm(Map.of("acute", "true")).param("altcha", solvedChallenge()));
        codeIn(html);
        assertThat(html.indexOf("Ring 112 nu")).as("first thing on the receipt").isBetween(0, html.indexOf("<h1"));
    }

    @Test
    void theSameFormSentTwiceMakesOneConcern() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = html(publicForm(Map.of("idempotencyKey", key)).param("altcha", solvedChallenge()));
        String second = html(publicForm(Map.of("idempotencyKey", key)).param("altcha", solvedChallenge()));

        assertThat(codeIn(second)).isEqualTo(codeIn(first));
        assertThat(first).doesNotContain("allerede sendt");
        assertThat(second).contains("Formularen var allerede sendt");
    }

    @Test
    void aResentFormWithTheSameSolvedChallengeGetsItsReceiptNotAnError() throws Exception {
        String key = UUID.randomUUID().toString();
        String solved = solvedChallenge();
        String first = html(publicForm(Map.of("idempotencyKey", key)).param("altcha", solved));
        MockHttpServletResponse again =
                send(publicForm(Map.of("idempotencyKey", key)).param("altcha", solved));

        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(codeIn(again.getContentAsString(StandardCharsets.UTF_8))).isEqualTo(codeIn(first));
    }

    @Test
    void aDoubleClickSendingTheFormTwiceAtOnceShowsOneReceiptBothTimes() throws Exception {
        String key = UUID.randomUUID().toString();
        String solved = solvedChallenge();
        var sends = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return send(publicForm(Map.of("idempotencyKey", key)).param("altcha", solved));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        List<MockHttpServletResponse> answers =
                sends.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactly(200, 200);
        assertThat(codeIn(answers.get(0).getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(codeIn(answers.get(1).getContentAsString(StandardCharsets.UTF_8)));
    }

    @Test
    void aUsedChallengeWithANewFormIsStillRefused() throws Exception {
        String solved = solvedChallenge();
        html(publicForm(Map.of()).param("altcha", solved));
        MockHttpServletResponse reused = send(publicForm(Map.of()).param("altcha", solved));

        assertThat(reused.getStatus()).isEqualTo(400);
        assertThat(reused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"altcha-fejl\"");
    }

    static Stream<Arguments> wrongFields() {
        return Stream.of(
                Arguments.of(
                        "account", "  ", "Fortæl, hvad du har set eller hørt.", "Tell us what you have seen or heard."),
                Arguments.of("personName", "", "Skriv personens navn.", "Write the person's name."),
                Arguments.of(
                        "cprNumber", "12345", "Skriv CPR-nummeret med 10 cifre", "Write the CPR number with 10 digits"),
                Arguments.of("cprNumber", "320111-1234", "en dato, der ikke findes", "a date that does not exist"),
                Arguments.of(
                        "birthDate",
                        "2011-05-18",
                        "passer ikke med datoen i CPR-nummeret",
                        "does not match the date in the CPR number"),
                Arguments.of(
                        "birthDate",
                        "31-02-2011",
                        "Skriv fødselsdatoen som dag-måned-år",
                        "Write the date of birth as day-month-year"),
                Arguments.of(
                        "age",
                        "200",
                        "Skriv alderen som et tal fra 0 til 120",
                        "Write the age as a number from 0 to 120"),
                Arguments.of("links", "javascript:alert(1)", "skal være en webadresse", "must be a web address"),
                Arguments.of("reporterEmail", "ikke-en-adresse", "Skriv en e-mailadresse", "Write an email address"),
                Arguments.of("reporterPhone", "ring", "Skriv et telefonnummer", "Write a phone number"),
                Arguments.of(
                        "municipality", "999", "Vælg en kommune fra listen.", "Choose a municipality from the list."),
                Arguments.of("when", "x".repeat(301), "Skriv højst 300 tegn.", "Write at most 300 characters."),
                Arguments.of("relation", "x".repeat(201), "Skriv højst 200 tegn.", "Write at most 200 characters."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongFields")
    void eachWrongFieldIsShownNextToItInDanishAndEnglishKeepingWhatWasTyped(
            String field, String value, String danish, String english) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(field, value));
        if (field.equals("birthDate") && value.startsWith("2011")) {
            fields.put("cprNumber", "170511-4321");
        }
        for (String lang : List.of("da", "en")) {
            MockMultipartHttpServletRequestBuilder request = publicForm(fields);
            if (lang.equals("en")) {
                request.param("lang", "en");
            }
            MockHttpServletResponse page = send(request);

            assertThat(page.getStatus()).as(lang).isEqualTo(400);
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("id=\"fejl-oversigt\"").contains("href=\"#" + field + "\"");
            Matcher error = Pattern.compile("id=\"" + field + "-fejl\">(.*?)</p>", Pattern.DOTALL)
                    .matcher(html);
            assertThat(error.find())
                    .as("an error next to %s in %s", field, lang)
                    .isTrue();
            assertThat(unescape(error.group(1))).contains(lang.equals("da") ? danish : english);
            assertThat(html)
                    .containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*"
                            + field + "-fejl\"");
            if (!field.equals("account")) {
                assertThat(html).as("what was typed is kept").contains("Han viser videoer i frikvarteret.");
            }
            if (!field.equals("personName")) {
                assertThat(html).contains("value=\"Ali Jensen\"");
            }
            assertThat(html).as("files cannot be kept: choose them again").contains("id=\"attachments-igen\"");
        }
    }

    @Test
    void whatLooksLikeScriptComesBackAsText() throws Exception {
        String script = "<script>alert('x')</script>";
        MockHttpServletResponse page = send(
                publicForm(Map.of("personName", "", "account", script, "where", "\"><img src=x onerror=alert(1)>")));
        assertThat(page.getStatus()).isEqualTo(400);
        String html = page.getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain(script).doesNotContain("<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
        assertThat(html).contains("vælg filerne igen");
    }

    @Test
    void aFileThatIsNoPictureIsRefusedNextToTheFileInput() throws Exception {
        MockMultipartHttpServletRequestBuilder request = publicForm(Map.of());
        request.file(new MockMultipartFile("attachments", "skaerm.png", "image/png", "MZ not a picture".getBytes()));
        MockHttpServletResponse page = send(request.param("altcha", solvedChallenge()));

        assertThat(page.getStatus()).isEqualTo(400);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).containsPattern("id=\"attachments-fejl\">[\\s\\S]*skaerm.png");
        assertThat(html).doesNotContain("id=\"kvitteringskode\"");
    }

    @Test
    void aWrongProofOfWorkIsAnErrorNextToTheWidget() throws Exception {
        MockHttpServletResponse page = send(publicForm(Map.of()).param("altcha", "bm90IGEgc29sdXRpb24="));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("id=\"altcha-fejl\">[\\s\\S]*Robottjekket kan ikke læses");
    }

    @Test
    void aSignedInReporterReportsByTheNameInTheirToken() throws Exception {
        String userId = "lene-" + UUID.randomUUID();
        String token = TestTokens.as(userId, "reporter", TestTokens.HERNING)
                .claim("organisation", "Lindeskolen")
                .claim("name", "Lene Lærer")
                .sign();

        String form = html(get("/indberetning/ny").header("Authorization", "Bearer " + token));
        assertThat(form).contains("Lene Lærer").contains("Lindeskolen").doesNotContain("<altcha-widget");
        assertThat(form).contains("href=\"tel:112\"");

        MockMultipartHttpServletRequestBuilder request = multipart("/indberetning/ny");
        staffFields().forEach(request::param);
        String receipt = html(request.header("Authorization", "Bearer " + token));
        String code = codeIn(receipt);

        Caller lene = new Caller(userId, Role.REPORTER, "657", Set.of("657"), null, null, "Lindeskolen");
        List<Concern> hers = intake.reportedBy(lene);
        assertThat(hers).hasSize(1);
        assertThat(hers.get(0).reporter().name()).isEqualTo("Lene Lærer");
        assertThat(hers.get(0).reporter().organisation()).isEqualTo("Lindeskolen");
        assertThat(hers.get(0).reporter().anonymous()).isFalse();

        assertThat(html(get("/offentlig/status?kode=" + code)))
                .as("a professional is told that the outcome will be shown")
                .contains("id=\"udfald\"");
        assertThat(html(get("/indberetning/mine").header("Authorization", "Bearer " + token)))
                .contains("id=\"mine\"")
                .contains("Modtaget");
    }

    @Test
    void aSignedInReporterWhoSendsTheFormAgainWithOtherContentGetsTheFormWithANewKeyAndNothingIsStored()
            throws Exception {
        String userId = "lene-" + UUID.randomUUID();
        String token = TestTokens.as(userId, "reporter", TestTokens.HERNING)
                .claim("organisation", "Lindeskolen")
                .claim("name", "Lene Lærer")
                .sign();
        String key = UUID.randomUUID().toString();
        String changed = "Omar " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>(staffFields());
        fields.put("idempotencyKey", key);
        MockMultipartHttpServletRequestBuilder first = multipart("/indberetning/ny");
        fields.forEach(first::param);
        codeIn(html(first.header("Authorization", "Bearer " + token)));

        fields.put("personName", changed);
        MockMultipartHttpServletRequestBuilder again = multipart("/indberetning/ny");
        fields.forEach(again::param);
        MockHttpServletResponse refused = send(again.header("Authorization", "Bearer " + token));

        String page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused.getStatus()).as(page).isEqualTo(422);
        assertThat(page)
                .contains("Formularen var ikke gyldig længere")
                .containsPattern("name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\"")
                .doesNotContain("value=\"" + key + "\"");
        assertThat(RECEIPT_CODE.matcher(page).find())
                .as("no receipt on the page")
                .isFalse();
        assertThat(mongo.count(Query.query(Criteria.where("subject.name").is(changed)), "concerns"))
                .as("nothing stored")
                .isZero();
    }

    @Test
    void theStaffFormIsClosedToOthers() throws Exception {
        assertThat(send(get("/indberetning/ny")).getStatus()).isEqualTo(401);
        MockMultipartHttpServletRequestBuilder anonymous = multipart("/indberetning/ny");
        staffFields().forEach(anonymous::param);
        assertThat(send(anonymous).getStatus()).isEqualTo(401);

        String caseworker = TestTokens.departmentCaseworker("boern-og-forebyggelse");
        MockHttpServletResponse refused = send(get("/indberetning/ny").header("Authorization", "Bearer " + caseworker));
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentType()).isEqualTo("text/html;charset=UTF-8");
        String coordinator = TestTokens.municipalCoordinator();
        assertThat(send(get("/indberetning/mine").header("Authorization", "Bearer " + coordinator))
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(get("/indberetning/ny").header("Authorization", "Bearer " + coordinator))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anUnknownCodeIs404AndAMalformedOne400BothWithTheForm() throws Exception {
        MockHttpServletResponse unknown = send(get("/offentlig/status?kode=0000-0000-0000"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("id=\"kode-fejl\">[\\s\\S]*Vi kan ikke finde")
                .contains("value=\"0000-0000-0000\"");

        MockHttpServletResponse malformed = send(get("/offentlig/status?kode=abc&lang=en"));
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("id=\"kode-fejl\">[\\s\\S]*The code has 12 characters");

        assertThat(send(get("/offentlig/status")).getStatus()).isEqualTo(200);
    }

    @Test
    void theInformationPagesNameTheCoordinatorsFromConfiguration() throws Exception {
        assertThat(html(get("/offentlig")))
                .contains("href=\"/offentlig/bekymring\"")
                .contains("href=\"/offentlig/handlekort\"");
        assertThat(html(get("/offentlig/handlekort")))
                .contains("Lise Kjærgaard")
                .contains("href=\"tel:22256286\"")
                .contains("ikke en tjekliste")
                .contains("Familien er dysfunktionel.");
        assertThat(html(get("/offentlig/vejledning?lang=en")))
                .contains("duty of confidentiality")
                .contains("TWA001@politi.dk");
    }

    @Test
    void aMalformedUploadIsAPageNotAFailure() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offentlig/bekymring"))
                                .header("Content-Type", "multipart/form-data; boundary=grænse")
                                .POST(HttpRequest.BodyPublishers.ofString("--grænse\r\nnot a part at all"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aPageThatDoesNotExistIsThePublicErrorPageWithTheEmergencyNumberAndTheApiAProblem() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/offentlig/findes-ikke?lang=en"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("<h1 id=\"fejl\">Page not found</h1>", "href=\"tel:112\"")
                .doesNotContain("No static resource", "Exception", "Whitelabel", "org.springframework");

        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/findes-ikke"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("There is nothing here.").doesNotContain("No static resource");
    }

    @Test
    void aCitizenWhoAsksGetsTheReceiptCodeByEmailAndNothingAboutTheConcern() throws Exception {
        String secret = "Hemmelig detalje " + UUID.randomUUID();
        String html = html(
                publicForm(Map.of("reporterEmail", "bekymret@example.dk", "receiptByEmail", "true", "account", secret))
                        .param("altcha", solvedChallenge()));
        String code = codeIn(html);
        assertThat(html).contains("id=\"kvittering-mailet\"");

        await().until(() -> Arrays.stream(mail.getReceivedMessages())
                .anyMatch(message -> textOf(message).contains(code)));
        var message = Arrays.stream(mail.getReceivedMessages())
                .filter(received -> textOf(received).contains(code))
                .findFirst()
                .orElseThrow();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("bekymret@example.dk");
        assertThat(message.getSubject()).isEqualTo("Kvittering for din bekymring");
        assertThat(textOf(message))
                .contains("https://infohus.test/offentlig/status")
                .contains("Er der akut fare, så ring 112.")
                .doesNotContain(secret);
    }

    @Test
    void askingForTheReceiptByEmailWithoutAnAddressIsAnErrorNextToTheEmailField() throws Exception {
        MockHttpServletResponse refused =
                send(publicForm(Map.of("receiptByEmail", "true")).param("altcha", solvedChallenge()));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("id=\"reporterEmail-fejl\"[\\s\\S]*Skriv din e-mail");
    }

    private static String textOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> staffFields() {
        return Map.of(
                "municipality", "657",
                "reporterKind", "STAFF",
                "subjectKind", "PERSON",
                "personName", "Ali Jensen",
                "age", "15",
                "account", "Deler voldsforherligende videoer i klassens chat.",
                "idempotencyKey", UUID.randomUUID().toString());
    }

    /** A valid public form, with these fields changed. */
    private static MockMultipartHttpServletRequestBuilder publicForm(Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("municipality", "657");
        fields.put("subjectKind", "PERSON");
        fields.put("personName", "Ali Jensen");
        fields.put("account", "Han viser videoer i frikvarteret.");
        fields.put("idempotencyKey", UUID.randomUUID().toString());
        fields.putAll(changed);
        MockMultipartHttpServletRequestBuilder request = multipart("/offentlig/bekymring");
        fields.forEach(request::param);
        request.param("concernSigns", "udbreder-voldslegitimerende-budskaber");
        return request;
    }

    private String solvedChallenge() {
        return Solutions.payload(proofOfWork.issue());
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = send(request);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getStatus()).as(body).isLessThan(300);
        return body;
    }

    private static String codeIn(String html) {
        Matcher code = RECEIPT_CODE.matcher(html);
        assertThat(code.find()).as("a receipt code in %s", html).isTrue();
        return code.group(1);
    }

    private static String unescape(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
