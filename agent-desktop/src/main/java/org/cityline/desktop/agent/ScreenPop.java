package org.cityline.desktop.agent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.ContactRecord;
import org.cityline.desktop.ui.Formats;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.TrailStep;

/**
 * The screen pop: who is calling and whether the IVR verified them, what they did in the IVR and
 * why they want a person, and where their account stands, so the agent knows before saying hello.
 * Everything is set as text; nothing a caller or a system entered is rendered as HTML.
 */
public class ScreenPop extends Div {

  private final ZoneId zone;
  private final String suffix;
  private final Div caller = new Div();
  private final Div account = new Div();
  private final Div trail = new Div();
  private final Div history = new Div();

  /**
   * @param zone the zone times are shown in
   * @param suffix appended to element ids, to tell several lines apart ("" for the first)
   */
  public ScreenPop(ZoneId zone, String suffix) {
    this.zone = zone;
    this.suffix = suffix;
    setId("screen-pop" + suffix);
    addClassName("screen-pop");
    caller.addClassName("pop-caller");
    account.addClassName("pop-account");
    account.setId("account-summary" + suffix);
    trail.addClassName("pop-trail");
    history.addClassName("pop-history");
    Div side = new Div(trail, history);
    side.addClassName("pop-side");
    Div body = new Div(account, side);
    body.addClassName("pop-body");
    add(caller, body);
  }

  /** Shows a contact and what the customer information system knows of its account. */
  public void show(ScreenPopData data) {
    showCaller(data.contact());
    showAccount(data.contact(), data.account());
    showTrail(data.contact());
    showHistory(data.recentContacts());
  }

  private void showCaller(ContactSnapshot contact) {
    caller.removeAll();
    Span number =
        text(
            "caller-number",
            contact.caller().map(Object::toString).orElse("Number withheld"),
            "pop-caller-number");
    Span verified =
        contact.verified()
            ? text("caller-verified", "Verified by the IVR", "flag flag-ok")
            : text("caller-verified", "NOT VERIFIED · verify identity first", "flag flag-alert");
    Span language =
        text("caller-language", Formats.language(contact.language()), "flag flag-neutral");
    Span queue = text("caller-queue", "Queue: " + contact.queue(), "pop-caller-detail");
    Span arrived =
        text(
            "caller-arrived",
            "Called at " + Formats.time(contact.arrivedAt(), zone),
            "pop-caller-detail");
    Div flags = new Div(number, verified, language, queue, arrived);
    contact
        .callbackNumber()
        .ifPresent(
            callback ->
                flags.addComponentAtIndex(
                    1, text("caller-callback", "Callback to " + callback, "flag flag-callback")));
    Div reason = new Div();
    reason.addClassName("pop-reason");
    reason.add(new Span("Why they called: "), text("call-reason", contact.reason(), "strong"));
    caller.add(flags, reason);
    if (!contact.notes().isEmpty()) {
      caller.add(notes(contact.notes()));
    }
  }

  /** Notes from the agents who transferred or escalated the call, oldest first. */
  private Div notes(List<ContactNote> notes) {
    Div list = new Div();
    list.setId("transfer-notes" + suffix);
    list.addClassName("pop-notes");
    list.add(text(null, "Notes from colleagues", "pop-section-title"));
    for (ContactNote note : notes) {
      Div item =
          new Div(
              text(null, Formats.time(note.at(), zone) + " · " + note.author(), "pop-note-meta"),
              text(null, note.text(), "pop-note-text"));
      item.addClassName("pop-note");
      list.add(item);
    }
    return list;
  }

