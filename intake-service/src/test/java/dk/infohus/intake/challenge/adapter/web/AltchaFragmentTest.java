package dk.infohus.intake.challenge.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The widget's fragment as a page renders it: its texts, and nothing a strict CSP would block. */
class AltchaFragmentTest {

    private static final SpringTemplateEngine ENGINE = engine();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "da, Jeg er ikke en robot, Bekræfter..., Bekræftet, Bekræftelsen mislykkedes. Prøv igen., Udløbet, JavaScript er slået fra",
        "en, I am not a robot, Verifying..., Verified, Verification failed. Please try again., Expired, JavaScript is turned off"
    })
    void rendersTheWidgetInTheLanguageWithItsChallengeUrlAndField(
            String lang,
            String label,
            String verifying,
            String verified,
            String error,
            String expired,
            String noscript) {
        String html = render(lang);

        assertThat(count(html, "<altcha-widget")).isEqualTo(1);
        String widget = between(html, "<altcha-widget", ">");
        assertThat(widget)
                .contains("challengeurl=\"/offentlig/udfordring\"")
                .contains("name=\"altcha\"")
                .contains("hidefooter")
                .contains("hidelogo");
        JsonNode strings = JsonMapper.builder().build().readTree(attribute(widget, "strings"));
        assertThat(strings.get("label").asString()).isEqualTo(label);
        assertThat(strings.get("verifying").asString()).isEqualTo(verifying);
        assertThat(strings.get("verified").asString()).isEqualTo(verified);
        assertThat(strings.get("error").asString()).isEqualTo(error);
        assertThat(strings.get("expired").asString()).startsWith(expired);
        assertThat(between(html, "<noscript>", "</noscript>")).contains(noscript);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"da", "en"})
    void usesOnlyScriptsAndStylesOfItsOwnOriginThatExist(String lang) {
        String html = render(lang);

        assertThat(html).doesNotContainIgnoringCase(" style=").doesNotContainIgnoringCase("<style");
        Matcher scripts =
                Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> sources = new java.util.ArrayList<>();
        while (scripts.find()) {
            assertThat(scripts.group(2)).as("no inline script").isBlank();
            assertThat(scripts.group(1)).contains("type=\"module\"");
            sources.add(attribute(scripts.group(1), "src"));
        }
        assertThat(sources).containsExactly("/offentlig/assets/altcha/altcha.js", "/offentlig/assets/altcha-status.js");
        assertThat(getClass().getResource("/static/offentlig/assets/altcha-status.js"))
                .isNotNull();
        List<String> stylesheets = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"")
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(stylesheets)
                .containsExactly("/offentlig/assets/altcha/altcha.css", "/offentlig/assets/altcha/infohus-altcha.css");
        for (String asset :
                List.of("altcha.js", "worker.js", "altcha.css", "infohus-altcha.css", "LICENSE.txt", "README.txt")) {
            assertThat(getClass().getResource("/static/offentlig/assets/altcha/" + asset))
                    .as(asset)
                    .isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"da,Bekræftet. Du kan sende formularen.", "en,Confirmed. You can send the form."})
    void aLiveRegionTellsScreenReadersHowTheCheckGoes(String lang, String verified) {
        String html = render(lang);

        String region = between(html, "<p id=\"altcha-status\"", "</p>");
        assertThat(region).contains("role=\"status\"", "aria-live=\"polite\"", "data-verified=\"" + verified + "\"");
        assertThat(between(html, "<altcha-widget", ">")).contains("data-status-id=\"altcha-status\"");
    }

    private static String render(String lang) {
        // as a page includes it
        return ENGINE.process(
                "<form><div th:replace=\"~{fragments/altcha :: altcha('" + lang + "')}\"></div></form>",
                new Context(null, Map.of()));
    }

    private static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        var page = new StringTemplateResolver();
        page.setTemplateMode(TemplateMode.HTML);
        page.setOrder(2);
        var engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver);
        engine.addTemplateResolver(page);
        // links as in a web application at the root context, without a servlet request
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        return engine;
    }

    private static String attribute(String tag, String name) {
        Matcher quoted =
                Pattern.compile("\\s" + name + "=(\"([^\"]*)\"|'([^']*)')").matcher(tag);
        assertThat(quoted.find()).as("%s in %s", name, tag).isTrue();
        return quoted.group(2) != null ? quoted.group(2) : quoted.group(3);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in %s", start, text).isNotNegative();
        return text.substring(from, text.indexOf(end, from + start.length()) + end.length());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
