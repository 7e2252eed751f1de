package dk.infohus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), which
 * {@code ./infohus test} installs. Selenium is pointed at them, so it never downloads a browser.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {}

    /**
     * Waits until the page whose {@code html} element this was has been replaced by the next one. Like Selenium's
     * {@code stalenessOf}, but Chromium sometimes answers a question about the old page's element with "Node with
     * given id does not belong to the document" instead of a stale-element error while the next page loads:
     * that too means the old page is gone.
     */
    static void awaitNextPage(WebDriver browser, org.openqa.selenium.WebElement oldPage, java.time.Duration wait) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, wait).until(driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException answered) {
                String message = String.valueOf(answered.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw answered;
            }
        });
    }

    static WebDriver headlessChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "The browser test needs Debian's chromium and chromium-driver: ./infohus test installs them"
                            + " (apt-get install chromium chromium-driver)");
        }
        try {
            Path profile = Files.createTempDirectory("infohus-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--window-size=1280,900",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
