package org.cityline.desktop.agent.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cityline.accounts.AccountNotes;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Money;
import org.cityline.accounts.NewNote;
import org.cityline.accounts.NoteResult;
import org.cityline.accounts.Program;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.arrangements.ArrangementOutcome;
import org.cityline.accounts.arrangements.ArrangementRequest;
import org.cityline.accounts.arrangements.Arrangements;
import org.cityline.accounts.desk.AccountType;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.desk.BillAdjustmentRequest;
import org.cityline.accounts.desk.DeskChange;
import org.cityline.accounts.desk.MailingAddress;
import org.cityline.accounts.desk.ServiceOrderRequest;
import org.cityline.accounts.staff.Role;
import org.cityline.desktop.AccountInput;
import org.cityline.desktop.PlainText;
import org.cityline.desktop.ui.Formats;

/**
 * The account forms other than payments. Each reads its fields, refuses bad input with a message
 * (changing nothing), then asks its port once and shows what the port answered.
 */
final class ChangeForms {

  static final int MAX_TEXT = 2000;
  static final Money LARGEST_ADJUSTMENT = Money.parse("100000.00");

  private ChangeForms() {}

  static Instant now(AccountWork.Context context) {
    return context.clock().instant();
  }

  private static LocalDate today(AccountWork.Context context) {
    return LocalDate.now(context.clock());
  }

  static Div form() {
    Div form = new Div();
    form.addClassName("account-form");
    return form;
  }

  static Button button(String label, String id, AccountWork.Context context) {
    Button button = new Button(label);
    button.setId(id + context.suffix());
    return button;
  }

  static TextField text(String label, String id, AccountWork.Context context) {
    TextField field = new TextField(label);
    field.setId(id + context.suffix());
    return field;
  }

  private static TextArea area(String label, String id, AccountWork.Context context) {
    TextArea area = new TextArea(label);
    area.setId(id + context.suffix());
    area.setMaxLength(MAX_TEXT);
    area.setWidthFull();
    return area;
  }

  static void show(DeskChange change, AccountWork.Context context) {
    switch (change) {
      case DeskChange.Done done -> context.done(done.what());
      case DeskChange.AwaitingApproval waiting -> context.done(waiting.what());
      case DeskChange.Refused refused -> context.refused(refused.reason());
    }
  }

  /** A note on the account. */
  static Div note(AccountNotes notes, AccountWork.Context context) {
    TextArea text = area("Note", "note-text", context);
    Button add = button("Add note", "note-button", context);
    add.addClickListener(
        click -> {
          Optional<String> problem = PlainText.check("The note", text.getValue(), MAX_TEXT);
          if (problem.isPresent()) {
            context.refused(problem.get());
            return;
          }
          NoteResult result =
              notes.addNote(
                  new NewNote(
                      context.account(),
                      context.actor(),
                      Optional.of(context.contact()),
                      text.getValue(),
                      now(context)));
          switch (result) {
            case NoteResult.Added added -> {
              text.clear();
              context.done("Note added to the account.");
            }
            case NoteResult.UnknownAccount unknown ->
                context.refused("There is no account " + unknown.account() + ".");
          }
        });
    Div form = form();
    form.add(text, add);
    return form;
  }

  /** A payment arrangement (instalments) or an extension (days). */
  static Div arrangement(Arrangements arrangements, AccountWork.Context context) {
    Select<ArrangementKind> kind = new Select<>();
    kind.setLabel("Kind");
    kind.setId("arrangement-kind" + context.suffix());
    kind.setItems(ArrangementKind.values());
    kind.setItemLabelGenerator(
        k -> k == ArrangementKind.EXTENSION ? "Extension (days)" : "Instalments (count)");
    TextField count = text("Days or instalments", "arrangement-count", context);
    Button make = button("Make arrangement", "arrangement-button", context);
    make.addClickListener(
        click -> {
          if (kind.isEmpty()) {
            context.refused("Choose an extension or instalments.");
            return;
          }
          switch (AccountInput.number(
              "The number of days or instalments", count.getValue(), 1, 60)) {
            case AccountInput.Read.Problem<Integer> problem -> context.refused(problem.message());
            case AccountInput.Read.Value<Integer> value -> {
              ArrangementOutcome outcome =
                  arrangements.make(
                      new ArrangementRequest(
                          "agent-" + UUID.randomUUID(),
                          context.account(),
                          kind.getValue(),
                          value.value(),
                          Optional.of(context.contact()),
                          context.actor(),
                          now(context)));
              switch (outcome) {
                case ArrangementOutcome.Made made ->
                    context.done(
                        "Arrangement made"
                            + (made.disconnectCancelled()
                                ? "; the pending disconnect is cancelled."
                                : "."));
                case ArrangementOutcome.NotEligible not ->
                    context.refused("No arrangement: " + not.reason().words() + ".");
                case ArrangementOutcome.Refused refused ->
                    context.refused("No arrangement: " + refused.reason() + ".");
              }
            }
          }
        });
    Div form = form();
    form.add(kind, count, make);
    return form;
  }

