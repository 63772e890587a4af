package org.cityline.telephony.simulator.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallId;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sim} network as routing sees it on a node of a cluster: requests for calls placed on
 * this node's simulator go to it directly; requests for calls placed on another node travel to that
 * node over the clustered event bus (address {@code cityline.sim.<instance>.control}) and its
 * answer or refusal comes back. A node that has gone away answers nothing: the request fails after
 * a timeout with a {@link CallControlException} naming the call, as a lost phone system would.
 *
 * <p>Blocking: waits for the other node's answer, so it is called (like every CallControl) from a
 * virtual thread or worker, never from an event loop.
 */
public final class ClusteredSimulator
    implements CallControl, org.cityline.common.call.CallMonitor, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ClusteredSimulator.class);
  private static final String ADDRESS = "cityline.sim.%s.control";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final SimulatedNetwork local;
  private final MessageConsumer<JsonObject> consumer;

  private ClusteredSimulator(Vertx vertx, SimulatedNetwork local, MessageConsumer<JsonObject> c) {
    this.vertx = vertx;
    this.local = local;
    this.consumer = c;
  }

  /** Serves this node's simulator to the cluster and returns the cluster-wide CallControl. */
  public static ClusteredSimulator serve(Vertx vertx, SimulatedNetwork local) {
    MessageConsumer<JsonObject> consumer =
        vertx
            .eventBus()
            .consumer(
                ADDRESS.formatted(local.instanceId()), message -> answer(vertx, local, message));
    await(consumer.completion(), "the simulator's control address to register");
    return new ClusteredSimulator(vertx, local, consumer);
  }

  @Override
  public String network() {
    return SimulatedNetwork.NETWORK;
  }

  @Override
  public void connectAgent(CallId caller, String agentEndpoint) {
    if (local.owns(caller)) {
      local.connectAgent(caller, agentEndpoint);
    } else {
      remote(caller, "connect", agentEndpoint);
    }
  }

  @Override
  public void hold(CallId caller) {
    if (local.owns(caller)) {
      local.hold(caller);
    } else {
      remote(caller, "hold", null);
    }
  }

  @Override
  public void resume(CallId caller) {
    if (local.owns(caller)) {
      local.resume(caller);
    } else {
      remote(caller, "resume", null);
    }
  }

  @Override
  public void hangup(CallId caller) {
    if (local.owns(caller)) {
      local.hangup(caller);
    } else {
      remote(caller, "hangup", null);
    }
  }

  /** A second agent joins the caller (a warm transfer), on the node that carries the call. */
  @Override
  public void addAgent(CallId caller, String agentEndpoint) {
    if (local.owns(caller)) {
      local.addAgent(caller, agentEndpoint);
    } else {
      remote(caller, "add-agent", agentEndpoint);
    }
  }

  /** The held caller joins both agents (a conference of three), on the node that carries it. */
  @Override
  public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    if (local.owns(caller)) {
      local.conference(caller, consultingEndpoint, consultedEndpoint);
    } else {
      remote(
          caller,
          "conference",
          consultingEndpoint,
          new JsonObject().put("consulted", consultedEndpoint));
    }
  }

  /** A supervisor joins an agent's call, on the node that carries it. */
  @Override
  public void monitor(
      CallId caller,
      String agentEndpoint,
      String supervisorEndpoint,
      org.cityline.common.call.MonitorMode mode) {
    if (local.owns(caller)) {
      local.monitor(caller, agentEndpoint, supervisorEndpoint, mode);
    } else {
      remote(
          caller,
          "monitor",
          supervisorEndpoint,
          new JsonObject().put("agent", agentEndpoint).put("mode", mode.name()));
    }
  }

  /** An agent leaves the caller's call, on the node that carries it. */
  @Override
  public void dropAgent(CallId caller, String agentEndpoint) {
    if (local.owns(caller)) {
      local.dropAgent(caller, agentEndpoint);
    } else {
      remote(caller, "drop-agent", agentEndpoint);
    }
  }

  /**
   * A call Cityline places (a callback) starts on this node's simulator: the node whose agent
   * accepted it carries it, and other nodes reach it through {@link #connectAgent} and the rest.
   */
  @Override
  public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    return local.originate(to, callerId, language);
  }

  @Override
  public void close() {
    await(consumer.unregister(), "the simulator's control address to unregister");
  }

  private void remote(CallId caller, String operation, String endpoint) {
    remote(caller, operation, endpoint, new JsonObject());
  }

  private void remote(CallId caller, String operation, String endpoint, JsonObject more) {
    String instance = instanceOf(caller);
    JsonObject request =
        more.copy().put("op", operation).put("call", caller.toString()).put("endpoint", endpoint);
    try {
      vertx
          .eventBus()
          .request(
              ADDRESS.formatted(instance),
              request,
              new DeliveryOptions().setSendTimeout(TIMEOUT.toMillis()))
          .toCompletionStage()
          .toCompletableFuture()
          .get(TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      String why =
          e.getCause() instanceof ReplyException reply
              ? switch (reply.failureType()) {
                case RECIPIENT_FAILURE -> reply.getMessage();
                case NO_HANDLERS -> "the node that carried it is gone";
                case TIMEOUT ->
                    "the node that carries it did not answer in " + TIMEOUT.toSeconds() + " s";
                default -> reply.getMessage();
              }
              : String.valueOf(e.getCause());
      throw new CallControlException(caller, operation + " refused: " + why);
    } catch (TimeoutException e) {
      throw new CallControlException(
          caller, operation + ": no answer from the node that carries it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallControlException(caller, operation + " interrupted");
    }
  }

  private static String instanceOf(CallId caller) {
    if (!SimulatedNetwork.NETWORK.equals(caller.network()) || caller.localId().indexOf('-') < 1) {
      throw new CallControlException(caller, "not a simulated call");
    }
    return caller.localId().substring(0, caller.localId().indexOf('-'));
  }

  /** Runs a request from another node on this node's simulator, off the event loop. */
  private static void answer(Vertx vertx, SimulatedNetwork local, Message<JsonObject> message) {
    vertx
        .executeBlocking(
            () -> {
              JsonObject request = message.body();
              CallId call = CallId.parse(request.getString("call"));
              switch (request.getString("op", "")) {
                case "connect" -> local.connectAgent(call, request.getString("endpoint"));
                case "hold" -> local.hold(call);
                case "resume" -> local.resume(call);
                case "hangup" -> local.hangup(call);
                case "add-agent" -> local.addAgent(call, request.getString("endpoint"));
                case "drop-agent" -> local.dropAgent(call, request.getString("endpoint"));
                case "conference" ->
                    local.conference(
                        call, request.getString("endpoint"), request.getString("consulted"));
                case "monitor" ->
                    local.monitor(
                        call,
                        request.getString("agent"),
                        request.getString("endpoint"),
                        org.cityline.common.call.MonitorMode.valueOf(request.getString("mode")));
                default ->
                    throw new IllegalArgumentException(
                        "unknown operation " + request.getString("op"));
              }
              return "done";
            },
            false)
        .onSuccess(message::reply)
        .onFailure(
            failure -> {
              log.debug("a remote call control request failed: {}", failure.getMessage());
              message.fail(1, String.valueOf(failure.getMessage()));
            });
  }

  private static void await(io.vertx.core.Future<?> future, String what) {
    try {
      future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("timed out or failed waiting for " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + what, e);
    }
  }
}
