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
}
