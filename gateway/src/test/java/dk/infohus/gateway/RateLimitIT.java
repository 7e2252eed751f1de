package dk.infohus.gateway;

import static dk.infohus.gateway.TestSessions.from;
import static dk.infohus.gateway.TestSessions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.infohus.gateway.routing.Backend;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The front door's rate limits, with small limits and a clock the test moves: they bite at the right
 * count, each client address and each session has its own buckets, spent requests come back with time, and
 * the 429 answer is a problem for the API and a Danish and English page for pages, with {@code Retry-After}
 * and the security headers. Every test uses addresses of its own, so the tests share no bucket.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // 3 per 10 minutes: one comes back every 200 s; and 5 a day
            "infohus.gateway.rate-limits.submissions-per-address[0].requests=3",
            "infohus.gateway.rate-limits.submissions-per-address[0].per=10m",
            "infohus.gateway.rate-limits.submissions-per-address[1].requests=5",
            "infohus.gateway.rate-limits.submissions-per-address[1].per=1d",
            "infohus.gateway.rate-limits.submissions-per-session[0].requests=2",
            "infohus.gateway.rate-limits.submissions-per-session[0].per=10m",
            "infohus.gateway.rate-limits.receipt-lookups-per-address[0].requests=2",
            "infohus.gateway.rate-limits.receipt-lookups-per-address[0].per=10m",
            "infohus.gateway.rate-limits.challenges-per-address[0].requests=4",
            "infohus.gateway.rate-limits.challenges-per-address[0].per=1m"
        })
@AutoConfigureMockMvc
class RateLimitIT {

    static final StubIdentityProvider IDENTITY_PROVIDER = StubIdentityProvider.start();
    static final Map<Backend, StubService> SERVICES = new EnumMap<>(Backend.class);
    static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    static {
        for (Backend backend : Backend.values()) {
            SERVICES.put(backend, StubService.start(backend.id()));
        }
    }

    @DynamicPropertySource
    static void frontDoorPointsAtTheStubs(DynamicPropertyRegistry registry) {
        registry.add("infohus.identity.issuer", IDENTITY_PROVIDER::issuer);
        SERVICES.forEach((backend, stub) -> registry.add(
                "infohus.gateway.services." + backend.id(), () -> stub.uri().toString()));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {

        @Bean
        SettableClock clock() {
            return new SettableClock(Instant.parse("2026-03-02T08:00:00Z"));
        }
    }

    @AfterAll
    static void stopStubs() {
        SERVICES.values().forEach(StubService::close);
        IDENTITY_PROVIDER.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SettableClock clock;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(StubService::forget);
    }

    StubService intake() {
        return SERVICES.get(Backend.INTAKE);
    }

    /** An address no other test used. */
    static String anAddress() {
        return "192.0.2." + NEXT_ADDRESS.getAndIncrement();
    }

    // --- submitting concerns --------------------------------------------------------------------------

    @Test
    void theFourthConcernFromOneAddressWithinTenMinutesGets429WithAProblem() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        }

        mvc.perform(concern().with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "200"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Too Many Requests"))
                .andExpect(jsonPath("$.detail").value(containsString("112")))
                .andExpect(securityHeaders());

        assertThat(intake().received())
                .as("the refused one never reached intake")
                .hasSize(3);
        mvc.perform(concern().with(from(anAddress()))).andExpect(status().isOk());
    }

