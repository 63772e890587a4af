package org.cityline.desktop.agent;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.cityline.common.ContactId;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.agent.account.AccountWork;
import org.cityline.desktop.ui.CurrentUser;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.cityline.routing.TransferTarget;

/**
 * One line of an agent's phone: the ringing offer with its countdown, Accept (Alt+A on the first
 * line) and Reject; the call with Hold, Resume (which holds the other line first) and Hang up, and
 * the escalation form; a warm transfer in progress (Complete, Cancel) or, for the colleague
 * consulted, the consult (Accept, Decline, End consult); once the colleague has answered,
 * Conference brings the caller in with both, and each of the two then has Leave conference; then
 * the wrap-up form. The screen pop sits beside it throughout. Each button asks routing; a refusal
 * is shown as routing words it (a stale offer in the desk's own words), and the view re-reads the
 * agent's state either way.
 */
public class LinePanel extends Div {

  /** Shown when the agent accepts an offer that is no longer ringing for them. */
  public static final String STALE_OFFER =
      "This call is no longer ringing for you: the offer timed out or the caller hung up."
          + " Nothing was accepted.";

  /** Where a warm transfer's note waits for the colleague consulted (their drafts). */
  static final String CONSULT_NOTE = "consult-note/";

  /** What a line needs from the desk around it. */
  public interface Host {
    /** Re-reads the agent's state after an action. */
    void refresh();

    /** Puts every other caller the agent is talking to on hold, before this line is taken up. */
    void holdOthers(ContactId keep);

    /** Whether this agent took the consult on this contact (kept across reloads). */
    boolean consultTaken(ContactId contact);

    /** Remembers that this agent took (or no longer has) the consult on a contact. */
    void consultTaken(ContactId contact, boolean taken);

    /** Routing gave this contact's wrap-up more time. */
    void wrapUpExtended(ContactId contact);
  }

  private final DesktopServices services;
  private final AgentId agent;
  private final Host host;
  private final Clock clock;

  private final Span status = new Span();
  private final Span consultNote = new Span();
  private final ElapsedClock ring = new ElapsedClock();
  private final Button accept = new Button("Accept");
  private final Button reject = new Button("Reject");
  private final Button hold = new Button("Hold");
  private final Button resume = new Button("Resume");
  private final Button hangUp = new Button("Hang up");
  private final Button complete = new Button("Complete transfer");
  private final Button cancel = new Button("Cancel transfer");
  private final Button conference = new Button("Conference");
  private final Button leave = new Button("Leave conference");
  private final ScreenPop pop;
  private final WrapUpForm wrapUp;
  private final EscalateForm escalate;

  private final String suffix;
  private ScreenPopData shown;
  private AccountWork work;
  private Optional<Instant> offerExpiresAt = Optional.empty();

