package dk.infohus.screening.policecheck.adapter;

import static dk.infohus.screening.policecheck.adapter.ScreeningServiceIT.allOf;
import static dk.infohus.screening.policecheck.adapter.ScreeningServiceIT.caseIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.calendar.WorkingDays;
import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.contracts.screening.PoliceCheckObstructed;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Police notes, obstacles, the child's 24 hours, the views and decision, the queue's filters and pages. */
@InfohusServiceTest
class PoliceScreeningIT {

    private static final String OBSTRUCTED = "dk.infohus.screening.police-check-obstructed.v1";
    private static final String REOPENED = "dk.infohus.screening.police-check-reopened.v1";

    /** A child: born 2011. */
    private static final PersonalData ALI = new PersonalData(
            "Ali Jensen", "170511-4321", null, "Bredgade 1, 7400 Herning", "Deler voldsforherligende videoer.");

    /** An adult: born 1990. */
    private static final PersonalData MADS =
            new PersonalData("Mads Holm", "120390-1235", null, null, "Truer kolleger og deler propaganda.");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @Autowired
    EventJson json;

    @Autowired
    PoliceScreening screening;

    TestHttp police;
    TestHttp municipal;

    @BeforeAll
    static void intakeOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.INTAKE_CONCERN);
    }

    @BeforeEach
    void setUp() {
        TestHttp api = TestHttp.at(port);
        police = api.as(TestTokens.policeCoordinator());
        municipal = api.as(TestTokens.municipalCoordinator());
    }

    @Test
    void policeNotesAreReadByPoliceRolesOnlyAndNeverPublished() {
        UUID caseId = open(TestTokens.HERNING, ALI, false, Instant.now(), List.of());

        Response noted = post(police, caseId, "notes", """
                {"kind":"ONGOING_INVESTIGATION","text":"Sigtet i sag 4100-80123-00042-26."}
                """);

        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        JsonNode seenByPolice = police.get("/api/police-checks/" + caseId).json();
        assertThat(seenByPolice.get("notes")).hasSize(1);
        assertThat(seenByPolice.get("notes").get(0).get("kind").asString()).isEqualTo("ONGOING_INVESTIGATION");
        assertThat(seenByPolice.get("notes").get(0).get("officer").asString()).isEqualTo("torben");
        Response seenByMunicipality = municipal.get("/api/police-checks/" + caseId);
        assertThat(seenByMunicipality.json().get("notes").isEmpty()).isTrue();
        assertThat(seenByMunicipality.body()).doesNotContain("4100-80123");
        // on no topic: clearing it publishes the clearance, never a note
        assertThat(post(police, caseId, "clearance", "{}").status()).isEqualTo(200);
        await().until(() -> !TestKafka.readAll(
                        Topics.SCREENING_POLICE_CHECK, r -> caseId.toString().equals(r.key()))
                .isEmpty());
        for (String topic : List.of(Topics.SCREENING_POLICE_CHECK, Topics.SCREENING_INFOHUS_HANDOVER)) {
            assertThat(TestKafka.readAll(topic, r -> caseId.toString().equals(r.key())))
                    .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                            .doesNotContain("4100-80123"));
        }
    }

    @Test
    void aNoteOverItsLimitOrWithoutKindIsRefusedAndNothingChanges() {
        UUID caseId = open(TestTokens.HERNING, ALI, false, Instant.now(), List.of());
        String before = settled(caseId);

        assertBadInput(
                post(police, caseId, "notes", "{\"kind\":\"CRIMINAL_MATTERS\",\"text\":\"" + "x".repeat(2_001) + "\"}"),
                "text");
        assertBadInput(post(police, caseId, "notes", "{\"text\":\"Kendt.\"}"), "kind");
        assertBadInput(post(police, caseId, "notes", "{\"kind\":\"GOSSIP\",\"text\":\"Kendt.\"}"), "kind");
        assertBadInput(post(police, caseId, "notes", "{\"kind\":\"CRIMINAL_MATTERS\",\"text\":\" \"}"), "text");
        assertThat(stored(caseId).toJson()).isEqualTo(before);
    }

    @Test
    void anObstacleNeedsADayNotInThePastAndBringsTheCheckBackOnIt() {
        UUID caseId = open(TestTokens.HERNING, MADS, false, Instant.now(), List.of());
        String before = settled(caseId);
        LocalDate today = LocalDate.now(WorkingDays.COPENHAGEN);

        assertBadInput(post(police, caseId, "obstacle", "{\"reason\":\"ONGOING_INVESTIGATION\"}"), "lookAgainOn");
        assertBadInput(
                post(
                        police,
                        caseId,
                        "obstacle",
                        "{\"reason\":\"ONGOING_INVESTIGATION\",\"lookAgainOn\":\"" + today.minusDays(1) + "\"}"),
                "lookAgainOn");
        assertBadInput(post(police, caseId, "obstacle", "{\"lookAgainOn\":\"" + today + "\"}"), "reason");
        assertThat(stored(caseId).toJson()).isEqualTo(before);

        Response obstructed = post(
                police, caseId, "obstacle", "{\"reason\":\"PENDING_CRIMINAL_CASE\",\"lookAgainOn\":\"" + today + "\"}");

        assertThat(obstructed.status()).as(obstructed.toString()).isEqualTo(200);
        assertThat(obstructed.json().get("state").asString()).isEqualTo("OBSTRUCTED");
        var event = (PoliceCheckObstructed)
                json.read(OBSTRUCTED, awaitEvent(caseId, OBSTRUCTED).value());
        assertThat(event.reason()).isEqualTo("PENDING_CRIMINAL_CASE");
        assertThat(event.lookAgainOn()).isEqualTo(today);
        assertThat(caseIds(allOf(police, "state=OPEN"))).doesNotContain(caseId.toString());
        assertThat(caseIds(allOf(police, "state=OBSTRUCTED"))).contains(caseId.toString());
        // the municipality sees that something prevents Infohus handling, and until when, not what
        JsonNode seen = municipal.get("/api/police-checks/" + caseId).json();
        assertThat(seen.get("obstacle").get("reason").isNull()).isTrue();
        assertThat(seen.get("obstacle").get("lookAgainOn").asString()).isEqualTo(today.toString());
        assertThat(police.get("/api/police-checks/" + caseId)
                        .json()
                        .get("obstacle")
                        .get("reason")
                        .asString())
                .isEqualTo("PENDING_CRIMINAL_CASE");
        // the agenda lists it under its day, which is what the daily look reads
        Document day = mongo.getCollection("lookAgainAgenda")
                .find(new Document("_id", today.toString()))
                .first();
        assertThat(day).isNotNull();
        assertThat(day.getList("checks", String.class)).contains(caseId.toString());

        screening.lookAgain();

        assertThat(police.get("/api/police-checks/" + caseId)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("OPEN");
        awaitEvent(caseId, REOPENED);
        assertThat(caseIds(allOf(police, "state=OPEN"))).contains(caseId.toString());
    }

    @Test
    void theDecisionNeedsBothViewsOrTheOtherCoordinatorsAbsenceAndWhy() {
        UUID caseId = open(TestTokens.HERNING, ALI, false, Instant.now(), List.of());
        assertThat(post(police, caseId, "clearance", "{}").status()).isEqualTo(200);
        String present = "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_FIXED\"";

        assertBadInput(post(municipal, caseId, "decision", present + "}"), "view");
        assertBadInput(post(municipal, caseId, "views", "{\"note\":\"Ja.\"}"), "present");
        assertThat(post(municipal, caseId, "views", "{\"present\":true,\"note\":\"Ja.\"}")
                        .status())
                .isEqualTo(200);
        String before = settled(caseId);
        assertBadInput(post(municipal, caseId, "decision", present + "}"), "absenceReason");
        assertBadInput(
                post(municipal, caseId, "decision", present + ",\"absenceReason\":\"Syg.\"}"), "otherCoordinator");
        assertThat(stored(caseId).toJson()).isEqualTo(before);

        Response decided = post(
                municipal,
                caseId,
                "decision",
                present + ",\"urgent\":true,\"otherCoordinator\":\"torben\",\"absenceReason\":\"Syg; sagen haster.\"}");

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode decision = police.get("/api/police-checks/" + caseId).json().get("decision");
        assertThat(decision.get("absent").asString()).isEqualTo("POLICE");
        assertThat(decision.get("absenceReason").asString()).isEqualTo("Syg; sagen haster.");
        assertThat(decision.get("policeCoordinator").asString()).isEqualTo("torben");
        assertThat(decision.get("municipalCoordinator").asString()).isEqualTo("lise");
        assertThat(decision.get("meeting").asString()).isEqualTo("NEXT_FIXED");
        assertThat(decision.get("urgent").asBoolean()).isTrue();
    }

    @Test
    void ofAConcernThePoliceTookOverTheMunicipalitySeesOnlyThatThePoliceHaveIt() {
        UUID caseId = open(TestTokens.HERNING, ALI, true, Instant.now(), List.of());
        assertThat(post(police, caseId, "take-over", "{\"reason\":\"Akut trussel.\"}")
                        .status())
                .isEqualTo(200);

        Response seen = municipal.get("/api/police-checks/" + caseId);

        assertThat(seen.status()).isEqualTo(200);
        JsonNode check = seen.json();
        assertThat(check.get("state").asString()).isEqualTo("TAKEN_OVER_BY_POLICE");
        assertThat(check.get("onlyThatThePoliceHaveIt").asBoolean()).isTrue();
        assertThat(check.get("subject").isNull()).isTrue();
        assertThat(check.get("takeOver").isNull()).isTrue();
        assertThat(check.get("concernSigns").isEmpty()).isTrue();
        assertThat(seen.body()).doesNotContain("Ali", "170511", "Akut trussel", "voldsforherligende");
        assertThat(police.get("/api/police-checks/" + caseId)
                        .json()
                        .get("subject")
                        .get("name")
                        .asString())
                .isEqualTo("Ali Jensen");
    }

    @Test
    void theTwentyFourHoursOfAChildRunFromIntakesReceiptUntilTheMunicipalCoordinatorAssesses() {
        Instant received = Instant.now().minus(Duration.ofHours(30));
        UUID child = open(TestTokens.HERNING, ALI, false, received, List.of());
        UUID adult = open(TestTokens.HERNING, MADS, false, received, List.of());

        JsonNode deadlines = police.get("/api/police-checks/" + child).json().get("deadlines");
        assertThat(Instant.parse(deadlines.get("childAssessmentDueAt").asString()))
                .isEqualTo(received.plus(Duration.ofHours(24)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(deadlines.get("overdue").asBoolean()).isTrue();
        assertThat(police.get("/api/police-checks/" + adult)
                        .json()
                        .get("deadlines")
                        .get("childAssessmentDueAt")
                        .isNull())
                .isTrue();

        assertThat(post(police, child, "child-assessment", "{\"acuteMeasuresNeeded\":false}")
                        .status())
                .as("the municipal coordinator's alone")
                .isEqualTo(404);
        assertBadInput(
                post(municipal, adult, "child-assessment", "{\"acuteMeasuresNeeded\":false}"), "acuteMeasuresNeeded");
        Response assessed = post(
                municipal, child, "child-assessment", "{\"acuteMeasuresNeeded\":false,\"note\":\"Talt med mor.\"}");

        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        JsonNode after = municipal.get("/api/police-checks/" + child).json();
        assertThat(after.get("deadlines").get("childAssessmentDone").asBoolean())
                .isTrue();
        assertThat(after.get("deadlines").get("overdue").asBoolean())
                .as("30 hours is within the police check's 5 working days")
                .isFalse();
        assertThat(after.get("childAssessment").get("coordinator").asString()).isEqualTo("lise");
    }

    @Test
    void theQueueFiltersAndPagesAcuteFirstThenOverdueThenByDueTime() {
        // Lemvig (665): only this test's checks
        String lemvig = "665";
        Instant now = Instant.now();
        UUID acuteAdult = open(lemvig, MADS, true, now, List.of());
        UUID overdueAdult = open(lemvig, MADS, false, now.minus(Duration.ofDays(20)), List.of());
        UUID child = open(lemvig, ALI, false, now, List.of());
        UUID adult = open(lemvig, MADS, false, now, List.of());

        assertThat(caseIds(allOf(police, "municipality=" + lemvig)))
                .containsExactly(acuteAdult.toString(), overdueAdult.toString(), child.toString(), adult.toString());
        assertThat(caseIds(allOf(police, "municipality=" + lemvig + "&acute=true")))
                .containsExactly(acuteAdult.toString());
        assertThat(caseIds(allOf(police, "municipality=" + lemvig + "&overdue=true")))
                .containsExactly(overdueAdult.toString());
        assertThat(caseIds(allOf(police, "municipality=" + lemvig + "&overdue=false")))
                .containsExactly(acuteAdult.toString(), child.toString(), adult.toString());
        assertThat(caseIds(allOf(police, "municipality=" + lemvig + "&ageGroup=CHILD")))
                .containsExactly(child.toString());
        assertThat(caseIds(allOf(municipal, "municipality=" + lemvig)))
                .as("Herning's coordinator sees no Lemvig check, whatever she asks for")
                .isEmpty();

        Response first = police.get("/api/police-checks?municipality=" + lemvig + "&size=2");
        assertThat(first.json().get("items")).hasSize(2);
        assertThat(first.json().get("hasNext").asBoolean()).isTrue();
        Response second = police.get("/api/police-checks?municipality=" + lemvig + "&size=2&page=1");
        assertThat(caseIds(items(second))).containsExactly(child.toString(), adult.toString());
        assertThat(second.json().get("hasNext").asBoolean()).isFalse();
        JsonNode overdueItem = first.json().get("items").get(1);
        assertThat(overdueItem.get("overdue").asBoolean()).isTrue();
        assertThat(overdueItem.get("ageGroup").asString()).isEqualTo("ADULT");

        assertBadInput(police.get("/api/police-checks?size=101"), "size");
        assertBadInput(police.get("/api/police-checks?size=0"), "size");
        assertBadInput(police.get("/api/police-checks?page=-1"), "page");
        assertThat(police.get("/api/police-checks").json().get("size").asInt()).isEqualTo(25);
    }

    @Test
    void aConcernAboutSomeoneScreenedOutBeforeShowsBothCoordinatorsHowOftenWhenAndWhy() {
        UUID first = open(TestTokens.HERNING, ALI, false, Instant.now().minus(Duration.ofDays(40)), List.of());
        assertThat(post(police, first, "clearance", "{}").status()).isEqualTo(200);
        for (TestHttp coordinator : List.of(police, municipal)) {
            assertThat(post(coordinator, first, "views", "{\"present\":false}").status())
                    .isEqualTo(200);
        }
        assertThat(post(police, first, "decision", """
                        {"outcome":"NOT_PRESENTED","reason":"UNFOUNDED","explanation":"Misforståelse i klassen."}
                        """).status()).isEqualTo(200);
        UUID second = open(TestTokens.HERNING, ALI, false, Instant.now(), List.of(first));

        for (TestHttp coordinator : List.of(police, municipal)) {
            JsonNode check = coordinator.get("/api/police-checks/" + second).json();
            assertThat(check.get("timesScreenedOut").asInt()).isEqualTo(1);
            JsonNode earlier = check.get("history").get(0);
            assertThat(earlier.get("caseId").asString()).isEqualTo(first.toString());
            assertThat(earlier.get("screenedOut").asBoolean()).isTrue();
            assertThat(earlier.get("reason").asString()).isEqualTo("UNFOUNDED");
            assertThat(earlier.get("explanation").asString()).isEqualTo("Misforståelse i klassen.");
            assertThat(earlier.get("decidedAt").isNull()).isFalse();
        }
    }

    @Test
    void theAsyncApiDocumentIsServedToAnyone() {
        Response document = TestHttp.at(port).get("/asyncapi/screening.yaml");

        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/yaml");
        assertThat(document.body())
                .contains("asyncapi: 3.0.0", "screening.police-check.v1", "screening.infohus-handover.v1");
    }

    // --- the pages at /politi, on the shared page layer ------------------------------------------------

    @Test
    void theQueuePageListsTheConcernWithTheStaffHeaderInDanishAndEnglish() throws Exception {
        UUID caseId = open(TestTokens.HERNING, MADS, true, Instant.now(), List.of());

        org.jsoup.nodes.Document danish = page(TestTokens.policeCoordinator(), "/politi?acute=true");
        assertThat(danish.select("html").attr("lang")).isEqualTo("da");
        assertThat(danish.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/web-ui/infohus.css");
        assertThat(danish.select("a.skip-link").attr("href")).isEqualTo("#indhold");
        assertThat(danish.select(".work-nav a[aria-current=page]").attr("href")).isEqualTo("/politi");
        assertThat(danish.select("#koe a").eachAttr("href")).contains("/politi/sager/" + caseId);
        assertThat(danish.select("script")).isEmpty();
        assertThat(danish.select("h1").text()).isNotBlank();

        org.jsoup.nodes.Document english = page(TestTokens.policeCoordinator(), "/politi?acute=true&lang=en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("#koe a").eachAttr("href")).contains("/politi/sager/" + caseId + "?lang=en");
        assertThat(english.select("h1").text()).isNotEqualTo(danish.select("h1").text());
    }

    @Test
    void aNoteWrittenOnThePageIsThePolicesAloneAndNeverOnTheMunicipalCoordinatorsPage() throws Exception {
        UUID caseId = open(TestTokens.HERNING, MADS, false, Instant.now(), List.of());
        org.jsoup.nodes.Document form = page(TestTokens.policeCoordinator(), "/politi/sager/" + caseId + "/notat");
        String submission = form.select("input[name=submission]").val();
        assertThat(submission).isNotBlank();

        java.net.http.HttpResponse<String> sent = send(
                TestTokens.policeCoordinator(),
                "/politi/sager/" + caseId + "/notat",
                "kind=CRIMINAL_MATTERS&text=Kendt+i+sag+4100-80999&submission=" + submission);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(police.get("/api/police-checks/" + caseId).json().get("notes"))
                .hasSize(1);
        assertThat(page(TestTokens.policeCoordinator(), "/politi/sager/" + caseId)
                        .text())
                .contains("4100-80999");
        assertThat(page(TestTokens.municipalCoordinator(), "/politi/sager/" + caseId)
                        .outerHtml())
                .doesNotContain("4100-80999");
    }

    @Test
    void aNoteWithoutTextIsShownBackWithTheErrorNextToTheFieldAndNothingChanges() throws Exception {
        UUID caseId = open(TestTokens.HERNING, MADS, false, Instant.now(), List.of());
        String before = settled(caseId);

        for (String lang : List.of("", "?lang=en")) {
            java.net.http.HttpResponse<String> sent = send(
                    TestTokens.policeCoordinator(),
                    "/politi/sager/" + caseId + "/notat" + lang,
                    "kind=CRIMINAL_MATTERS&text=+&submission=" + UUID.randomUUID());

            assertThat(sent.statusCode()).isEqualTo(400);
            org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(sent.body());
            assertThat(shown.getElementById("fejl-oversigt")).isNotNull();
            assertThat(shown.select("#fejl-oversigt a").eachAttr("href")).contains("#text");
            assertThat(shown.getElementById("text-fejl").text())
                    .contains(lang.isEmpty() ? "Skriv notatet" : "Write the note");
            assertThat(shown.getElementById("text").attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(stored(caseId).toJson()).isEqualTo(before);
    }

    @Test
    void aRedirectWithoutTheReceivingUnitIsShownBackWithEverythingTypedKeptAndNothingChanges() throws Exception {
        UUID caseId = open(TestTokens.HERNING, ALI, false, Instant.now(), List.of());
        assertThat(post(police, caseId, "clearance", "{}").status()).isEqualTo(200);
        assertThat(post(police, caseId, "views", "{\"present\":false}").status())
                .isEqualTo(200);
        assertThat(post(municipal, caseId, "views", "{\"present\":false}").status())
                .isEqualTo(200);
        String before = settled(caseId);

        java.net.http.HttpResponse<String> sent = send(
                TestTokens.municipalCoordinator(),
                "/politi/sager/" + caseId + "/beslutning",
                "outcome=NOT_PRESENTED&reason=REDIRECTED&explanation=Underretning+efter+barnets+lov&receivingUnit="
                        + "&submission=" + UUID.randomUUID());

        assertThat(sent.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document shown = org.jsoup.Jsoup.parse(sent.body());
        assertThat(shown.select("#fejl-oversigt a").eachAttr("href")).containsExactly("#receivingUnit");
        assertThat(shown.getElementById("receivingUnit-fejl").text()).contains("hvilken enhed");
        assertThat(shown.getElementById("explanation").text()).isEqualTo("Underretning efter barnets lov");
        assertThat(shown.getElementById("outcome-NOT_PRESENTED").hasAttr("checked"))
                .isTrue();
        assertThat(shown.getElementById("reason-REDIRECTED").hasAttr("checked")).isTrue();
        assertThat(stored(caseId).toJson()).isEqualTo(before);
    }

    @Test
    void clearingOnThePageMovesTheCheckOnAndASecondClickChangesNothing() throws Exception {
        UUID caseId = open(TestTokens.HERNING, MADS, false, Instant.now(), List.of());
        String body = "note=Intet+til+hinder&submission=" + UUID.randomUUID();

        java.net.http.HttpResponse<String> first =
                send(TestTokens.policeCoordinator(), "/politi/sager/" + caseId + "/afklaring", body);
        java.net.http.HttpResponse<String> second =
                send(TestTokens.policeCoordinator(), "/politi/sager/" + caseId + "/afklaring", body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as("a double click is answered as done").isEqualTo(200);
        assertThat(police.get("/api/police-checks/" + caseId)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("CLEARED");
        await().untilAsserted(() -> assertThat(TestKafka.readAll(
                        Topics.SCREENING_POLICE_CHECK,
                        r -> caseId.toString().equals(r.key())
                                && TestKafka.header(r, "ce_type").orElse("").contains("cleared")))
                .hasSize(1));
    }

    @Test
    void theMunicipalCoordinatorGetsNoPoliceFormAndAnotherMunicipalityNoPage() throws Exception {
        UUID caseId = open(TestTokens.HERNING, MADS, false, Instant.now(), List.of());

        java.net.http.HttpResponse<String> police = send(
                TestTokens.municipalCoordinator(),
                "/politi/sager/" + caseId + "/afklaring",
                "note=&submission=" + UUID.randomUUID());
        assertThat(police.statusCode()).isEqualTo(404);
        assertThat(this.police
                        .get("/api/police-checks/" + caseId)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("OPEN");
        java.net.http.HttpResponse<String> holstebro = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/politi/sager/" + caseId))
                                .header(
                                        "Authorization",
                                        "Bearer " + TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO))
                                .header("Accept", "text/html")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(holstebro.statusCode()).isEqualTo(404);
        assertThat(holstebro.body()).doesNotContain("Mads", "Truer");
    }

    @Test
    void aPoliceCoordinatorAskingForAPageThatDoesNotExistGetsTheStaffErrorPage() throws Exception {
        java.net.http.HttpResponse<String> missing = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/politi/findes/ikke/her"))
                                .header("Authorization", "Bearer " + TestTokens.policeCoordinator())
                                .header("Accept", "text/html")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(org.jsoup.Jsoup.parse(missing.body()).getElementById("fejl").text())
                .isEqualTo("Siden findes ikke");
        assertThat(missing.body()).doesNotContain("No static resource", "Exception", "Whitelabel");
    }

    private org.jsoup.nodes.Document page(String token, String path) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "text/html")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return org.jsoup.Jsoup.parse(response.body());
    }

    private java.net.http.HttpResponse<String> send(String token, String path, String form) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "text/html")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private UUID open(
            String municipality, PersonalData subject, boolean acute, Instant receivedAt, List<UUID> earlier) {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernReceived(
                caseId,
                municipality,
                receivedAt,
                "PERSON",
                "STAFF",
                acute,
                List.of("udbreder-voldslegitimerende-budskaber"),
                subject,
                earlier))));
        await().until(() -> police.get("/api/police-checks/" + caseId).status() == 200);
        return caseId;
    }

    private static List<JsonNode> items(Response queue) {
        List<JsonNode> items = new java.util.ArrayList<>();
        queue.json().get("items").forEach(items::add);
        return items;
    }

    private static Response post(TestHttp caller, UUID caseId, String action, String body) {
        return caller.post("/api/police-checks/" + caseId + "/" + action, body);
    }

    private static void assertBadInput(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .as(response.toString())
                .containsExactly(field);
    }

    private ConsumerRecord<String, byte[]> awaitEvent(UUID caseId, String type) {
        return TestKafka.awaitRecord(
                Topics.SCREENING_POLICE_CHECK,
                r -> caseId.toString().equals(r.key())
                        && TestKafka.header(r, "ce_type").orElse("").equals(type));
    }

    private String settled(UUID caseId) {
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());
        return stored(caseId).toJson();
    }

    private Document stored(UUID caseId) {
        return mongo.getCollection("policeChecks")
                .find(new Document("_id", caseId.toString()))
                .first();
    }
}
