package org.destalk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless browser: Debian's Chromium driven through its chromedriver (installed by .ci/run),
 * never one downloaded at test time. Flags keep it off the network, which this machine does not allow.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver open() {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1000,1400", "--force-device-scale-factor=1", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(binary("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A click that submits a form returns before the next page is there; finding waits for it.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile)));
        return driver;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a browser profile left in the temp folder holds nothing of anyone
        }
    }

    private static String binary(String environment, String fallback) {
        String configured = System.getenv(environment);
        String path = configured != null && !configured.isBlank() ? configured : fallback;
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: run .ci/run once, or install Debian's chromium and chromium-driver");
        }
        return path;
    }
}
