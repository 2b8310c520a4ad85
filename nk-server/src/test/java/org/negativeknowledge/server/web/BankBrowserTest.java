package org.negativeknowledge.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.ServerFixture;
import org.negativeknowledge.server.ServerSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bank browser in a real headless Chromium (Debian packages chromium and chromium-driver,
 * installed by {@code .ci/install-test-packages.sh}), driven by Selenium against a loopback server:
 * search, open an entry, check the SVG charts rendered with a non-zero size, the recent
 * consultations of every task and the entry's "cited by" experiments, save screenshots under the
 * build directory's {@code screenshots/}. Skipped with a message when Chromium is
 * absent, except under CI (env {@code CI} set), where that is a failure. {@code NK_CHROMIUM} and
 * {@code NK_CHROMEDRIVER} override the binaries' locations.
 */
class BankBrowserTest {
  @TempDir Path dir;
  ServerFixture fx;
  WebDriver driver;
  /** The experiments proposed in the setup: two of task_001 adopting sab-001, then one of {@link #OTHER_TASK}. */
  final List<String> experiments = new java.util.ArrayList<>();
  static final String OTHER_TASK = "task_csv_columns";

  @BeforeEach
  void start() throws Exception {
    Path chromium = Path.of(env("NK_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("NK_CHROMEDRIVER", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    String why = "Chromium or chromedriver missing (" + chromium + ", " + chromedriver
        + "): run .ci/install-test-packages.sh (apt-get install chromium chromium-driver)";
    if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
      assertThat(present).as(why).isTrue();
    }
    Assumptions.assumeTrue(present, "skipped: " + why);

    fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0));
    Path paperBank = Path.of(System.getProperty("nk.shared.dir", "../shared"), "nk-paper", "section4", "banks", "bank_all.jsonl");
    if (Files.isRegularFile(paperBank)) {
      fx.bank.importEntries(List.of(paperBank), ImportOptions.defaults().withDomain("bkdv").withSkipInvalid(true));
    }
    misleadTwice();
    otherTaskConsultation();

    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")), "--window-size=1500,1000");
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1500, 1000));
  }

  /** Two consultations that adopt sab-001 and fail, so the entry is flagged possibly misleading. */
  private void misleadTwice() {
    for (int i = 0; i < 2; i++) {
      var c = fx.ops.consult(NkJson.mapper().valueToTree(Map.of("task", "task_001",
          "context", "sklearn cross_validation train_test_split split the data")));
      for (var s : c.path("surfaced")) {
        String id = s.path("entry_id").asText();
        fx.ops.decide(NkJson.mapper().valueToTree(Map.of("consultation_id", c.path("consultation_id").asText(),
            "entry_id", id, "decision", id.equals("sab-001") ? "adopt" : "reject", "reason", "checked against the task")));
      }
      var p = fx.ops.propose(NkJson.mapper().valueToTree(Map.of("consultation_id", c.path("consultation_id").asText(),
          "method", "sklearn.model_selection.train_test_split with stratify=y, attempt " + (i + 1))));
      experiments.add(p.path("experiment_id").asText());
      fx.ops.finding(NkJson.mapper().valueToTree(Map.of("experiment_id", p.path("experiment_id").asText(), "outcome", "failure")));
    }
  }

  /** A later consultation of another task, so the recent-consultations panel spans tasks. */
  private void otherTaskConsultation() {
    var c = fx.ops.consult(NkJson.mapper().valueToTree(Map.of("task", OTHER_TASK,
        "context", "read the csv columns with pandas before the split")));
    String cid = c.path("consultation_id").asText();
    for (var s : c.path("surfaced")) {
      fx.ops.decide(NkJson.mapper().valueToTree(Map.of("consultation_id", cid,
          "entry_id", s.path("entry_id").asText(), "decision", "reject", "reason", "a different pipeline stage")));
    }
    experiments.add(fx.ops.propose(NkJson.mapper().valueToTree(Map.of("consultation_id", cid,
        "method", "pandas read_csv with explicit dtypes"))).path("experiment_id").asText());
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (fx != null) {
      fx.close();
    }
  }

  @Test
  void searchOpenAnEntryAndSeeTheCharts() throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get(fx.url("/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li.hit")));

    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("cross_validation");
    driver.findElement(By.id("search-btn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li.hit[data-id='sab-001']")));
    assertThat(driver.findElement(By.id("result-count")).getText()).contains("match");

    driver.findElement(By.cssSelector("#results li.hit[data-id='sab-001']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("usefulness")));
    String detail = driver.findElement(By.id("detail")).getText();
    assertThat(detail).contains("sab-001").contains("implementation_failure").contains("train_test_split");
    assertThat(detail).contains("possibly misleading");

    for (String chart : new String[] {"chart-polarity", "chart-facets"}) {
      WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " svg")));
      assertThat(svg.getSize().getWidth()).as(chart).isGreaterThan(0);
      assertThat(svg.getSize().getHeight()).as(chart).isGreaterThan(0);
    }
    assertThat(driver.findElements(By.cssSelector("#chart-facets svg rect"))).isNotEmpty();
    assertThat(driver.findElement(By.id("flagged")).getText()).contains("misled");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#consultations .consult")));

    // Recent consultations span tasks: the newest is another task's than the selected entry's.
    List<WebElement> recent = driver.findElements(By.cssSelector("#consultations .consult"));
    assertThat(recent).hasSizeGreaterThanOrEqualTo(3);
    assertThat(recent.get(0).getAttribute("data-task")).isEqualTo(OTHER_TASK);
    assertThat(recent.get(0).getText()).contains(OTHER_TASK).contains("reject").contains("a different pipeline stage")
        .contains(experiments.get(2)).contains("no finding yet");
    String panel = driver.findElement(By.id("consultations")).getText();
    assertThat(panel).contains("task_001").contains(experiments.get(0)).contains("failure").contains("adopt");

    // Cited by: the live experiments that adopted sab-001, with their outcome.
    WebElement citedBy = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cited-by")));
    assertThat(driver.findElements(By.cssSelector("#cited-by li[data-experiment]"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(citedBy.getText()).contains("cited").contains(experiments.get(0)).contains(experiments.get(1))
        .contains("task_001").contains("failure").contains("checked against the task");
    assertThat(detail).containsIgnoringCase("Cited by").contains("Imported research sessions");

    Path shots = Path.of(System.getProperty("nk.screenshot.dir", "target/screenshots"));
    Files.createDirectories(shots);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = shots.resolve("bank-browser.png");
    Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isGreaterThan(10_000);

    // A second view, scrolled to the entry's "cited by" section beside the consultations panel.
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", citedBy);
    Path ledger = shots.resolve("bank-browser-ledger.png");
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), ledger,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(ledger)).isGreaterThan(10_000);
  }

  private static String env(String name, String dflt) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? dflt : v;
  }
}
