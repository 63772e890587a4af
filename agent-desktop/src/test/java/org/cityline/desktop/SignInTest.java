package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.staff.Role;
import org.cityline.desktop.testing.DesktopFixture;
import org.junit.jupiter.api.Test;

class SignInTest {

  private final DesktopFixture fixture = new DesktopFixture();
  private final SignIn signIn = fixture.services.signIn();

  @Test
  void theRightPasswordSignsInWithTheRoleAndIsAudited() {
    SignIn.Result result = signIn.attempt("  rep ", DesktopFixture.PASSWORD.toCharArray());

    assertThat(result)
        .isEqualTo(
            new SignIn.Result.SignedIn(new StaffUser("rep", "Maria Lopez", Role.REPRESENTATIVE)));
    AuditEntry entry = fixture.audit.entries().getFirst();
    assertThat(entry.actor()).isEqualTo("rep");
    assertThat(entry.action()).isEqualTo("sign-in");
    assertThat(entry.at()).isEqualTo(fixture.clock.instant());
  }

  @Test
  void everyWrongCombinationReadsTheSame() {
    assertThat(signIn.attempt("rep", "wrong".toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(signIn.attempt("nobody", DesktopFixture.PASSWORD.toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(signIn.attempt("gone", DesktopFixture.PASSWORD.toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::action)
        .containsOnly("sign-in-refused")
        .hasSize(3);
  }

  @Test
  void missingFieldsAskForBothAndAreNotAudited() {
    assertThat(signIn.attempt("", DesktopFixture.PASSWORD.toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.MISSING_CREDENTIALS));
    assertThat(signIn.attempt("rep", new char[0]))
        .isEqualTo(new SignIn.Result.Refused(SignIn.MISSING_CREDENTIALS));
    assertThat(signIn.attempt(null, null))
        .isEqualTo(new SignIn.Result.Refused(SignIn.MISSING_CREDENTIALS));
    assertThat(fixture.audit.entries()).isEmpty();
  }

  @Test
  void malformedNamesAndOverLongPasswordsAreRefusedWithoutEchoingThem() {
    assertThat(signIn.attempt("<script>x</script>", "pw".toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(signIn.attempt("rep", "p".repeat(129).toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(fixture.audit.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.actor()).isEqualTo("unknown");
              assertThat(entry.detail()).doesNotContain("script").doesNotContain("ppp");
            });
  }

  @Test
  void upperCaseAndOverLongNamesAreAnsweredNotCrashed() {
    // User names are lower case: "REP" is rep typed with caps lock; 33 characters is no user name.
    assertThat(signIn.attempt("REP", DesktopFixture.PASSWORD.toCharArray()))
        .isInstanceOf(SignIn.Result.SignedIn.class);
    assertThat(signIn.attempt("Nobody", "wrong".toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(signIn.attempt("a".repeat(33), "wrong".toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
    assertThat(fixture.audit.entries())
        .extracting(entry -> entry.actor())
        .containsExactly("rep", "nobody", "unknown");
  }

  @Test
  void thePasswordIsWipedAfterTheCheck() {
    char[] typed = DesktopFixture.PASSWORD.toCharArray();

    signIn.attempt("rep", typed);

    assertThat(new String(typed)).isEqualTo("\0".repeat(typed.length));
  }
}
