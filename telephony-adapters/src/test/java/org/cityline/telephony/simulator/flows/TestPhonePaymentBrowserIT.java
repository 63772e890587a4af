package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.file.Path;
import java.time.Duration;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.testing.HeadlessChromium;
import org.cityline.telephony.simulator.SimulatedCall;
import org.cityline.telephony.simulator.http.SimulatorApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real IVR on the test phone in a real headless Chromium: a person pays their balance by card
 * with the keypad and the keyboard, hears the confirmation number, and the card number is never on
 * the page; then a Spanish caller and a gas smell waiting for a person, for the screenshots. Runs
 * in CI ({@code CI=true}); skipped where Chromium is not installed otherwise.
 */
class TestPhonePaymentBrowserIT {

  IvrLine line;
  Vertx vertx;
  HttpServer server;
  HeadlessChromium chromium;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    chromium = HeadlessChromium.start(1200, 1000);
    browser = chromium.driver();
    wait = chromium.waiting(Duration.ofSeconds(30));
    line = new IvrLine();
    vertx = Vertx.vertx();
    server =
        vertx
            .createHttpServer()
            .requestHandler(new SimulatorApi(line.network, IvrLine.UTILITY).router(vertx))
            .listen(0, "localhost")
            .await();
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (vertx != null) {
      vertx.close().await();
    }
    if (line != null) {
      line.close();
    }
  }

  @Test
  void aPersonPaysTheirBalanceByCardOnTheTestPhone() {
    dial("(505) 555-0101");
    said("Thank you for calling City Utilities.");
    key('2');
    said("I found your account ending in zero zero one seven.");
    key('2');
    said("To pay the full balance, press 1.");
    key('1');
    said("To pay with a debit or credit card, press 1.");
    key('1');
    said("Enter your card number, then press pound.");
    wait.until(d -> collectingMasked());
    type(SandboxNumbers.VISA + "#");
    said("Enter the card's expiration date");
    type("1228");
    said("Enter the security code");
    type("123#");
    said("Enter the 5-digit billing ZIP code of the card.");
    type("87101");
    said("with the card ending in one one one one. To confirm, press 1.");
    key('1');
    said("is approved. Your confirmation number is");
    chromium.screenshot(Path.of("target", "test-phone-card-payment.png"));

    assertThat(browser.getPageSource())
        .doesNotContain(SandboxNumbers.VISA)
        .doesNotContain(SandboxNumbers.VISA.substring(0, 8));
    Payment payment =
        line.accounts
            .customers()
            .detail(DemoCity.SHOWCASE_ENGLISH.account())
            .orElseThrow()
            .payments()
            .getFirst();
    assertThat(payment.channel()).isEqualTo(PaymentChannel.IVR);
    assertThat(payment.lastFour()).contains("1111");
    said(PaymentFlowTest.spoken(payment.confirmation()));
  }

  @Test
  void aSpanishCallerAndAGasSmellOnTheTestPhone() {
    dial("(505) 555-0102");
    key('1');
    said("Encontré su cuenta que termina en cero cero dos cinco.");
    key('1');
    said("Su saldo es de ciento ochenta dólares con un centavo.");
    chromium.screenshot(Path.of("target", "test-phone-spanish-balance.png"));
    hangUp();

    line.routing.estimateWait(2, Duration.ofMinutes(3));
    dial("(505) 555-0199");
    key('8');
    said("If you smell gas, leave the building now.");
    said("You are number two in line. Your estimated wait is about three minutes.");
    wait.until(d -> state().equals("Waiting for an agent"));
    chromium.screenshot(Path.of("target", "test-phone-gas-waiting.png"));
    assertThat(line.routing.only().priority()).isEqualTo(100);
    assertThat(line.network.recentCalls(1).getFirst().state())
        .isEqualTo(SimulatedCall.State.WAITING);
  }

  private void dial(String from) {
    browser.get("http://localhost:" + server.actualPort() + "/phone");
    browser.findElement(By.id("from")).clear();
    browser.findElement(By.id("from")).sendKeys(from);
    browser.findElement(By.id("call")).click();
  }

  private void hangUp() {
    browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    wait.until(d -> state().equals("Call ended"));
  }

  private void key(char key) {
    browser.findElement(By.cssSelector("[data-key='" + key + "']")).click();
  }

  private void type(String keys) {
    browser.findElement(By.tagName("body")).sendKeys(keys);
  }

  private boolean collectingMasked() {
    return line.network.recentCalls(1).getFirst().collecting().map(c -> c.masked()).orElse(false);
  }

  /** Waits until a line the phone shows contains this text. */
  private void said(String text) {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return [...document.querySelectorAll('#lines li .text')]"
                            + ".some(e => e.textContent.includes(arguments[0]));",
                        text));
  }

  private String state() {
    return browser.findElement(By.id("state")).getDomProperty("textContent");
  }
}
