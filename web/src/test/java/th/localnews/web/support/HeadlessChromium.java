package th.localnews.web.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver, never a downloaded browser: both paths are given to Selenium, so
 * Selenium Manager has nothing to look up. Missing binaries fail the test with the packages to install.
 */
public final class HeadlessChromium {

    private static final String PACKAGES = "apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {
    }

    public static ChromeDriver start() throws IOException {
        Path driver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        Path browser = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(driver) || !Files.isExecutable(browser)) {
            fail("Browser tests need Debian's chromium and chromedriver at %s and %s: run `%s`", browser, driver,
                    PACKAGES);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.toString());
        Path profile = Files.createTempDirectory("localnews-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=th-TH", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
