package org.nianbao.audit.render.browser;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium (Debian's chromium and chromium-driver packages) for a test class. The flags keep it
 * off the network it would otherwise wait for here (component updates, sync, QUIC, first-run pings), and a
 * fresh profile folder keeps runs independent. Where either program is missing the tests are skipped with
 * the command that installs them; .ci/run installs them, so CI always runs the tests.
 */
final class Chromium implements AutoCloseable {
    static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";
    private static final List<String> BROWSERS = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the calling test class when it is not installed. */
    static Chromium start() throws IOException {
        String browser = find("CHROMIUM_BIN", BROWSERS);
        String driverPath = find("CHROMEDRIVER_BIN", DRIVERS);
        if (browser == null || driverPath == null) {
            abort("Browser tests skipped: " + (browser == null ? "no Chromium" : "no chromedriver")
                    + " found (looked at $CHROMIUM_BIN/$CHROMEDRIVER_BIN, " + BROWSERS + ", " + DRIVERS + "). Install: " + INSTALL);
        }
        Path profile = Files.createTempDirectory("nianbao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // the driver is given explicitly, so Selenium Manager never looks for one on the network
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return new Chromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Lays the page out for a window {@code width} CSS pixels wide (device scale 1), as a desktop browser would. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Opens a file and returns what the page logged to the console at level error since the last call. */
    List<String> open(Path file) {
        driver.get(file.toUri().toString());
        return consoleErrors();
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    private static String find(String env, List<String> candidates) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank() && Files.isExecutable(Path.of(given))) {
            return given;
        }
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
