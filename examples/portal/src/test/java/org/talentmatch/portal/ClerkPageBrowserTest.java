package org.talentmatch.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): signs in,
 * publishes a demand, runs a plan, sees it finish, confirms a slot. Without a browser on the machine
 * the test is skipped, unless {@code -Dportal.browser.required=true} (as {@code run-tests.sh} sets it).
 */
class ClerkPageBrowserTest extends PortalTestSupport {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @Test
  void aClerkPublishesADemandRunsAPlanAndConfirmsASlot() throws IOException {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (Boolean.getBoolean("portal.browser.required")) {
      assertThat(present).as("chromium and chromedriver in /usr/bin").isTrue();
    }
    assumeTrue(present, "no chromium/chromedriver in /usr/bin");
    Path profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1400,1100", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
    WebDriver browser = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
      browser.get("http://localhost:" + port + "/");

      browser.findElement(By.id("login-user")).sendKeys("clerk");
      browser.findElement(By.id("login-password")).sendKeys("clerk");
      browser.findElement(By.id("login-button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-status"), "clerk"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demand-table tr[data-demand='D00001']")));

      browser.findElement(By.id("d-id")).sendKeys("D92001");
      browser.findElement(By.id("d-title")).sendKeys("社区全科医学巡诊");
      new Select(browser.findElement(By.id("d-program"))).selectByValue("MEDICAL_PAIRING");
      browser.findElement(By.id("d-unit")).sendKeys("青岛市市南区某街道社区卫生服务中心");
      new Select(browser.findElement(By.id("d-unit-type"))).selectByValue("CLINIC");
      new Select(browser.findElement(By.id("d-region"))).selectByValue("370202");
      browser.findElement(By.id("d-skills")).sendKeys("全科医学");
      browser.findElement(By.id("publish-button")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#demand-table tr[data-demand='D92001']")));

      browser.findElement(By.id("run-plan")).click();
      wait.until(ExpectedConditions.attributeToBe(By.id("plan-status"), "data-status", "SOLVED"));
      By published = By.cssSelector("#plan-table tr[data-demand='D92001']");
      WebElement row = browser.findElement(published);
      assertThat(row.getText()).contains("社区全科医学巡诊");

      row.findElement(By.cssSelector("button.confirm")).click();
      wait.until(ExpectedConditions.attributeToBe(published, "class", "confirmed"));
      assertThat(browser.findElement(published).getText()).contains("已确认");

      ((JavascriptExecutor) browser).executeScript("document.getElementById('planning').scrollIntoView()");
      Path screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(screenshot, Path.of("target", "portal-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }
}
