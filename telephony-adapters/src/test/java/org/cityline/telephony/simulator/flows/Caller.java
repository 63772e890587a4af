package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cityline.common.call.CallId;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedCall;

/**
 * A person on the test phone, through the simulator's caller side: keys, silence (time moving by a
 * step's timeout), hanging up; {@link #heard()} is what was said since their last action.
 */
public final class Caller {

  private final IvrLine line;
  private final CallId id;
  private int seen;

  Caller(IvrLine line, CallId id) {
    this.line = line;
    this.id = id;
  }

  CallId id() {
    return id;
  }

  /** Presses keys and waits until Cityline has answered them. */
  public Caller press(String keys) {
    seen = call().prompts().size();
    CallerResult result = line.network.pressKeys(id, keys);
    assertThat(result).as("keys %s", keys.length()).isInstanceOf(CallerResult.Accepted.class);
    settle();
    return this;
  }

  /** Says nothing for this long (a step's timeout, or a wait's check-back). */
  public Caller silence(Duration duration) {
    seen = call().prompts().size();
    line.scheduler.advance(duration);
    settle();
    return this;
  }

  Caller hangUp() {
    line.network.callerHangsUp(id);
    settle();
    return this;
  }

  /** What was said since the caller's last action, as one text. */
  String heard() {
    List<String> prompts = call().prompts();
    return String.join(" ", prompts.subList(Math.min(seen, prompts.size()), prompts.size()));
  }

  /** Everything said on the call, in order. */
  public List<String> prompts() {
    return call().prompts();
  }

  public SimulatedCall call() {
    return line.network.call(id).orElseThrow();
  }

  public SimulatedCall.State state() {
    return call().state();
  }

  void settle() {
    assertThat(line.network.awaitIdle(Duration.ofSeconds(20))).isTrue();
  }
}
