package com.shopmate.local;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's Chromium, headless, for the browser tests: each browser a fresh profile in Chinese at a given window size.
 * Without {@code chromium} and {@code chromium-driver} the tests are skipped, unless
 * {@code SHOPMATE_BROWSER_TESTS_REQUIRED} is set (as .ci/run sets it): then they fail.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    private HeadlessChromium() {
    }

    static void requireOrSkip() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("SHOPMATE_BROWSER_TESTS_REQUIRED") != null) {
            throw new IllegalStateException("chromium and chromium-driver are required for the browser tests:"
                    + " apt-get install chromium chromium-driver fonts-noto-cjk");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed: browser test skipped");
        Files.createDirectories(SCREENSHOTS);
    }

    static WebDriver open(Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        return driver;
    }

    // The console and the widget re-render live (server-sent events, a restored history): an element found a moment
    // ago may be gone at the next look, which is worth another look, not a failure.
    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The embedded chat widget's shadow root, once its script has run. */
    static SearchContext widget(WebDriver driver) {
        return waitFor(driver).until(d -> d.findElements(By.id("shopmate-widget")).stream().findFirst()
                .map(host -> host.getShadowRoot()).orElse(null));
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void quit(WebDriver... drivers) {
        for (WebDriver driver : drivers) {
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