  /**
   * @param suffix appended to element ids ("" for the first line, "-2" for the second...)
   */
  public LinePanel(DesktopServices services, AgentId agent, String suffix, Host host) {
    this.services = services;
    this.agent = agent;
    this.host = host;
    this.clock = services.clock();
    this.suffix = suffix;
    this.pop = new ScreenPop(clock.getZone(), suffix);
    this.wrapUp = new WrapUpForm(services.dispositions(), suffix);
    wrapUp.keepDraftsIn(services.agentDesk().drafts(), agent.value());
    this.escalate =
        new EscalateForm(
            EscalateForm.targets(services.routing().queueDefinitions()),
            services.agentDesk().drafts(),
            agent.value(),
            suffix,
            this::escalate);
    addClassName("line");
    setId("line" + (suffix.isEmpty() ? "-1" : suffix));

    status.setId("line-status" + suffix);
    status.addClassName("line-status");
    ring.setId("ring-countdown" + suffix);
    consultNote.setId("consult-note" + suffix);
    consultNote.addClassName("consult-note");
    ring.addClassName("line-ring");

    accept.setText(suffix.isEmpty() ? "Accept  (Alt+A)" : "Accept");
    accept.setId("accept-button" + suffix);
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    if (suffix.isEmpty()) {
      accept.addClickShortcut(Key.KEY_A, KeyModifier.ALT);
    }
    accept.addClickListener(click -> acceptOffer());
    reject.setId("reject-button" + suffix);
    reject.addClickListener(click -> rejectOffer());
    hold.setId("hold-button" + suffix);
    hold.addClickListener(click -> act(routing -> routing.hold(agent, contact())));
    resume.setId("resume-button" + suffix);
    resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    resume.addClickListener(
        click -> {
          host.holdOthers(contact());
          act(routing -> routing.resume(agent, contact()));
        });
    hangUp.setId("hangup-button" + suffix);
    hangUp.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    hangUp.addClickListener(click -> hangUp());
    complete.setId("complete-transfer" + suffix);
    complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    complete.addClickListener(click -> act(routing -> routing.completeTransfer(agent, contact())));
    cancel.setId("cancel-transfer" + suffix);
    cancel.addClickListener(click -> act(routing -> routing.cancelTransfer(agent, contact())));
    conference.setId("conference-button" + suffix);
    conference.addClickListener(click -> act(routing -> routing.conference(agent, contact())));
    leave.setId("leave-conference" + suffix);
    leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
    leave.addClickListener(click -> leaveConference());
    wrapUp.addFinishListener(finish -> finishWrapUp(finish));
    wrapUp.addMoreTimeListener(this::moreTime);

    Div buttons =
        new Div(accept, reject, hold, resume, hangUp, complete, conference, cancel, leave);
    buttons.addClassName("line-buttons");
    Div controls = new Div(status, ring, buttons);
    controls.addClassName("line-controls");
    // The caller and their account stay right under the line's buttons; the forms follow.
    add(controls, consultNote, wrapUp, pop, escalate);
  }

  /** The contact on this line, if one is shown. */
  public Optional<ContactId> shownContact() {
    return Optional.ofNullable(shown).map(data -> data.contact().id());
  }

  /**
   * Shows a contact. The account is looked up once per contact; later snapshots of the same contact
   * only change the controls.
   *
   * @param contact the contact as routing last described it
   * @param offerExpiresAt when a ringing offer rings out, if known
   * @param wrapUpEndsAt when routing closes this line's wrap-up, if known
   */
  public void show(
      ContactSnapshot contact, Optional<Instant> offerExpiresAt, Optional<Instant> wrapUpEndsAt) {
    boolean newContact = shown == null || !shown.contact().id().equals(contact.id());
    if (newContact) {
      shown = ScreenPopData.load(contact, services.customers(), services.contactHistory());
      dropAccountWork();
      wrapUp.forContact(contact.id().value());
      escalate.forContact(contact.id().value());
      Notices.dismissRefusal();
    } else {
      shown = shown.with(contact);
    }
    this.offerExpiresAt = offerExpiresAt.or(contact::offerExpiresAt);
    pop.show(shown);
    showControls(contact, wrapUpEndsAt);
  }

  private boolean consultedHere(ContactSnapshot contact) {
    return contact.consultedAgent().filter(agent::equals).isPresent()
        && contact.agent().filter(agent::equals).isEmpty();
  }