    @Test
    void aSpentSubmissionComesBackAfterRetryAfter() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        }
        mvc.perform(concern().with(from(address))).andExpect(status().isTooManyRequests());

        clock.advance(Duration.ofSeconds(199));
        mvc.perform(concern().with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        mvc.perform(concern().with(from(address))).andExpect(status().isTooManyRequests());
    }

    @Test
    void theDailyLimitBitesWhenTheTenMinuteOneHasRecovered() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 2; i++) {
            mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        }

        long retryAfter = Long.parseLong(mvc.perform(concern().with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter)
                .as("the sixth of the day waits for the daily bucket (5 a day: one every 4.8 hours)")
                .isGreaterThan(Duration.ofHours(4).toSeconds())
                .isLessThanOrEqualTo(Duration.ofMinutes(288).toSeconds());
    }

    @Test
    void theFourthFormFromOneAddressGetsAPageInDanishAndEnglish() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(citizensForm().with(from(address))).andExpect(status().isOk());
        }

        String page = mvc.perform(citizensForm().with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "200"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(securityHeaders())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<html lang=\"da\">")
                .contains("For mange forsøg. Prøv igen om 4 minutter. Er der akut fare, så ring 112.")
                .contains("Too many attempts. Try again in 4 minutes. If there is immediate danger, call 112.")
                .doesNotContain("<script");
        assertThat(page.indexOf("For mange forsøg")).as("Danish first").isLessThan(page.indexOf("Too many attempts"));
    }

    @Test
    void theApiAndThePagesShareOneAddressesSubmissions() throws Exception {
        String address = anAddress();
        mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        mvc.perform(citizensForm().with(from(address))).andExpect(status().isOk());
        mvc.perform(staffForm(new MockHttpSession()).with(from(address))).andExpect(status().isOk());

        mvc.perform(concern().with(from(address))).andExpect(status().isTooManyRequests());
        mvc.perform(citizensForm().with(from(address))).andExpect(status().isTooManyRequests());
    }

    @Test
    void aRequestTheFrontDoorRefusesItselfCostsNothing() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/concerns")
                            .with(from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
        }

        for (int i = 0; i < 3; i++) {
            mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        }
    }

    @Test
    void aSignedInSessionHasItsOwnLimitWhateverItsAddress() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(staffForm(session).with(from(anAddress()))).andExpect(status().isOk());
        mvc.perform(staffForm(session).with(from(anAddress()))).andExpect(status().isOk());

        mvc.perform(staffForm(session).with(from(anAddress())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "300"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Prøv igen om 5 minutter")));
        mvc.perform(staffForm(new MockHttpSession()).with(from(anAddress()))).andExpect(status().isOk());
        assertThat(intake().received()).hasSize(3);
    }

    @Test
    void aSessionRefusedDoesNotSpendItsAddresssSubmissions() throws Exception {
        String address = anAddress();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(staffForm(session).with(from(address))).andExpect(status().isOk());
        mvc.perform(staffForm(session).with(from(address))).andExpect(status().isOk());
        mvc.perform(staffForm(session).with(from(address))).andExpect(status().isTooManyRequests());

        // the third of the address's three, though the session was refused once
        mvc.perform(concern().with(from(address))).andExpect(status().isOk());
        mvc.perform(concern().with(from(address))).andExpect(status().isTooManyRequests());
    }

    // --- receipt lookups ------------------------------------------------------------------------------

    @Test
    void receiptLookupsThroughTheApiAndTheStatusPageAreLimitedTogether() throws Exception {
        String address = anAddress();
        mvc.perform(get("/api/receipts/7K3M-Q9TX-2B4R").with(from(address))).andExpect(status().isOk());
        mvc.perform(get("/offentlig/status")
                        .queryParam("kode", "7K3M-Q9TX-2B4R")
                        .with(from(address)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/receipts/7K3M-Q9TX-2B4R").with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "300"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(get("/offentlig/status")
                        .queryParam("kode", "AAAA-BBBB-CCCC")
                        .with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(securityHeaders());

        // the status page without a code looks nothing up
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/offentlig/status").with(from(address))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/receipts/7K3M-Q9TX-2B4R").with(from(anAddress()))).andExpect(status().isOk());
    }

    // --- ALTCHA challenges ----------------------------------------------------------------------------

    @Test
    void challengesAreLimitedPerAddress() throws Exception {
        String address = anAddress();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/offentlig/udfordring").with(from(address))).andExpect(status().isOk());
        }

        mvc.perform(get("/offentlig/udfordring").with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "15"))
                .andExpect(content().string(containsString("Prøv igen om 1 minut.")))
                .andExpect(content().string(containsString("Try again in 1 minute.")));
        mvc.perform(get("/offentlig/udfordring").with(from(anAddress()))).andExpect(status().isOk());
        // other pages are not limited
        mvc.perform(get("/offentlig/vejledning").with(from(address))).andExpect(status().isOk());
    }

    @Test
    void oneIpv6ClientIsItsSlash64() throws Exception {
        int n = NEXT_ADDRESS.getAndIncrement();
        String prefix = "2001:db8:" + Integer.toHexString(n) + ":1:";
        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/offentlig/udfordring").with(from(prefix + i + ":0:0:" + i)))
                    .andExpect(status().isOk());
        }

        mvc.perform(get("/offentlig/udfordring").with(from(prefix + "ffff:0:0:9")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/offentlig/udfordring").with(from("2001:db8:" + Integer.toHexString(n) + ":2::1")))
                .andExpect(status().isOk());
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static MockHttpServletRequestBuilder concern() {
        return post("/api/concerns")
                .cookie(new Cookie("XSRF-TOKEN", "a-token"))
                .header("X-XSRF-TOKEN", "a-token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipality\":\"657\"}");
    }

    private static MockHttpServletRequestBuilder citizensForm() {
        return post("/offentlig/bekymring")
                .queryParam("_csrf", "a-token")
                .cookie(new Cookie("XSRF-TOKEN", "a-token"))
                .contentType(PageRoutesIT.Multipart.CONTENT_TYPE)
                .content(PageRoutesIT.Multipart.withAttachment(100).body());
    }

    private static MockHttpServletRequestBuilder staffForm(MockHttpSession session) {
        return post("/indberetning/ny")
                .session(session)
                .with(signedIn("lene", "reporter", "token-of-lene"))
                .queryParam("_csrf", "a-token")
                .cookie(new Cookie("XSRF-TOKEN", "a-token"))
                .contentType(PageRoutesIT.Multipart.CONTENT_TYPE)
                .content(PageRoutesIT.Multipart.withAttachment(100).body());
    }

    private static ResultMatcher securityHeaders() {
        return result -> {
            header().string("Content-Security-Policy", FrontDoorIT.CONTENT_SECURITY_POLICY)
                    .match(result);
            header().string("X-Content-Type-Options", "nosniff").match(result);
            header().string("Referrer-Policy", "no-referrer").match(result);
            header().string("X-Frame-Options", "DENY").match(result);
        };
    }
}
