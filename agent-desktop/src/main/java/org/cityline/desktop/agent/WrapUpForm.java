package org.cityline.desktop.agent;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import org.cityline.desktop.PlainText;
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

  private final Select<DispositionCode> disposition = new Select<>();
  private final TextArea note = new TextArea("Note");
  private final Button finish = new Button("Finish wrap-up");

  public WrapUpForm(List<DispositionCode> dispositions, String suffix) {
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
    add(title, disposition, note, finish);
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