  private void showControls(ContactSnapshot contact, Optional<Instant> wrapUpEndsAt) {
    ContactState state = contact.state();
    boolean consulted = consultedHere(contact);
    boolean taken = consulted && host.consultTaken(contact.id());
    boolean transferring = !consulted && contact.consultedAgent().isPresent();
    boolean inConference = contact.inConference();
    String from = contact.agent().map(AgentId::value).orElse("a colleague");
    status.setText(
        inConference
            ? "Conference · the caller, "
                + nameOf(consulted ? contact.agent() : contact.consultedAgent())
                + " and you"
            : consulted
                ? (taken
                    ? "Consult with " + from + " · their caller is on hold"
                    : "Warm transfer from " + from + " · ringing")
                : transferring
                    ? "Consulting "
                        + contact.consultedAgent().orElseThrow().value()
                        + " · caller on hold"
                    : statusText(contact));
    Optional<String> note =
        consulted
            ? services
                .agentDesk()
                .drafts()
                .draft(agent.value(), CONSULT_NOTE + contact.id().value())
            : Optional.empty();
    consultNote.setText(note.map(text -> "Note from " + from + ": " + text).orElse(""));
    consultNote.setVisible(note.isPresent());
    String look =
        inConference ? "conference" : consulted ? "consult" : state.name().toLowerCase(Locale.ROOT);
    status.setClassName("line-status line-" + look);
    boolean ringing = !inConference && (consulted ? !taken : state == ContactState.OFFERED);
    if (ringing && offerExpiresAt.isPresent()) {
      ring.countDownTo(offerExpiresAt.get(), clock.instant());
      ring.setVisible(true);
    } else {
      ring.clear();
      ring.setVisible(false);
    }
    accept.setVisible(ringing);
    reject.setVisible(ringing);
    reject.setText(consulted ? "Decline" : "Reject");
    boolean mine = !consulted;
    hold.setVisible(mine && !inConference && state == ContactState.CONNECTED);
    resume.setVisible(mine && !transferring && state == ContactState.ON_HOLD);
    hangUp.setVisible(
        (mine
                && !transferring
                && (state == ContactState.CONNECTED || state == ContactState.ON_HOLD))
            || (taken && !inConference));
    hangUp.setText(taken ? "End consult" : "Hang up");
    complete.setVisible(transferring && !inConference);
    cancel.setVisible(transferring && !inConference);
    conference.setVisible(
        transferring && state == ContactState.ON_HOLD && consultAnswered(contact));
    leave.setVisible(inConference);
    escalate.setVisible(mine && !inConference && state == ContactState.CONNECTED);
    boolean working = mine && state == ContactState.CONNECTED;
    if (working && work == null) {
      buildAccountWork(); // only once the call is taken: a ringing pop stays light and fast
    }
    if (work != null) {
      work.setVisible(working);
    }
    wrapUp.setVisible(mine && state == ContactState.WRAP_UP);
    wrapUp.closesAt(
        state == ContactState.WRAP_UP ? wrapUpEndsAt : Optional.empty(), clock.instant());
  }

  /** A colleague's name as routing has it (their id when routing no longer knows them). */
  private String nameOf(Optional<AgentId> colleague) {
    return colleague
        .map(id -> services.routing().agent(id).map(a -> a.displayName()).orElse(id.value()))
        .orElse("a colleague");
  }

  /**
   * Whether the colleague consulted has answered: while their consult rings they are reserved
   * (routing rings an agent only when nothing else of theirs is active or ringing).
   */
  private boolean consultAnswered(ContactSnapshot contact) {
    return contact
        .consultedAgent()
        .flatMap(services.routing()::agent)
        .filter(colleague -> colleague.state() != AgentState.RESERVED)
        .isPresent();
  }

  /** The account forms for this contact's account, if the CIS knows it and someone signed in. */
  private void dropAccountWork() {
    if (work != null) {
      remove(work);
      work = null;
    }
  }

  private void buildAccountWork() {
    Optional<StaffUser> user = CurrentUser.get();
    if (shown.account().isEmpty() || user.isEmpty()) {
      return;
    }
    work =
        new AccountWork(
            services.agentDesk(),
            clock,
            user.get(),
            suffix,
            shown.contact().id(),
            shown.account().get(),
            this::reloadAccount);
    addComponentAtIndex(indexOf(escalate) + 1, work);
  }

  /** Reads the account again after a change, so the pop shows it as it is now. */
  private void reloadAccount() {
    shown = ScreenPopData.load(shown.contact(), services.customers(), services.contactHistory());
    pop.show(shown);
  }

  private static String statusText(ContactSnapshot contact) {
    boolean callback = contact.callbackNumber().isPresent();
    return switch (contact.state()) {
      case OFFERED ->
          callback ? "Callback · accept to call the customer back" : "Incoming call · ringing";
      case CONNECTED -> "Connected";
      case ON_HOLD -> "Caller on hold";
      case WRAP_UP -> "Call ended · wrap-up";
      case QUEUED, ENDED -> "No call";
    };
  }

