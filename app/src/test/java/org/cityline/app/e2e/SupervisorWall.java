package org.cityline.app.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The supervisor's live view, read through its element ids. */
final class SupervisorWall {

  private final WebDriver browser;
  private final String baseUrl;
  private final WebDriverWait wait;

  SupervisorWall(WebDriver browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  void signIn(String username, String password) {
    browser.get(baseUrl + "/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#username input")))
        .sendKeys(username);
    browser.findElement(By.cssSelector("#password input")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-board")));
  }

  /** Waits until a queue's tile shows this many waiting callers (pushed, never reloaded). */
  void awaitWaiting(String queue, int waiting) {
    wait.until(
        driver ->
            driver
                .findElement(By.id("queue-" + queue + "-waiting"))
                .getText()
                .strip()
                .equals(Integer.toString(waiting)));
  }

  /**
   * Waits until the agents grid shows the agent and a state chip with this text ("On call", "Away ·
   * Break"); with one agent signed in, that chip is theirs.
   */
  void awaitAgent(String name, String state) {
    wait.until(
        driver -> {
          List<String> cells =
              driver.findElements(By.cssSelector("#agent-grid vaadin-grid-cell-content")).stream()
                  .map(cell -> cell.getText().strip())
                  .toList();
          return cells.contains(name) && cells.contains(state);
        });
  }
}
