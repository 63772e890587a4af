package org.cityline.desktop.agent.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.desk.LandlordAgreement;
import org.cityline.accounts.desk.LandlordAgreementRequest;
import org.cityline.common.PhoneNumber;
import org.cityline.desktop.ui.Formats;

/**
 * The landlord agreement of a rental property's account: the one in force with an "End" button
 * (specialists only, checked here and again by the accounts layer), or a form to make one (any
 * agent): the landlord's name and phone. After a change it reads the agreement again and shows the
 * other form, and the one-line summary ({@code line}) follows.
 */
final class LandlordForm extends Div {

  private final AgentAccountWork work;
  private final AccountWork.Context context;
  private final Span line;

  LandlordForm(AgentAccountWork work, AccountWork.Context context, Span line) {
    this.work = work;
    this.context = context;
    this.line = line;
    refresh();
  }

  private void refresh() {
    Optional<LandlordAgreement> agreement = work.landlordAgreement(context.account());
    line.setText(describe(agreement));
    removeAll();
    add(agreement.isPresent() ? end() : make());
  }

  /** What the account view says of the agreement in force, in one line. */
  static String describe(Optional<LandlordAgreement> agreement) {
    return agreement
        .map(
            a ->
                "Landlord agreement with "
                    + a.landlord()
                    + " ("
                    + a.landlordPhone()
                    + ") since "
                    + Formats.date(a.since())
                    + ": service goes back to the landlord between tenants")
        .orElse("No landlord agreement");
  }

  private Div end() {
    Button end =
        ChangeForms.button(
            "End landlord agreement (specialist only)", "landlord-end-button", context);
    end.addClickListener(
        click -> {
          if (!context.role().includes(AgentAccountWork.ENDS_LANDLORD_AGREEMENTS)) {
            context.refused("Only a specialist can end a landlord agreement; escalate the call.");
            return;
          }
          ChangeForms.show(
              work.cancelLandlordAgreement(
                  context.account(),
                  context.role(),
                  Optional.of(context.contact()),
                  context.actor(),
                  ChangeForms.now(context)),
              context);
          refresh();
        });
    Div form = ChangeForms.form();
    form.add(new Span("Ending it means the landlord no longer takes service back."), end);
    return form;
  }

  private Div make() {
    TextField landlord = ChangeForms.text("Landlord", "landlord-name", context);
    landlord.setMaxLength(LandlordAgreementRequest.MAX_NAME);
    TextField phone = ChangeForms.text("Landlord's phone", "landlord-phone", context);
    phone.setMaxLength(20);
    phone.setPlaceholder("505-555-0100");
    Button make = ChangeForms.button("Make landlord agreement", "landlord-make-button", context);
    make.addClickListener(
        click -> {
          String name;
          try {
            name = LandlordAgreementRequest.requireName(landlord.getValue());
          } catch (IllegalArgumentException e) {
            context.refused(e.getMessage());
            return;
          }
          Optional<PhoneNumber> number = PhoneNumber.parse(phone.getValue());
          if (number.isEmpty()) {
            context.refused("Enter the landlord's phone number, such as 505-555-0100.");
            return;
          }
          ChangeForms.show(
              work.enrolLandlordAgreement(
                  new LandlordAgreementRequest(
                      context.account(),
                      name,
                      number.get(),
                      Optional.of(context.contact()),
                      context.actor(),
                      ChangeForms.now(context))),
              context);
          refresh();
        });
    Div form = ChangeForms.form();
    form.add(landlord, phone, make);
    return form;
  }
}
