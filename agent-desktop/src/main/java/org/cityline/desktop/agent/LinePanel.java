package org.cityline.desktop.agent;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.cityline.common.ContactId;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;

/**
 * One line of an agent's phone: the ringing offer with its countdown and Accept (Alt+A), then the
 * call with Hold, Resume and Hang up, then the wrap-up form; with the screen pop beside it
 * throughout. Each button asks routing; a refusal is shown as routing words it, and the view
 * re-reads the agent's state either way.
 */
public class LinePanel extends Div {

  private final DesktopServices services;
  private final AgentId agent;
  private final Runnable afterAction;
  private final Clock clock;

  private final Span status = new Span();
  private final ElapsedClock ring = new ElapsedClock();
  private final Button accept = new Button("Accept  (Alt+A)");
  private final Button hold = new Button("Hold");
  private final Button resume = new Button("Resume");
  private final Button hangUp = new Button("Hang up");
  private final ScreenPop pop;
  private final WrapUpForm wrapUp;

  private ScreenPopData shown;

  /**
   * @param suffix appended to element ids ("" for the first line)
   * @param afterAction runs after every routing action, to re-read the agent's state
   */
  public LinePanel(DesktopServices services, AgentId agent, String suffix, Runnable afterAction) {
    this.services = services;
    this.agent = agent;
    this.afterAction = afterAction;
    this.clock = services.clock();
    this.pop = new ScreenPop(clock.getZone(), suffix);
    this.wrapUp = new WrapUpForm(services.dispositions(), suffix);
    addClassName("line");

    status.setId("line-status" + suffix);
    status.addClassName("line-status");
    ring.setId("ring-countdown" + suffix);
    ring.addClassName("line-ring");

    accept.setId("accept-button" + suffix);
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    accept.addClickShortcut(Key.KEY_A, KeyModifier.ALT);
    accept.addClickListener(click -> act(routing -> routing.accept(agent, contact())));
    hold.setId("hold-button" + suffix);
    hold.addClickListener(click -> act(routing -> routing.hold(agent, contact())));
    resume.setId("resume-button" + suffix);
    resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    resume.addClickListener(click -> act(routing -> routing.resume(agent, contact())));
    hangUp.setId("hangup-button" + suffix);
    hangUp.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    hangUp.addClickListener(click -> act(routing -> routing.hangUp(agent, contact())));
    wrapUp.addFinishListener(
        finish ->
            act(
                routing ->
                    routing.finishWrapUp(
                        agent, contact(), finish.disposition().code(), finish.note())));

    Div buttons = new Div(accept, hold, resume, hangUp);
    buttons.addClassName("line-buttons");
    Div controls = new Div(status, ring, buttons);
    controls.addClassName("line-controls");
    add(controls, wrapUp, pop);
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
   */
  public void show(ContactSnapshot contact, Optional<Instant> offerExpiresAt) {
    boolean newContact = shown == null || !shown.contact().id().equals(contact.id());
    if (newContact) {
      shown = ScreenPopData.load(contact, services.customers(), services.contactHistory());
      wrapUp.reset();
      Notices.dismissRefusal();
    } else {
      shown = shown.with(contact);
    }
    pop.show(shown);
    showControls(contact, offerExpiresAt);
  }

  private void showControls(ContactSnapshot contact, Optional<Instant> offerExpiresAt) {
    ContactState state = contact.state();
    boolean callback = contact.callbackNumber().isPresent();
    status.setText(
        switch (state) {
          case OFFERED ->
              callback ? "Callback · accept to call the customer back" : "Incoming call · ringing";
          case CONNECTED -> "Connected";
          case ON_HOLD -> "Caller on hold";
          case WRAP_UP -> "Call ended · wrap-up";
          case QUEUED, ENDED -> "No call";
        });
    status.setClassName("line-status line-" + state.name().toLowerCase(java.util.Locale.ROOT));
    boolean ringing = state == ContactState.OFFERED;
    if (ringing && offerExpiresAt.isPresent()) {
      ring.countDownTo(offerExpiresAt.get(), clock.instant());
      ring.setVisible(true);
    } else {
      ring.clear();
      ring.setVisible(false);
    }
    accept.setVisible(ringing);
    hold.setVisible(state == ContactState.CONNECTED);
    resume.setVisible(state == ContactState.ON_HOLD);
    hangUp.setVisible(state == ContactState.CONNECTED || state == ContactState.ON_HOLD);
    wrapUp.setVisible(state == ContactState.WRAP_UP);
  }

  private ContactId contact() {
    return shown.contact().id();
  }

  private void act(Function<RoutingService, RoutingResult> action) {
    if (shown == null) {
      return;
    }
    RoutingResult result = action.apply(services.routing());
    if (result instanceof RoutingResult.Refused refused) {
      Notices.refused(refused.reason());
    } else if (shown.contact().state() == ContactState.WRAP_UP) {
      wrapUp.reset();
    }
    afterAction.run();
  }
}
