package org.cityline.app.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page, for attempts that are expected to be refused. */
final class SignInPage extends DesktopPage {

  SignInPage(WebDriver browser, String baseUrl) {
    super(browser, baseUrl);
  }

  /** Tries a user name and password and returns the refusal shown. */
  String attempt(String username, String password) {
    browser.get(baseUrl + "/login");
    visible("username").findElement(By.tagName("input")).sendKeys(username);
    visible("password").findElement(By.tagName("input")).sendKeys(password);
    visible("sign-in").click();
    WebElement error = visible("sign-in-error");
    wait.until(driver -> !error.getText().isBlank());
    return error.getText();
  }
}
