package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.cityline.accounts.AuditEntry;
import org.cityline.desktop.testing.DesktopFixture;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

  private final DesktopFixture fixture = new DesktopFixture();
  private final SignInLockout.Policy policy =
      new SignInLockout.Policy(3, Duration.ofMinutes(10), Duration.ofMinutes(15));
  private final DesktopServices services =
      fixture.services.withConsole(
          new ConsoleServices(
              new SignInLockout(policy, fixture.clock),
              new TemporaryLeads(fixture.clock),
              Duration.ofHours(12),
              java.util.Optional.empty(),
              AnnouncementDesk.none(),
              org.cityline.routing.IntervalStore.NONE));

  private SignIn.Result attempt(String user, String password) {
    return services.signIn().attempt(user, password.toCharArray());
  }

  private String lockedMessage() {
    return SignIn.lockedMessage(
        fixture.clock.instant().plus(Duration.ofMinutes(15)), fixture.clock.getZone());
  }

  @Test
  void theThirdFailureLocksAndEvenTheRightPasswordIsRefusedUntilTheLockEnds() {
    attempt("rep", "wrong one");
    attempt("rep", "wrong two");
    String message = lockedMessage();

    assertThat(attempt("rep", "wrong three")).isEqualTo(new SignIn.Result.Refused(message));
    assertThat(attempt("rep", DesktopFixture.PASSWORD))
        .isEqualTo(new SignIn.Result.Refused(message));
    assertThat(message).contains("Too many failed sign-ins").contains("Try again after");

    fixture.clock.advance(Duration.ofMinutes(15));

    assertThat(attempt("rep", DesktopFixture.PASSWORD)).isInstanceOf(SignIn.Result.SignedIn.class);
  }

  @Test
  void everyAttemptIsAuditedIncludingTheLockAndTheRefusalsWhileLocked() {
    attempt("rep", "wrong one");
    attempt("rep", "wrong two");
    attempt("rep", "wrong three");
    attempt("rep", DesktopFixture.PASSWORD);

    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::action)
        .containsExactly(
            "sign-in-refused",
            "sign-in-refused",
            "sign-in-refused",
            "sign-in-locked",
            "sign-in-locked");
    assertThat(fixture.audit.entries()).allSatisfy(e -> assertThat(e.actor()).isEqualTo("rep"));
    assertThat(fixture.audit.entries().get(3).detail()).contains("after 3 failed sign-ins");
  }

  @Test
  void failuresOutsideTheWindowDoNotCount() {
    attempt("rep", "wrong one");
    attempt("rep", "wrong two");
    fixture.clock.advance(Duration.ofMinutes(11));

    assertThat(attempt("rep", "wrong three"))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
  }

  @Test
  void aSuccessForgetsEarlierFailures() {
    attempt("rep", "wrong one");
    attempt("rep", "wrong two");
    assertThat(attempt("rep", DesktopFixture.PASSWORD)).isInstanceOf(SignIn.Result.SignedIn.class);

    assertThat(attempt("rep", "wrong again"))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
  }

  @Test
  void unknownNamesLockLikeKnownOnesSoTheLockTellsNothing() {
    attempt("nobody", "x1");
    attempt("nobody", "x2");

    assertThat(attempt("nobody", "x3")).isEqualTo(new SignIn.Result.Refused(lockedMessage()));
  }

  @Test
  void oneUsersLockDoesNotLockAnother() {
    attempt("rep", "w1");
    attempt("rep", "w2");
    attempt("rep", "w3");

    assertThat(attempt("spec", DesktopFixture.PASSWORD)).isInstanceOf(SignIn.Result.SignedIn.class);
  }

  @Test
  void aPolicyOutOfRangeIsRefused() {
    assertThatThrownBy(
            () -> new SignInLockout.Policy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
        .hasMessageContaining("1 to 100 failures");
    assertThatThrownBy(() -> new SignInLockout.Policy(3, Duration.ZERO, Duration.ofMinutes(1)))
        .hasMessageContaining("window");
  }
}
