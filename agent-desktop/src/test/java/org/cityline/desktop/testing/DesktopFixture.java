package org.cityline.desktop.testing;

import java.util.List;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.routing.DispositionCode;

/**
 * The desktop's services over fakes, a manual clock and a manual scheduler, with a representative
 * ({@code rep}), a specialist ({@code spec}) and a supervisor ({@code sup}), all with the password
 * {@link #PASSWORD}, and the delinquent sample account.
 */
public final class DesktopFixture {

  public static final String PASSWORD = "correct horse battery";

  public static final List<DispositionCode> DISPOSITIONS =
      List.of(
          new DispositionCode("billing-question", "Billing question answered"),
          new DispositionCode("payment-arrangement", "Payment arrangement made"),
          new DispositionCode("disconnect-inquiry", "Disconnect inquiry"),
          new DispositionCode("transfer", "Transferred"));

  public final ManualClock clock = new ManualClock();
  public final ManualScheduler scheduler = new ManualScheduler(clock);
  public final FakeRoutingService routing = new FakeRoutingService(clock, scheduler);
  public final FakeCustomerInformation customers =
      new FakeCustomerInformation().add(SampleCalls.delinquentAccount());
  public final FakeContactHistory history = new FakeContactHistory();
  public final FakeStaffDirectory staff =
      new FakeStaffDirectory()
          .add("rep", "Maria Lopez", Role.REPRESENTATIVE, PASSWORD)
          .add("spec", "Dev Patel", Role.SPECIALIST, PASSWORD)
          .add("sup", "Ann Brooks", Role.SUPERVISOR, PASSWORD)
          .add("adm", "Ada Okafor", Role.ADMINISTRATOR, PASSWORD)
          .add("gone", "Former Rep", Role.REPRESENTATIVE, PASSWORD, false);
  public final RecordingAuditTrail audit = new RecordingAuditTrail();
  public final DesktopServices services =
      new DesktopServices(
          routing,
          customers,
          history,
          staff,
          PasswordVerifier.bcrypt(new PasswordHasher()),
          audit,
          DISPOSITIONS,
          clock,
          scheduler);

  public DesktopFixture() {
    routing
        .withDisplayName("rep", "Maria Lopez")
        .withDisplayName("spec", "Dev Patel")
        .withDisplayName("sup", "Ann Brooks");
  }
}
