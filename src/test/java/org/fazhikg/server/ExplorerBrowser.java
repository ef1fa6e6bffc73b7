package org.fazhikg.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded driver),
 * with a fresh profile, a collector of JavaScript errors and screenshots under target/screenshots/.
 *
 * <pre>
 * try (ExplorerBrowser browser = ExplorerBrowser.start()) {
 *     browser.open("http://127.0.0.1:1234/");
 *     browser.screenshot("home");
 * }
 * </pre>
 */
final class ExplorerBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> errors = new ArrayList<>();

    private ExplorerBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static ExplorerBrowser start() {
        try {
            Path profile = Files.createTempDirectory("explorer-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,1100", "--lang=zh-CN", "--user-data-dir=" + profile);
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            return new ExplorerBrowser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens url, first recording the errors of the page being left. */
    void open(String url) {
        collectErrors();
        driver.get(url);
    }

    /** Waits (up to 20 s) until the page's JavaScript expression is true; fails saying what it waited for. */
    void waitFor(String description, String javascript) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(script("return Boolean(" + javascript + ");"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s for " + description
                        + " at " + driver.getCurrentUrl() + "; JavaScript errors: " + errorsSoFar());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + description, e);
            }
        }
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    long number(String javascript) {
        return ((Number) script("return " + javascript + ";")).longValue();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks a point of element given in its own CSS pixels from its top-left corner. */
    void clickAt(WebElement element, double x, double y) {
        var size = element.getSize();
        new Actions(driver).moveToElement(element, (int) Math.round(x - size.getWidth() / 2.0),
                (int) Math.round(y - size.getHeight() / 2.0)).click().perform();
    }

    /**
     * The JavaScript errors since the last call: console messages at SEVERE level (uncaught
     * exceptions, failed loads) and what the explorer's own error handler recorded.
     */
    List<String> takeErrors() {
        List<String> taken = errorsSoFar();
        errors.clear();
        return taken;
    }

    private List<String> errorsSoFar() {
        collectErrors();
        return List.copyOf(errors);
    }

    private void collectErrors() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(entry.getMessage());
                }
            }
            Object recorded = script("const e = window.__explorerErrors || []; window.__explorerErrors = []; return e;");
            if (recorded instanceof List<?> list) {
                list.forEach(message -> errors.add(String.valueOf(message)));
            }
        } catch (RuntimeException noPageYet) {
            // about:blank before the first page has no explorer to ask.
        }
    }

    /** Saves a screenshot of the whole page (up to 4000 px high) as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000, Math.max(window.getHeight(), height + 100))));
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The profile lives in the temp folder; a leftover is harmless.
        }
    }
}
