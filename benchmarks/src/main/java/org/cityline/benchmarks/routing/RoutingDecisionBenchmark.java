package org.cityline.benchmarks.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.engine.Decisions;
import org.cityline.routing.engine.LiveIndex;
import org.cityline.routing.engine.QueueConfig;
import org.cityline.routing.engine.QueuePlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The routing decision on one node's index with 10,000 waiting contacts in the nine queues and
 * 1,000 agents (most of them busy; {@code free} of them may take an offer): which contact a free
 * agent takes over every queue they serve, and which agent an arriving contact goes to. The
 * decision runs as the matcher runs it, under the index's lock; committing it (two entry
 * processors) is measured by {@link RoutingLoadRun}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RoutingDecisionBenchmark {

  @Param({"10000"})
  int waiting;

  @Param({"1000"})
  int agents;

  @Param({"50"})
  int free;

  private LiveIndex index;
  private QueueConfig queues;
  private QueuePlan billing;
  private List<Agent> freeAgents;
  private int next;

  @Setup(Level.Trial)
  public void fill() {
    queues = new QueueConfig(QueueDirectory.defaults());
    billing = queues.plan(new QueueId("billing")).orElseThrow();
    index = new LiveIndex();
    Instant now = Population.NOW;
    for (ContactRequest request : Population.callers(waiting, now)) {
      index.contact(
          Contact.queued(request, queues.find(request.queue()).orElseThrow(), request.arrivedAt()));
    }
    freeAgents = new ArrayList<>();
    List<StaffMember> staff = Population.staff(agents);
    for (int i = 0; i < staff.size(); i++) {
      Agent agent = available(staff.get(i), now);
      if (i % (agents / free) != 0) {
        agent = busy(agent, now);
      } else {
        freeAgents.add(agent);
      }
      index.agent(agent);
    }
  }

  static Agent available(StaffMember member, Instant now) {
    Agent agent = Agent.signedIn(member, now.minusSeconds(3600), now.minusSeconds(36_000));
    return applied(new AgentCommand.MakeAvailable(By.AGENT, now.minusSeconds(600)).applyTo(agent));
  }

  static Agent busy(Agent agent, Instant now) {
    ContactId talking = new ContactId("talking-" + agent.id());
    Agent reserved =
        applied(
            new AgentCommand.Reserve(talking, AgentLine.Kind.OFFER, now, now.plusSeconds(20))
                .applyTo(agent));
    return applied(new AgentCommand.Accept(talking, now).applyTo(reserved));
  }

  static <T> T applied(Change<T> change) {
    return ((Change.Applied<T>) change).after();
  }

  /** A free agent takes the first contact in serving order over all the queues they serve. */
  @Benchmark
  public Optional<Decisions.Match> agentBecomesFree() {
    Agent agent = freeAgents.get(next++ % freeAgents.size());
    return index.decide(
        (lines, offerable) ->
            Decisions.forAgent(agent, queues.plans(), lines, offerable, Population.NOW));
  }

  /** A billing contact is matched: the first waiting one a free agent may take, and its agent. */
  @Benchmark
  public Optional<Decisions.Match> queueIsMatched() {
    return index.decide(
        (lines, offerable) ->
            Decisions.forQueue(
                billing, lines.apply(billing.definition().id()), offerable, Population.NOW));
  }
}