  private ContactId contact() {
    return shown.contact().id();
  }

  private void acceptOffer() {
    if (shown == null) {
      return;
    }
    boolean consulted = consultedHere(shown.contact());
    if (!consulted && !stillRingingForMe()) {
      Notices.refused(STALE_OFFER);
      host.refresh();
      return;
    }
    host.holdOthers(contact());
    RoutingResult result = services.routing().accept(agent, contact());
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(consulted || stillRingingForMe() ? refused.reason() : STALE_OFFER);
    } else if (consulted) {
      host.consultTaken(contact(), true);
    }
    host.refresh();
  }

  /** Whether routing still offers this line's contact to this agent, within its ring time. */
  private boolean stillRingingForMe() {
    Instant now = clock.instant();
    if (offerExpiresAt.filter(expiry -> !now.isBefore(expiry)).isPresent()) {
      return false;
    }
    return services
        .routing()
        .contact(contact())
        .filter(c -> c.state() == ContactState.OFFERED)
        .filter(c -> c.agent().filter(agent::equals).isPresent())
        .filter(c -> c.offerExpiresAt().filter(expiry -> !now.isBefore(expiry)).isEmpty())
        .isPresent();
  }

  private void rejectOffer() {
    boolean consulted = shown != null && consultedHere(shown.contact());
    act(routing -> routing.reject(agent, contact()));
    if (consulted) {
      host.consultTaken(contact(), false);
      services.agentDesk().drafts().forget(agent.value(), CONSULT_NOTE + contact().value());
    }
  }

  private void hangUp() {
    boolean consulted = consultedHere(shown.contact());
    act(routing -> routing.hangUp(agent, contact()));
    if (consulted) {
      host.consultTaken(contact(), false);
      services.agentDesk().drafts().forget(agent.value(), CONSULT_NOTE + contact().value());
    }
  }

  /** This agent leaves the conference (and goes to wrap-up); the caller stays with the other. */
  private void leaveConference() {
    boolean consulted = consultedHere(shown.contact());
    act(routing -> routing.leaveConference(agent, contact()));
    if (consulted) {
      host.consultTaken(contact(), false);
    }
  }

  private void finishWrapUp(WrapUpForm.FinishEvent finish) {
    RoutingResult result =
        services
            .routing()
            .finishWrapUp(agent, contact(), finish.disposition().code(), finish.note());
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(refused.reason());
    } else {
      services.agentDesk().drafts().forgetContact(agent.value(), contact().value());
      wrapUp.reset();
    }
    host.refresh();
  }

  private void moreTime() {
    RoutingResult result =
        services.routing().extendWrapUp(agent, contact(), services.agentDesk().wrapUpExtension());
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(refused.reason());
    } else {
      host.wrapUpExtended(contact());
    }
    host.refresh();
  }

  private void escalate(EscalateForm.Request request) {
    RoutingResult result =
        services
            .routing()
            .transfer(agent, contact(), request.target(), request.mode(), request.note());
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(refused.reason());
    } else {
      escalate.sent();
      if (request.mode() == TransferTarget.Mode.WARM) {
        handNoteToConsulted(request.note());
      }
    }
    host.refresh();
  }

  /**
   * Routing hands a warm transfer's note to the colleague only when the transfer completes; the
   * desk shows it to them during the consult already, through their drafts (shared by every node in
   * the application; per node only where the desk runs without Hazelcast).
   */
  private void handNoteToConsulted(String note) {
    services
        .routing()
        .contact(contact())
        .flatMap(ContactSnapshot::consultedAgent)
        .ifPresent(
            to ->
                services
                    .agentDesk()
                    .drafts()
                    .keep(to.value(), CONSULT_NOTE + contact().value(), note));
  }

  private void act(Function<RoutingService, RoutingResult> action) {
    if (shown == null) {
      return;
    }
    RoutingResult result = action.apply(services.routing());
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(refused.reason());
    }
    host.refresh();
  }
}
