package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page in the browser, at a phone's size and a desktop's; collects
 * every violation with where it is and what to fix, so that one run names them all.
 */
final class AxeCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Dimension PHONE = new Dimension(360, 740);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private final WebDriver browser;
    private final List<String> violations = new ArrayList<>();
    private int checked;

    AxeCheck(WebDriver browser) {
        this.browser = browser;
    }

    /** Checks the page now in the browser at both sizes, then leaves the browser at the desktop's size. */
    void check(String page, String lang) {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(size);
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            checked++;
            assertThat(results.getErrorMessage()).as("axe ran on " + page).isNull();
            for (Rule rule : results.getViolations()) {
                StringBuilder text = new StringBuilder()
                        .append(page)
                        .append(" [")
                        .append(lang)
                        .append(", ")
                        .append(size.getWidth())
                        .append('x')
                        .append(size.getHeight())
                        .append("] ")
                        .append(browser.getCurrentUrl())
                        .append("\n  ")
                        .append(rule.getId())
                        .append(" (")
                        .append(rule.getImpact())
                        .append("): ")
                        .append(rule.getHelp())
                        .append(" ")
                        .append(rule.getHelpUrl());
                for (CheckedNode node : rule.getNodes()) {
                    text.append("\n    ")
                            .append(node.getTarget())
                            .append("  ")
                            .append(abbreviate(node.getHtml()))
                            .append("\n      ")
                            .append(abbreviate(String.valueOf(node.getFailureSummary())));
                }
                violations.add(text.toString());
            }
        }
        browser.manage().window().setSize(DESKTOP);
    }

    /** How many page views were checked (each page counts once per size). */
    int checked() {
        return checked;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    String summary() {
        return "axe-core " + WCAG_21_AA + ": " + checked + " page views checked, " + violations.size() + " violations"
                + (violations.isEmpty() ? "" : ":\n" + String.join("\n", violations));
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
