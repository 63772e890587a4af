package org.cityline.app.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A page of the desktop in a browser: signing in and waiting on elements by id. */
abstract class DesktopPage {

  protected final WebDriver browser;
  protected final String baseUrl;
  protected final WebDriverWait wait;

  DesktopPage(WebDriver browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    // Push re-renders parts of the page: an element found a moment ago may be replaced.
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** Signs in and waits for the element that shows the landing view is there. */
  protected void signIn(String username, String password, String landmarkId) {
    browser.get(baseUrl + "/login");
    visible("username").findElement(By.tagName("input")).sendKeys(username);
    visible("password").findElement(By.tagName("input")).sendKeys(password);
    visible("sign-in").click();
    visible(landmarkId);
  }

  WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }
}
