package th.localnews.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The running site with one headless Chromium per test class, and screenshots under {@code target/screenshots}. */
public abstract class BrowserSite extends RunningSite {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = HeadlessChromium.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