  /** Where the customer's mail goes. */
  static Div mailingAddress(AgentAccountWork work, AccountWork.Context context) {
    TextField street = text("Street", "address-street", context);
    TextField unit = text("Unit (optional)", "address-unit", context);
    TextField city = text("City", "address-city", context);
    TextField state = text("State (2 letters)", "address-state", context);
    TextField zip = text("ZIP (5 digits)", "address-zip", context);
    Button change = button("Change mailing address", "address-button", context);
    change.addClickListener(
        click -> {
          for (TextField field : java.util.List.of(street, unit, city)) {
            String typed = field.getValue();
            if (field != unit || !typed.isBlank()) {
              Optional<String> problem = PlainText.check(field.getLabel(), typed, 120);
              if (problem.isPresent()) {
                context.refused(problem.get());
                return;
              }
            }
          }
          if (!state.getValue().strip().matches("[A-Za-z]{2}")) {
            context.refused("The state must be two letters, like NM.");
            return;
          }
          if (!zip.getValue().strip().matches("[0-9]{5}")) {
            context.refused("The ZIP code must be five digits, like 87101.");
            return;
          }
          MailingAddress address;
          try {
            address =
                new MailingAddress(
                    street.getValue(),
                    unit.getValue(),
                    city.getValue(),
                    state.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                    zip.getValue().strip());
          } catch (IllegalArgumentException e) {
            context.refused("The address is not accepted: " + e.getMessage() + ".");
            return;
          }
          show(
              work.changeMailingAddress(
                  context.account(),
                  address,
                  Optional.of(context.contact()),
                  context.actor(),
                  now(context)),
              context);
        });
    Div form = form();
    form.add(street, unit, city, state, zip, change);
    return form;
  }

  /** The day of the month bills fall due. */
  static Div dueDay(AgentAccountWork work, AccountWork.Context context) {
    TextField day = text("Day of the month (1-28)", "due-day", context);
    Button change = button("Change due date", "due-day-button", context);
    change.addClickListener(
        click -> {
          switch (AccountInput.number("The due day", day.getValue(), 1, 28)) {
            case AccountInput.Read.Problem<Integer> problem -> context.refused(problem.message());
            case AccountInput.Read.Value<Integer> value ->
                show(
                    work.changeDueDay(
                        context.account(),
                        value.value(),
                        Optional.of(context.contact()),
                        context.actor(),
                        now(context)),
                    context);
          }
        });
    Div form = form();
    form.add(day, change);
    return form;
  }

  /** Ending a program; SurePay bank drafts only by a specialist. */
  static Div cancelProgram(
      AgentAccountWork work, AccountWork.Context context, Set<Program> enrolled) {
    Select<Program> program = new Select<>();
    program.setLabel("Program");
    program.setId("cancel-program" + context.suffix());
    program.setItems(enrolled.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(enrolled));
    program.setItemLabelGenerator(
        p ->
            Formats.program(p)
                + (AgentAccountWork.cancellingNeedsSpecialist(p) ? " (specialist only)" : ""));
    program.setPlaceholder(enrolled.isEmpty() ? "Not enrolled in any" : "Choose a program");
    Button cancel = button("Cancel program", "cancel-program-button", context);
    cancel.addClickListener(
        click -> {
          if (program.isEmpty()) {
            context.refused("Choose the program to cancel.");
            return;
          }
          Program chosen = program.getValue();
          if (AgentAccountWork.cancellingNeedsSpecialist(chosen)
              && !context.role().includes(Role.SPECIALIST)) {
            context.refused(
                "Only a specialist can cancel " + Formats.program(chosen) + "; escalate the call.");
            return;
          }
          show(
              work.cancelProgram(
                  context.account(),
                  chosen,
                  context.role(),
                  Optional.of(context.contact()),
                  context.actor(),
                  now(context)),
              context);
        });
    Div form = form();
    form.add(program, cancel);
    return form;
  }

