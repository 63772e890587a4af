package org.cityline.app.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The supervisor's live view, read through its element ids. */
final class SupervisorWall extends DesktopPage {

  SupervisorWall(WebDriver browser, String baseUrl) {
    super(browser, baseUrl);
  }

  void signIn(String username, String password) {
    signIn(username, password, "queue-board");
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

  /** A queue's figure as shown ("queue-billing-" + key), e.g. "answered" reads "3 / 4". */
  String figure(String queue, String key) {
    return browser.findElement(By.id("queue-" + queue + "-" + key)).getText().strip();
  }

  /** How many contacts the queue's tile says were answered today. */
  int answered(String queue) {
    wait.until(driver -> !figure(queue, "answered").isEmpty());
    return Integer.parseInt(figure(queue, "answered").split(" / ")[0]);
  }

  /** Waits until the queue's tile shows this many answered today (pushed, never reloaded). */
  void awaitAnswered(String queue, int answered) {
    wait.until(driver -> answered(queue) == answered);
  }

  /** Waits until a figure no longer reads as empty ("—"). */
  void awaitFigureShown(String queue, String key) {
    wait.until(driver -> !figure(queue, key).isEmpty() && !figure(queue, key).startsWith("—"));
  }
}
