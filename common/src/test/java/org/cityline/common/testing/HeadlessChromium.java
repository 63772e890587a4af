package org.cityline.common.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by chromedriver through Selenium, with the flags this machine
 * needs (no sandbox as root, no background networking on a closed network) and a fresh profile that
 * is deleted on close.
 *
 * <p>Where Chromium or chromedriver is not installed the calling test is skipped, with the command
 * to install them; in CI ({@code CI=true}) it fails instead, so browser tests always run there.
 */
public final class HeadlessChromium implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profile;

  private HeadlessChromium(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether Chromium and chromedriver are installed here. */
  public static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Starts a browser with a window of the given size, or skips the test when there is none (but
   * never in CI).
   */
  public static HeadlessChromium start(int width, int height) {
    return start(width, height, options -> {});
  }

  /** Like {@link #start(int, int)}, with extra options (logging preferences, say). */
  public static HeadlessChromium start(int width, int height, Consumer<ChromeOptions> extra) {
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(
          installed(),
          "Chromium and chromedriver are not installed: apt-get install chromium chromium-driver");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("cityline-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile folder", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
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
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    extra.accept(options);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  /** A browser with a desktop-sized window. */
  public static HeadlessChromium start() {
    return start(1440, 900);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Waits up to {@code timeout} for conditions. */
  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Saves what the page looks like now as a PNG. */
  public Path screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save a screenshot to " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // a leftover temp folder is harmless
      }
    }
  }
}
