package org.cityline.desktop.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.desktop.DeskDrafts;
import org.cityline.desktop.PlainText;
import org.cityline.desktop.ui.Notices;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.TransferTarget;

/**
 * Escalating or transferring the caller on a line: to a queue (specialists and supervisors first)
 * or one named colleague, blind or warm, with a note that travels with the call and shows on the
 * receiver's screen pop. The note is kept as a draft while typed. Nothing is sent until the target,
 * the mode and the note are acceptable.
 */
public class EscalateForm extends Div {

  /** The longest note routing keeps with a contact. */
  public static final int MAX_NOTE_LENGTH = 1000;

  static final String CHOOSE_TARGET = "Choose where to send the caller.";
  static final String CHOOSE_MODE = "Choose blind or warm.";

  /** Where a caller may be sent. */
  public record Target(String label, TransferTarget target) {}

  private final Select<Target> target = new Select<>();
  private final Select<TransferTarget.Mode> mode = new Select<>();
  private final TextArea note = new TextArea("Note for the receiver");
  private final Button send = new Button("Escalate");
  private final DeskDrafts drafts;
  private final String agent;
  private String field = "";

  /** A request the form accepted. */
  public record Request(TransferTarget target, TransferTarget.Mode mode, String note) {}

  public EscalateForm(
      List<Target> targets,
      DeskDrafts drafts,
      String agent,
      String suffix,
      Consumer<Request> sink) {
    this.drafts = drafts;
    this.agent = agent;
    addClassName("escalate");
    Span title = new Span("Escalate or transfer");
    title.addClassName("pop-section-title");
    target.setLabel("To");
    target.setId("escalate-target" + suffix);
    target.setItems(targets);
    target.setItemLabelGenerator(Target::label);
    target.setPlaceholder("Specialists, a supervisor, a queue...");
    mode.setLabel("How");
    mode.setId("escalate-mode" + suffix);
    mode.setItems(TransferTarget.Mode.values());
    mode.setItemLabelGenerator(
        m -> m == TransferTarget.Mode.BLIND ? "Blind (hand over now)" : "Warm (consult first)");
    note.setId("escalate-note" + suffix);
    note.setMaxLength(MAX_NOTE_LENGTH);
    note.setWidthFull();
    note.setValueChangeMode(ValueChangeMode.LAZY);
    note.addValueChangeListener(
        change -> {
          if (change.isFromClient() && !field.isEmpty()) {
            drafts.keep(agent, field, change.getValue());
          }
        });
    send.setId("escalate-button" + suffix);
    send.addClickListener(click -> submit().ifPresent(sink));
    add(title, target, mode, note, send);
  }

  /** The targets for a desk: specialists and supervisors first, then the other queues. */
  public static List<Target> targets(List<QueueDefinition> queues) {
    List<Target> targets = new ArrayList<>();
    queues.stream()
        .sorted(Comparator.comparingInt(EscalateForm::rank))
        .forEach(
            queue -> targets.add(new Target(queue.name(), new TransferTarget.Queue(queue.id()))));
    return targets;
  }

  private static int rank(QueueDefinition queue) {
    return switch (queue.id().value()) {
      case "specialists" -> 0;
      case "supervisors" -> 1;
      default -> 2;
    };
  }

  /** Shows the form for a contact: empty, or with the note drafted for it. */
  public void forContact(String contact) {
    field = "escalate-note/" + contact;
    target.clear();
    mode.clear();
    note.setValue(drafts.draft(agent, field).orElse(""));
    note.setInvalid(false);
  }

  /** The contact's draft is no longer needed. */
  public void sent() {
    drafts.forget(agent, field);
    note.clear();
  }

  private Optional<Request> submit() {
    Optional<String> problem =
        target.getOptionalValue().isEmpty()
            ? Optional.of(CHOOSE_TARGET)
            : mode.getOptionalValue().isEmpty()
                ? Optional.of(CHOOSE_MODE)
                : PlainText.check("The note", note.getValue(), MAX_NOTE_LENGTH);
    if (problem.isPresent()) {
      Notices.refused(problem.get());
      return Optional.empty();
    }
    return Optional.of(
        new Request(target.getValue().target(), mode.getValue(), note.getValue().strip()));
  }
}
