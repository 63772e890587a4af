package org.cityline.desktop.agent;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.desktop.DeskDrafts;
import org.cityline.desktop.PlainText;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.DispositionCode;

/**
 * Wrap-up of a finished call: a disposition code and a note, both required. Finish is refused, with
 * a message saying what is missing or wrong, until both are acceptable; only then does the form
 * fire a {@link FinishEvent}.
 */
public class WrapUpForm extends Div {

  /** The longest note accepted. */
  public static final int MAX_NOTE_LENGTH = 2000;

  static final String CHOOSE_DISPOSITION = "Choose a disposition before finishing.";

  private final List<DispositionCode> dispositions;
  private final Select<DispositionCode> disposition = new Select<>();
  private final TextArea note = new TextArea("Note");
  private final Button finish = new Button("Finish wrap-up");
  private final Button moreTime = new Button("More time");
  private final ElapsedClock countdown = new ElapsedClock();
  private DeskDrafts drafts;
  private String agent = "";
  private String contact = "";

  public WrapUpForm(List<DispositionCode> dispositions, String suffix) {
    this.dispositions = List.copyOf(dispositions);
    addClassName("wrap-up");
    Span title = new Span("Wrap-up");
    title.addClassName("pop-section-title");

    disposition.setLabel("Disposition");
    disposition.setId("disposition" + suffix);
    disposition.setItems(dispositions);
    disposition.setItemLabelGenerator(DispositionCode::label);
    disposition.setPlaceholder("Choose what the call was about");
    disposition.setWidthFull();

    note.setId("note" + suffix);
    note.setMaxLength(MAX_NOTE_LENGTH);
    note.setPlaceholder("What the caller needed and what you did");
    note.setWidthFull();
    note.setMinHeight("7em");

    finish.setId("finish-wrapup" + suffix);
    finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    finish.addClickListener(click -> submit());
    moreTime.setId("extend-wrapup" + suffix);
    countdown.setId("wrapup-countdown" + suffix);
    countdown.addClassName("line-ring");
    note.setValueChangeMode(ValueChangeMode.LAZY);
    note.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            keep("wrapup-note", change.getValue());
          }
        });
    disposition.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            keep("wrapup-disposition", change.getValue() == null ? "" : change.getValue().code());
          }
        });
    Div buttons = new Div(finish, moreTime, countdown);
    buttons.addClassName("line-buttons");
    add(title, disposition, note, buttons);
  }

  /**
   * Keeps what the agent types in {@code drafts} (per agent and contact), so a reload restores it.
   */
  public void keepDraftsIn(DeskDrafts drafts, String agent) {
    this.drafts = drafts;
    this.agent = agent;
  }

  /** Empties the form for a contact, then restores what was drafted for it. */
  public void forContact(String contactId) {
    reset();
    contact = contactId;
    if (drafts == null) {
      return;
    }
    drafts.draft(agent, "wrapup-note/" + contact).ifPresent(note::setValue);
    drafts
        .draft(agent, "wrapup-disposition/" + contact)
        .flatMap(code -> dispositions.stream().filter(d -> d.code().equals(code)).findFirst())
        .ifPresent(disposition::setValue);
  }

  /** Shows when routing closes the wrap-up, if known. */
  public void closesAt(Optional<Instant> deadline, Instant now) {
    deadline.ifPresentOrElse(at -> countdown.countDownTo(at, now), countdown::clear);
    countdown.setVisible(deadline.isPresent());
  }

  /** Listens for "More time". */
  public Registration addMoreTimeListener(Runnable listener) {
    return moreTime.addClickListener(click -> listener.run());
  }

  private void keep(String field, String value) {
    if (drafts != null && !contact.isEmpty()) {
      drafts.keep(agent, field + "/" + contact, value);
    }
  }

  /** Empties the form for the next contact. */
  public void reset() {
    disposition.clear();
    disposition.setInvalid(false);
    note.clear();
    note.setInvalid(false);
  }

  /** Listens for an accepted wrap-up. */
  public Registration addFinishListener(ComponentEventListener<FinishEvent> listener) {
    return addListener(FinishEvent.class, listener);
  }

  private void submit() {
    Optional<DispositionCode> chosen = disposition.getOptionalValue();
    disposition.setInvalid(chosen.isEmpty());
    disposition.setErrorMessage(CHOOSE_DISPOSITION);
    Optional<String> noteProblem = PlainText.check("The note", note.getValue(), MAX_NOTE_LENGTH);
    note.setInvalid(noteProblem.isPresent());
    note.setErrorMessage(noteProblem.orElse(null));
    if (chosen.isEmpty()) {
      Notices.refused(CHOOSE_DISPOSITION);
      return;
    }
    if (noteProblem.isPresent()) {
      Notices.refused(noteProblem.get());
      return;
    }
    Notices.dismissRefusal();
    fireEvent(new FinishEvent(this, chosen.get(), note.getValue().strip()));
  }

  /** The agent finished wrap-up with an acceptable disposition and note. */
  public static final class FinishEvent extends ComponentEvent<WrapUpForm> {
    private final DispositionCode disposition;
    private final String note;

    FinishEvent(WrapUpForm source, DispositionCode disposition, String note) {
      super(source, false);
      this.disposition = disposition;
      this.note = note;
    }

    public DispositionCode disposition() {
      return disposition;
    }

    public String note() {
      return note;
    }
  }
}
