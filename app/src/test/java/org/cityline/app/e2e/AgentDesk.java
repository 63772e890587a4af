package org.cityline.app.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The agent desktop as an agent uses it, through the element ids its README lists. */
final class AgentDesk extends DesktopPage {

  AgentDesk(WebDriver browser, String baseUrl) {
    super(browser, baseUrl);
  }

  void signIn(String username, String password) {
    signIn(username, password, "agent-state");
  }

  void makeAvailable() {
    visible("available-button").click();
    awaitText("agent-state", "Available");
  }

  /** Waits for the screen pop and answers its text. */
  String awaitScreenPop() {
    visible("screen-pop");
    return text("screen-pop");
  }

  /** The text of an element, read again if push replaced it meanwhile. */
  String text(String id) {
    return wait.until(driver -> driver.findElement(By.id(id)).getText());
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  void awaitText(String id, String words) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), words));
  }

  /** Steps away with a reason, by its label ("Break"). */
  void goAway(String reasonLabel) {
    choose("away-reason", reasonLabel);
    click("away-button");
    awaitText("agent-state", "Away");
  }

  /** Chooses a disposition by its label, writes a note and finishes wrap-up. */
  void wrapUp(String dispositionLabel, String note) {
    choose("disposition", dispositionLabel);
    visible("note").findElement(By.tagName("textarea")).sendKeys(note);
    click("finish-wrapup");
  }

  /** Opens a Vaadin select and chooses the item with this label. */
  private void choose(String selectId, String label) {
    click(selectId);
    WebElement item =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")));
    // The overlay's own scroller may clip the item out of the window; a click event on the item
    // chooses it wherever it is drawn, as a click or a tap would.
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", item);
    awaitText(selectId, label);
  }
}