  private void showAccount(ContactSnapshot contact, Optional<AccountSummary> summary) {
    account.removeAll();
    if (summary.isEmpty()) {
      String message =
          contact
              .account()
              .map(number -> "Account " + number + " was not found in customer information.")
              .orElse("The IVR did not identify this caller: ask for the account number.");
      account.add(text("account-missing", message, "pop-missing"));
      return;
    }
    AccountSummary a = summary.get();
    H3 name = new H3(a.customerName());
    name.setId("caller-name" + suffix);
    name.addClassName("pop-name");
    Div heading =
        new Div(
            name,
            text("account-number", "Account " + a.number(), "pop-account-number"),
            text("service-address", a.serviceAddress().oneLine(), "pop-address"));
    heading.addClassName("pop-heading");
    account.add(heading);
    if (a.status() != AccountStatus.ACTIVE) {
      account.add(text("account-status", "Account " + Formats.title(a.status()), "pop-alert-line"));
    }
    a.pendingDisconnect()
        .ifPresent(
            date ->
                account.add(
                    text(
                        "pending-disconnect",
                        "Disconnect for non-payment scheduled " + Formats.date(date),
                        "pop-alert-line")));
    Div figures = new Div();
    figures.addClassName("pop-figures");
    figures.add(
        figure("Balance", "balance", Formats.money(a.balance()), a.pastDue().isPositive()),
        figure("Past due", "past-due", Formats.money(a.pastDue()), a.pastDue().isPositive()),
        figure(
            "Due date", "due-date", a.dueDate().map(Formats::date).orElse("Nothing billed"), false),
        figure(
            "Last payment",
            "last-payment",
            a.lastPayment()
                .map(p -> Formats.money(p.amount()) + " on " + Formats.date(p.date()))
                .orElse("None on record"),
            false));
    account.add(figures);
    account.add(
        detail(
            "Services",
            "services",
            a.services().stream().map(Formats::title).sorted().collect(Collectors.joining(", "))),
        detail(
            "Programs",
            "programs",
            a.programs().isEmpty()
                ? "None"
                : a.programs().stream()
                    .map(Formats::program)
                    .sorted()
                    .collect(Collectors.joining(", "))),
        detail(
            "Landlord agreement",
            "landlord",
            a.landlord()
                .map(landlord -> landlord + " takes service back between tenants")
                .orElse("None")),
        detail(
            "Arrangement",
            "arrangement",
            a.inArrangement() ? "In a payment arrangement or extension" : "None"));
  }

  private void showTrail(ContactSnapshot contact) {
    trail.removeAll();
    trail.add(heading("In the IVR"));
    OrderedList steps = new OrderedList();
    steps.setId("ivr-trail" + suffix);
    steps.addClassName("pop-steps");
    for (TrailStep step : contact.trail()) {
      ListItem item = new ListItem();
      item.add(
          text(null, Formats.time(step.at(), zone), "pop-step-time"),
          text(null, step.summary(), "pop-step-text"));
      steps.add(item);
    }
    if (contact.trail().isEmpty()) {
      steps.add(new ListItem("No IVR steps recorded."));
    }
    trail.add(steps);
  }

  private void showHistory(List<ContactRecord> recent) {
    history.removeAll();
    history.add(heading("Recent contacts"));
    UnorderedList list = new UnorderedList();
    list.setId("recent-contacts" + suffix);
    list.addClassName("pop-steps");
    for (ContactRecord record : recent) {
      String who = record.agent().map(agent -> " · " + agent).orElse("");
      list.add(
          new ListItem(
              Formats.date(record.endedAt().atZone(zone).toLocalDate())
                  + " · "
                  + record.outcome()
                  + record.queue().map(queue -> " · " + queue).orElse("")
                  + who));
    }
    if (recent.isEmpty()) {
      list.add(new ListItem("No earlier contacts."));
    }
    history.add(list);
  }

  private Component figure(String label, String id, String value, boolean owing) {
    Span shown = text(id, value, owing ? "pop-figure-value owing" : "pop-figure-value");
    Div box = new Div(text(null, label, "pop-figure-label"), shown);
    box.addClassName("pop-figure");
    return box;
  }

  private Component detail(String label, String id, String value) {
    Div row = new Div(text(null, label, "pop-detail-label"), text(id, value, "pop-detail-value"));
    row.addClassName("pop-detail");
    return row;
  }

  private static Component heading(String text) {
    Span heading = new Span(text);
    heading.addClassName("pop-section-title");
    return heading;
  }

  private Span text(String id, String value, String classNames) {
    Span span = new Span(value);
    if (id != null) {
      span.setId(id + suffix);
    }
    span.setClassName(classNames);
    return span;
  }
}
