package org.cityline.desktop.agent.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.staff.Role;
import org.cityline.common.ContactId;
import org.cityline.desktop.AgentDeskServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.ui.Notices;

/**
 * The account work an agent does for the caller on a line, in folding sections beside the screen
 * pop. Which sections show depends on the ports this node has and on the agent's role; the ports
 * check the role again. After a change the screen pop is reloaded, so the balance and programs
 * shown are the account's as they are now.
 */
public class AccountWork extends Div {

  /** What every form needs to know about the call and who is working on it. */
  record Context(
      String suffix,
      AccountNumber account,
      ContactId contact,
      StaffUser user,
      Clock clock,
      Span result,
      Runnable changed) {

    String actor() {
      return user.username();
    }

    Role role() {
      return user.role();
    }

    void refused(String reason) {
      result.setText(reason);
      result.setClassName("work-result work-refused");
      Notices.refused(reason);
    }

    void told(String what) {
      result.setText(what);
      result.setClassName("work-result work-done");
      Notices.dismissRefusal();
    }

    void done(String what) {
      result.setText(what);
      result.setClassName("work-result work-done");
      Notices.dismissRefusal();
      changed.run();
    }
  }

  /**
   * @param suffix appended to element ids ("" for the first line)
   * @param account the caller's account as shown on the pop
   * @param changed run after a change, to reload the screen pop
   */
  public AccountWork(
      AgentDeskServices ports,
      Clock clock,
      StaffUser user,
      String suffix,
      ContactId contact,
      AccountSummary account,
      Runnable changed) {
    addClassName("account-work");
    setId("account-work" + suffix);
    Span result = new Span();
    result.setId("work-result" + suffix);
    result.addClassName("work-result");
    Context context = new Context(suffix, account.number(), contact, user, clock, result, changed);
    Span title = new Span("Account work");
    title.addClassName("pop-section-title");
    add(title, result);
    result.setClassName("work-result");
    ports
        .payments()
        .ifPresent(p -> section("Take a payment", "pay", suffix, new PaymentForm(p, context)));
    ports
        .notes()
        .ifPresent(n -> section("Add a note", "note", suffix, ChangeForms.note(n, context)));
    ports
        .arrangements()
        .ifPresent(
            a ->
                section(
                    "Arrangement or extension",
                    "arrangement",
                    suffix,
                    ChangeForms.arrangement(a, context)));
    ports
        .accountWork()
        .ifPresent(
            work -> {
              section(
                  "Mailing address", "address", suffix, ChangeForms.mailingAddress(work, context));
              section("Due date", "due-day", suffix, ChangeForms.dueDay(work, context));
              section(
                  "Cancel a program",
                  "programs",
                  suffix,
                  ChangeForms.cancelProgram(work, context, account.programs()));
              Span agreement = new Span();
              agreement.setId("landlord-agreement" + suffix);
              agreement.addClassName("work-landlord");
              addComponentAtIndex(2, agreement);
              section(
                  "Landlord agreement",
                  "landlord",
                  suffix,
                  new LandlordForm(work, context, agreement));
              section("Service order", "order", suffix, ChangeForms.serviceOrder(work, context));
              section("Bill adjustment", "adjust", suffix, ChangeForms.adjustment(work, context));
              section("Deposit", "deposit", suffix, ChangeForms.deposit(work, context));
            });
  }

  private void section(String title, String id, String suffix, Component form) {
    Details details = new Details(title, form);
    details.setId("work-" + id + suffix);
    details.addClassName("work-section");
    add(details);
  }
}