  /** A service order for a field crew, with instructions. */
  static Div serviceOrder(AgentAccountWork work, AccountWork.Context context) {
    Select<ServiceOrderType> type = new Select<>();
    type.setLabel("Order");
    type.setId("order-type" + context.suffix());
    type.setItems(
        ServiceOrderType.TURN_ON,
        ServiceOrderType.TURN_OFF,
        ServiceOrderType.METER_REREAD,
        ServiceOrderType.METER_TEST);
    type.setItemLabelGenerator(Formats::title);
    Select<UtilityService> service = new Select<>();
    service.setLabel("Service");
    service.setId("order-service" + context.suffix());
    service.setItems(UtilityService.values());
    service.setItemLabelGenerator(Formats::title);
    TextField date = text("Date (YYYY-MM-DD)", "order-date", context);
    TextArea note = area("Instructions for the crew", "order-note", context);
    Button open = button("Open service order", "order-button", context);
    open.addClickListener(
        click -> {
          if (type.isEmpty() || service.isEmpty()) {
            context.refused("Choose the order and the service.");
            return;
          }
          Optional<String> problem = PlainText.check("The instructions", note.getValue(), MAX_TEXT);
          if (problem.isPresent()) {
            context.refused(problem.get());
            return;
          }
          switch (AccountInput.date("The date", date.getValue(), today(context), 90)) {
            case AccountInput.Read.Problem<LocalDate> bad -> context.refused(bad.message());
            case AccountInput.Read.Value<LocalDate> day ->
                show(
                    work.openServiceOrder(
                        new ServiceOrderRequest(
                            context.account(),
                            type.getValue(),
                            service.getValue(),
                            day.value(),
                            note.getValue(),
                            Optional.of(context.contact()),
                            context.actor(),
                            now(context))),
                    context);
          }
        });
    Div form = form();
    form.add(type, service, date, note, open);
    return form;
  }

  /** A credit to the bill; above the threshold it goes to a supervisor. */
  static Div adjustment(AgentAccountWork work, AccountWork.Context context) {
    TextField amount =
        text(
            "Credit ($; above $" + work.approvalThreshold() + " needs approval)",
            "adjust-amount",
            context);
    TextArea reason = area("Reason", "adjust-reason", context);
    Button adjust = button("Adjust bill", "adjust-button", context);
    adjust.addClickListener(
        click -> {
          Optional<String> problem = PlainText.check("The reason", reason.getValue(), MAX_TEXT);
          switch (AccountInput.amount(
              "The credit", amount.getValue(), Money.ofCents(1), LARGEST_ADJUSTMENT)) {
            case AccountInput.Read.Problem<Money> bad -> context.refused(bad.message());
            case AccountInput.Read.Value<Money> credit -> {
              if (problem.isPresent()) {
                context.refused(problem.get());
                return;
              }
              show(
                  work.adjustBill(
                      new BillAdjustmentRequest(
                          context.account(),
                          credit.value(),
                          reason.getValue(),
                          Optional.of(context.contact()),
                          context.actor(),
                          now(context))),
                  context);
              amount.clear();
              reason.clear();
            }
          }
        });
    Div form = form();
    form.add(amount, reason, adjust);
    return form;
  }

  /** A deposit quote from the credit history and the account type. */
  static Div deposit(AgentAccountWork work, AccountWork.Context context) {
    Select<AccountType> type = new Select<>();
    type.setLabel("Account type");
    type.setId("deposit-type" + context.suffix());
    type.setItems(AccountType.values());
    type.setItemLabelGenerator(Formats::title);
    Button quote = button("Calculate deposit", "deposit-button", context);
    quote.addClickListener(
        click -> {
          if (type.isEmpty()) {
            context.refused("Choose residential or commercial.");
            return;
          }
          var deposit = work.deposit(context.account(), type.getValue());
          context.told("Deposit $" + deposit.amount() + " (" + deposit.basis() + ").");
        });
    Div form = form();
    form.add(type, quote);
    return form;
  }
}
