package org.cityline.ivr.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.Prompt;
import org.cityline.ivr.prompts.PromptCatalog;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.ivr.prompts.PromptRenderer;

/**
 * Renders a session's prompts in its language with its values, and the command of a step that waits
 * for the caller (a collect, or a wait for an agent), named by the session's step token.
 */
final class Speaker {

  private final PromptRenderer renderer;

  Speaker(PromptCatalog catalog) {
    this.renderer = new PromptRenderer(catalog);
  }

  Prompt render(Session session, List<PromptLine> lines) {
    return renderer.render(session.language(), lines, session::value);
  }

  Prompt render(Session session, String id) {
    return render(session, List.of(PromptLine.line(id)));
  }

  /**
   * The command of a menu, entry or hold: {@code before} (what was said on the way, an apology) and
   * then the step's own prompt, all interruptible by a key, named by the session's step token.
   */
  CallCommand ask(Step step, Session session, List<Prompt.Part> before) {
    List<Prompt.Part> parts = new ArrayList<>(before);
    parts.addAll(render(session, step.lines()).parts());
    Prompt prompt = new Prompt(session.language(), parts);
    String token = session.stepToken();
    return switch (step) {
      case Step.Menu menu -> CallCommand.Collect.menu(prompt, menu.timeout()).withStep(token);
      case Step.Entry entry ->
          new CallCommand.Collect(
              prompt,
              entry.maxDigits(),
              entry.timeout(),
              entry.finishOnKey(),
              entry.masked(),
              Optional.of(token));
      case Step.Hold hold ->
          new CallCommand.WaitForAgent(
              prompt, Optional.of(hold.checkBackAfter()), Optional.of(token));
      default -> throw new IllegalStateException("step '" + step.id() + "' does not wait");
    };
  }

  /** The connector's capture for a {@link Step.Capture}, named by the session's step token. */
  CallCommand capture(Step.Capture capture, Session session) {
    long cents = Long.parseLong(session.value(capture.amountVariable()).orElseThrow());
    String account = session.account().map(Object::toString).orElse("unknown");
    return new CallCommand.CapturePayment(
        cents,
        capture.method() == org.cityline.accounts.PaymentMethod.BANK
            ? CallCommand.CapturePayment.PaymentMethod.BANK
            : CallCommand.CapturePayment.PaymentMethod.CARD,
        session.language(),
        "City utility payment, account " + account,
        Optional.of(session.stepToken()));
  }
}
