package dk.infohus.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page layer in an application of its own, as a service uses it: the shared layout rendered with the
 * service's words over the base words, Danish first and English on {@code lang=en}, the staff header with
 * the signed-in person, and {@code page} in every view's model.
 */
@SpringBootTest(classes = PageLayerIT.TestService.class)
@AutoConfigureMockMvc
class PageLayerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ErrorPages errorPages;

    /** MockMvc runs in the test's thread: the security context the test sets is the request's. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageIsDanishWithTheServicesWordsOverTheBaseWords() throws Exception {
        String html = html(get("/test"));

        assertThat(html)
                .contains("<html lang=\"da\">")
                .contains("<title>Prøveside – Prøvetjenesten</title>")
                .contains("Gå til indholdet")
                .contains("<link rel=\"stylesheet\" href=\"/web-ui/infohus.css\">")
                .contains("hreflang=\"en\"")
                .contains("href=\"/test?lang=en\"");
    }

    @Test
    void langEnMakesItEnglishAndEveryLinkKeepsTheLanguage() throws Exception {
        String html = html(get("/test").queryParam("lang", "en"));

        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains("<title>Test page – The test service</title>")
                .contains("Skip to content")
                .contains(">Dansk</a>")
                .contains("href=\"/test\"")
                .doesNotContain("Gå til indholdet");
    }

    @Test
    void anyOtherLanguageIsDanish() throws Exception {
        assertThat(html(get("/test").queryParam("lang", "de").header("Accept-Language", "en")))
                .contains("<html lang=\"da\">");
    }

    @Test
    void theStaffHeaderNamesTheSignedInPersonAndTheirRoleAndLinksTheirWork() throws Exception {
        signIn("Torben Thy Wadsbach", "police-coordinator");

        String html = html(get("/test"));

        assertThat(html)
                .contains("<strong>Torben Thy Wadsbach</strong>")
                .contains("polititovholder")
                .contains("aria-label=\"Dit arbejde\"")
                .contains("href=\"/\"")
                .contains("href=\"/indberetning/ny\"");
    }

    @Test
    void theNavigationMarksTheCurrentPage() throws Exception {
        signIn("Lene Holm", "reporter");

        String html = html(get("/indberetning/mine"));

        assertThat(html).containsPattern("href=\"/indberetning/mine\"\\s+aria-current=\"page\"");
        assertThat(html).doesNotContainPattern("href=\"/\"\\s+aria-current");
    }

    @Test
    void signOutIsAFormWithTheFrontDoorsTokenAndAbsentWithoutIt() throws Exception {
        signIn("Lene Holm", "reporter");

        assertThat(html(get("/test").header(PageContext.FORM_TOKEN_HEADER, "t0k/en+=")))
                .contains("action=\"/logout?_csrf=t0k%2Fen%2B%3D\"")
                .contains("action=\"/test?_csrf=t0k%2Fen%2B%3D\"")
                .contains("Log ud");
        assertThat(html(get("/test"))).doesNotContain("/logout");
    }

    @Test
    void withoutSignInThereIsNoPersonAndNoWorkNavigation() throws Exception {
        assertThat(html(get("/test"))).doesNotContain("signed-in-person").doesNotContain("work-nav");
    }

    @Test
    void aFormsErrorsAreSummarisedInTheFieldsOrderAndShownAtTheField() throws Exception {
        String html = html(get("/test-with-errors"));

        assertThat(html).contains("Der er noget, der skal rettes");
        assertThat(html.indexOf("href=\"#note\"")).isLessThan(html.indexOf("href=\"#fejl-oversigt\""));
        assertThat(html)
                .contains("id=\"note-fejl\"")
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"note-fejl\"");
        // what was typed is shown again, as text
        assertThat(html).contains("value=\"Skrevet før\"").contains(">Hvad der skete &lt;b&gt;</textarea>");
    }

    @Test
    void anErrorPageIsAPageInThePagesLanguage() throws Exception {
        String html = mvc.perform(get("/broken").queryParam("lang", "en"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("<h1 id=\"fejl\">Page not found</h1>").contains("<html lang=\"en\">");
    }

    @Test
    void theErrorDispatchGetsTheStaffErrorPageForThePageThatFailedWithItsClasssWordsWhereTheStatusHasNone() {
        var failed = new org.springframework.mock.web.MockHttpServletRequest("GET", "/error");
        failed.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/indberetning/mine");
        failed.setAttribute("jakarta.servlet.error.query_string", "lang=en");
        failed.setParameter("lang", "en");

        ModelAndView page = errorPages.resolveErrorView(failed, HttpStatus.METHOD_NOT_ALLOWED, Map.of());

        assertThat(page.getViewName()).isEqualTo(ErrorPage.VIEW);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(page.getModel()).containsEntry("status", 400);
        PageContext context = (PageContext) page.getModel().get(PageContextInterceptor.ATTRIBUTE);
        assertThat(context.english()).isTrue();
        assertThat(context.path()).isEqualTo("/indberetning/mine");
        assertThat(context.switchHref()).isEqualTo("/indberetning/mine");
        assertThat(errorPages
                        .resolveErrorView(failed, HttpStatus.NOT_FOUND, Map.of())
                        .getModel())
                .containsEntry("status", 404);
    }

    @Test
    void aRedirectAndAnApiAnswerGetNoPageContext() throws Exception {
        mvc.perform(get("/elsewhere").queryParam("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/test"));
        assertThat(html(get("/api/thing"))).isEqualTo("thing");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static void signIn(String name, String role) {
        Jwt token = new Jwt(
                "token",
                Instant.parse("2026-12-07T10:00:00Z"),
                Instant.parse("2026-12-07T11:00:00Z"),
                Map.of("alg", "none"),
                Map.of("sub", "someone", "name", name, "role", role));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token, List.of()));
    }

    @SpringBootApplication
    static class TestService {

        @Controller
        static class Pages {

            @GetMapping({"/test", "/indberetning/mine"})
            String page(Model model) {
                model.addAttribute("errors", new FormErrors());
                model.addAttribute("form", Map.of("note", "", "story", ""));
                return "test-page";
            }

            @GetMapping("/test-with-errors")
            String withErrors(Model model) {
                FormErrors errors = new FormErrors(List.of("note", "form"));
                errors.add("form", "Formularen kunne ikke modtages.");
                errors.add("note", "Skriv en note.");
                model.addAttribute("errors", errors);
                model.addAttribute("form", Map.of("note", "Skrevet før", "story", "Hvad der skete <b>"));
                return "test-page";
            }

            @GetMapping("/broken")
            ModelAndView broken(jakarta.servlet.http.HttpServletRequest request) {
                return ErrorPage.of(request, HttpStatus.NOT_FOUND);
            }

            @GetMapping("/elsewhere")
            String elsewhere() {
                return "redirect:/test";
            }

            @GetMapping("/api/thing")
            @ResponseBody
            String thing() {
                return "thing";
            }
        }
    }
}
