package com.mastertrade.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver ({@code ./mastertrade test} installs both and
 * names them in {@code MT_CHROMIUM} and {@code MT_CHROMEDRIVER}). Each browser has a fresh profile, speaks the
 * language it is given, downloads into its own folder, and saves screenshots to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    static Browser open(String language) {
        try {
            Path profile = Files.createTempDirectory("mt-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getenv().getOrDefault("MT_CHROMIUM", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--hide-scrollbars",
                    // Nothing but this machine: a provider's hosted page fails at once instead of waiting on DNS.
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                    "--lang=" + language,
                    "--user-data-dir=" + profile.resolve("profile"),
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "intl.accept_languages",
                            language,
                            "download.default_directory",
                            downloads.toString(),
                            "download.prompt_for_download",
                            false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            Path.of(System.getenv().getOrDefault("MT_CHROMEDRIVER", "/usr/bin/chromedriver"))
                                    .toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser go(String url) {
        driver.get(url);
        return this;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the next page to replace this one. */
    Browser submit(String css) {
        WebElement old = find("body");
        find(css).click();
        waitUntil(driver -> isGone(old));
        return this;
    }

    /**
     * Whether an element's page has been replaced. Chromium answers a lookup of a node of a page being replaced
     * either "stale element" or, in the middle of the swap, "node does not belong to the document": both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * Saves the page as it looks on a desktop and on a 390-pixel phone, whole height, after checking what a
     * person would see wrong: a key the bundles lack, or a phone page that scrolls sideways.
     */
    void screenshots(String name) {
        org.assertj.core.api.Assertions.assertThat(text())
                .as("%s: untranslated keys", name)
                .doesNotContain("???");
        try {
            Files.createDirectories(SCREENSHOTS);
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                driver.manage().window().setSize(size);
                long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
                driver.manage().window().setSize(new Dimension(size.width, (int)
                        Math.min(4000, Math.max(height, size.height))));
                org.assertj.core.api.Assertions.assertThat(overflowsSideways())
                        .as("%s scrolls sideways at %d px", name, size.width)
                        .isFalse();
                Files.write(
                        SCREENSHOTS.resolve(name + "-" + size.width + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page scrolls sideways: something wider than the window. */
    boolean overflowsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
