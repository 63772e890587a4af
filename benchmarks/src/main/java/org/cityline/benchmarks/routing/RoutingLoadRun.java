package org.cityline.benchmarks.routing;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.benchmarks.RunOptions;
import org.cityline.common.ContactId;
import org.cityline.common.SmallMachines;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.hazelcast.RoutingMaps;
import org.cityline.routing.hazelcast.StoredContact;

/**
 * The whole routing core under load, on one node or three (members in this JVM, on loopback): a
 * backlog of waiting callers, a thousand agents, and callers arriving at a steady rate while agents
 * take, finish and free up again. It prints, in one run:
 *
 * <ul>
 *   <li>enqueue-to-offer latency (from the IVR's {@code enqueue} call to the offer published), p50,
 *       p99 and the worst, at the given arrival rate: first while warming up (the first minute of a
 *       fresh JVM, while the JIT still compiles the routing and Hazelcast code paths), then
 *       measured on the same traffic once it runs compiled, as a node does all day;
 *   <li>committed offers per second (reserve the agent and offer the contact: the two entry
 *       processors of every routing decision), and the cost of one plain entry-processor call on
 *       the same map, with their ratio;
 *   <li>the heap per waiting contact (one node only).
 * </ul>
 *
 * <pre>
 * java -cp "benchmarks/target/cityline-benchmarks.jar:benchmarks/target/lib/*" \
 *     org.cityline.benchmarks.routing.RoutingLoadRun --nodes 1
 * </pre>
 */
public final class RoutingLoadRun {

  private final int nodeCount;
  private final int waiting;
  private final int agentCount;
  private final int arrivalsPerSecond;
  private final int seconds;
  private final int warmUpSeconds;

  private static final Set<String> OPTIONS =
      Set.of(
          "--nodes",
          "--waiting",
          "--agents",
          "--arrivals-per-second",
          "--seconds",
          "--warm-up-seconds");
  private final List<BenchNode> nodes = new ArrayList<>();
  private final Map<String, Long> offeredAt = new ConcurrentHashMap<>();
  private final Map<String, Long> enqueuedAt = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  private RoutingLoadRun(
      int nodeCount,
      int waiting,
      int agentCount,
      int arrivalsPerSecond,
      int seconds,
      int warmUpSeconds) {
    this.nodeCount = nodeCount;
    this.waiting = waiting;
    this.agentCount = agentCount;
    this.arrivalsPerSecond = arrivalsPerSecond;
    this.seconds = seconds;
    this.warmUpSeconds = warmUpSeconds;
  }

  public static void main(String[] args) throws Exception {
    SmallMachines.tune(); // as the Cityline node does
    RoutingLoadRun run;
    try {
      RunOptions options = RunOptions.parse(args, OPTIONS);
      run =
          new RoutingLoadRun(
              options.number("--nodes", 1, 1, 9),
              options.number("--waiting", 10_000, 0, 1_000_000),
              options.number("--agents", 1_000, 1, 100_000),
              options.number("--arrivals-per-second", 100, 1, 10_000),
              options.number("--seconds", 20, 1, 3_600),
              options.number("--warm-up-seconds", 60, 0, 3_600));
    } catch (IllegalArgumentException e) {
      System.err.println("RoutingLoadRun: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      run.run();
    } finally {
      run.threads.shutdownNow();
      run.nodes.forEach(BenchNode::close);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Routing load run: %d node(s), %d waiting, %d agents, %d arrivals/s for %d s after %d s"
            + " of warm-up; %d cores, Java %s%n",
        nodeCount,
        waiting,
        agentCount,
        arrivalsPerSecond,
        seconds,
        warmUpSeconds,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    List<StaffMember> staff = Population.staff(agentCount);
    BenchNode.Staff directory = new BenchNode.Staff(staff);
    String cluster = "bench-" + UUID.randomUUID();
    List<Integer> ports = freePorts(nodeCount);
    for (int i = 0; i < nodeCount; i++) {
      nodes.add(
          BenchNode.start(
              BenchNode.memberConfig(cluster, ports.get(i), ports),
              directory,
              offeredAt,
              benchQueues()));
    }
    waitForMembers();
    long heapBefore = usedHeapAfterGc();
    fillBacklog();
    long heapAfter = usedHeapAfterGc();
    List<AgentId> billingAgents = signIn(staff);
    committedOffers(billingAgents);
    entryProcessorCost();
    if (warmUpSeconds > 0) {
      latencyUnderLoad(billingAgents, "u", warmUpSeconds, "warming up");
    }
    latencyUnderLoad(billingAgents, "a", seconds, "measured");
    if (nodeCount == 1) {
      IMap<String, StoredContact> contacts = nodes.getFirst().member.getMap(RoutingMaps.CONTACTS);
      long entryCost = contacts.getLocalMapStats().getOwnedEntryMemoryCost();
      System.out.printf(
          Locale.ROOT,
          "Heap per waiting contact: %.0f bytes (heap after GC %d MB -> %d MB for %d contacts,"
              + " map entry %.0f bytes, the rest the node's index and the call index)%n",
          (heapAfter - heapBefore) / (double) waiting,
          heapBefore >> 20,
          heapAfter >> 20,
          waiting,
          entryCost / (double) contacts.getLocalMapStats().getOwnedEntryCount());
    }
  }

  private void waitForMembers() throws InterruptedException {
    while (nodes.getFirst().member.getCluster().getMembers().size() < nodeCount) {
      Thread.sleep(100);
    }
  }

  /**
   * The city's nine queues, each taking up to 20,000 waiting callers (the defaults refuse the
   * 1,001st, as a city would; the backlog here is ten times that on purpose).
   */
  static QueueDirectory benchQueues() {
    return QueueDirectory.of(
        QueueDirectory.defaults().all().stream()
            .map(queue -> queue.toBuilder().maxWaiting(20_000).build())
            .toList());
  }

  private BenchNode node(int i) {
    return nodes.get(i % nodes.size());
  }

  /** Callers who cannot be served now (no agent with their skills is available) wait. */
  private void fillBacklog() throws Exception {
    long start = System.nanoTime();
    int threadsUsed = 2;
    List<Future<?>> workers = new ArrayList<>();
    AtomicInteger next = new AtomicInteger();
    for (int t = 0; t < threadsUsed; t++) {
      workers.add(
          threads.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < waiting) {
                  String queue =
                      i % 20 < 12 ? "spanish" : i % 20 < 17 ? "specialists" : "supervisors";
                  ContactRequest request = Population.caller("w" + i, queue, Instant.now());
                  if (!node(i).router.enqueue(request).done()) {
                    throw new IllegalStateException(
                        "could not enqueue "
                            + request.id()
                            + ": "
                            + node(i).router.enqueue(request));
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get(); // a refusal stops the run with its reason instead of waiting forever
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Backlog: %d callers enqueued in %.1f s (%.0f enqueues/s)%n",
        waiting,
        elapsed,
        waiting / elapsed);
  }

  /** Every agent signs in; billing-only agents are made available, the others stay away. */
  private List<AgentId> signIn(List<StaffMember> staff) {
    List<AgentId> billing = new ArrayList<>();
    for (int i = 0; i < staff.size(); i++) {
      AgentId agent = new AgentId(staff.get(i).username());
      node(i).router.signIn(agent);
      if (staff.get(i).skills().keySet().equals(java.util.Set.of("billing"))) {
        billing.add(agent);
      }
    }
    return billing;
  }

  /**
   * Routing decisions committed: backlog contacts offered to free agents (the agent reserved, the
   * contact offered, as the matcher does for each decision; {@code assign} also reads both first),
   * from two threads on the leading node. Five rounds of one offer per free agent, each undone by a
   * reject; the first two warm the code up and are not counted.
   */
  private void committedOffers(List<AgentId> agents) throws Exception {
    BenchNode leader = nodes.getFirst();
    for (AgentId agent : agents) {
      leader.router.makeAvailable(agent);
    }
    int count = agents.size();
    int offered = 0;
    long measuredNanos = 0;
    for (int round = 0; round < 5; round++) {
      int shift = round;
      long start = System.nanoTime();
      List<Future<Integer>> workers = new ArrayList<>();
      AtomicInteger next = new AtomicInteger();
      for (int t = 0; t < 2; t++) {
        workers.add(
            threads.submit(
                () -> {
                  int done = 0;
                  int i;
                  while ((i = next.getAndIncrement()) < count) {
                    if (leader.router.assign(backlogContact(i, shift), agents.get(i)).done()) {
                      done++;
                    }
                  }
                  return done;
                }));
      }
      int roundOffers = 0;
      for (Future<Integer> worker : workers) {
        roundOffers += worker.get();
      }
      long roundNanos = System.nanoTime() - start;
      if (round >= 2) {
        offered += roundOffers;
        measuredNanos += roundNanos;
      }
      for (int i = 0; i < count; i++) {
        leader.router.reject(agents.get(i), backlogContact(i, shift));
      }
    }
    double elapsed = measuredNanos / 1e9;
    committedPerSecond = offered / elapsed;
    System.out.printf(
        Locale.ROOT,
        "Committed offers (3 rounds after 2 warm-up rounds): %d in %.2f s = %.0f per second"
            + " (%.1f us each on 2 threads)%n",
        offered,
        elapsed,
        committedPerSecond,
        elapsed * 2e6 / Math.max(1, offered));
  }

  private ContactId backlogContact(int agentIndex, int round) {
    return new ContactId("w" + ((agentIndex * 16 + round) % waiting));
  }

  private double committedPerSecond;

  /** A plain entry processor on the contacts map: read the entry's version on its owner. */
  record ReadVersion() implements EntryProcessor<String, StoredContact, Long> {
    @Override
    public Long process(Map.Entry<String, StoredContact> entry) {
      return entry.getValue() == null ? -1L : entry.getValue().version();
    }

    @Override
    public EntryProcessor<String, StoredContact, Long> getBackupProcessor() {
      return null;
    }
  }

  private void entryProcessorCost() {
    IMap<String, StoredContact> contacts = node(nodeCount - 1).member.getMap(RoutingMaps.CONTACTS);
    int calls = 20_000;
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      contacts.executeOnKey("w" + (i % waiting), new ReadVersion());
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
    System.out.printf(
        Locale.ROOT,
        "One entry-processor call on the contacts map: mean %.1f us, p50 %.1f us, p99 %.1f us%n",
        mean,
        nanos[calls / 2] / 1000.0,
        nanos[calls * 99 / 100] / 1000.0);
    double decisionMicros = 2e6 / committedPerSecond;
    System.out.printf(
        Locale.ROOT,
        "A committed routing decision costs %.1f us of a thread: %.1f times one entry-processor call%n",
        decisionMicros,
        decisionMicros / mean);
  }

  /**
   * Callers arrive at the given rate on every node (round robin) and are offered to free billing
   * agents; each agent takes the call, hangs up and finishes wrap-up at once, on its own node.
   */
  private void latencyUnderLoad(List<AgentId> agents, String prefix, int seconds, String phase)
      throws Exception {
    BlockingQueue<RoutingEvent.OfferMade> offers = new LinkedBlockingQueue<>();
    BenchNode leader = nodes.getFirst();
    var subscription =
        leader.router.subscribe(
            event -> {
              if (event instanceof RoutingEvent.OfferMade offer
                  && offer.contact().id().value().startsWith(prefix)) {
                offers.add(offer);
              }
            });
    AtomicBoolean running = new AtomicBoolean(true);
    Map<AgentId, Integer> home = new ConcurrentHashMap<>();
    for (int i = 0; i < agentCount; i++) {
      home.put(new AgentId("agent" + i), i);
    }
    for (int t = 0; t < 2; t++) {
      threads.submit(
          () -> {
            while (running.get()) {
              RoutingEvent.OfferMade offer = offers.poll(100, TimeUnit.MILLISECONDS);
              if (offer != null) {
                var router = node(home.get(offer.agent())).router;
                ContactId contact = offer.contact().id();
                if (router.accept(offer.agent(), contact).done()) {
                  router.hangUp(offer.agent(), contact);
                  router.finishWrapUp(offer.agent(), contact, "billing-question", "Done.");
                }
              }
            }
            return null;
          });
    }
    int total = arrivalsPerSecond * seconds;
    long periodNanos = 1_000_000_000L / arrivalsPerSecond;
    long allocatedBefore = allocatedBytes();
    long[] collectionsBefore = collections();
    HeapTurnover turnover = HeapTurnover.start();
    long start = System.nanoTime();
    long wallMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String id = prefix + i;
      enqueuedAt.put(id, System.nanoTime());
      node(i).router.enqueue(Population.caller(id, "billing", Instant.now()));
    }
    Thread.sleep(2_000);
    running.set(false);
    subscription.close();
    long allocated = allocatedBytes() - allocatedBefore;
    long filled = turnover.stop();
    long[] collectionsAfter = collections();
    System.out.printf(
        Locale.ROOT,
        "While callers arrived: %.0f KB of heap filled per caller (%.0f KB allocated by platform"
            + " threads), %d node(s); %d collections taking %d ms in all%n",
        filled / 1024.0 / total,
        allocated / 1024.0 / total,
        nodeCount,
        collectionsAfter[0] - collectionsBefore[0],
        collectionsAfter[1] - collectionsBefore[1]);
    long[] latencies = new long[total];
    int offered = 0;
    for (int i = 0; i < total; i++) {
      Long at = offeredAt.get(prefix + i);
      if (at != null) {
        latencies[offered++] = at - enqueuedAt.get(prefix + i);
      }
    }
    long[] measured = Arrays.copyOf(latencies, offered);
    String dump = System.getProperty("bench.dump");
    if (dump != null && phase.equals("measured")) {
      // each caller: arrival (epoch microseconds) and enqueue-to-offer (us), to find what the tail
      // lines up with (sweeps, statistics, collections)
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < total; i++) {
        Long at = offeredAt.get(prefix + i);
        if (at != null) {
          long arrived = enqueuedAt.get(prefix + i);
          lines.append(wallMicros + (arrived - start) / 1_000).append(' ');
          lines.append((at - arrived) / 1_000).append('\n');
        }
      }
      java.nio.file.Files.writeString(java.nio.file.Path.of(dump), lines);
    }
    Arrays.sort(measured);
    System.out.printf(
        Locale.ROOT,
        "Enqueue to offer (%s), %d callers at %d/s over %d node(s): p50 %.2f ms, p99 %.2f ms,"
            + " worst %.2f ms (%d of %d offered)%n",
        phase,
        total,
        arrivalsPerSecond,
        nodeCount,
        measured[offered / 2] / 1e6,
        measured[offered * 99 / 100] / 1e6,
        measured[offered - 1] / 1e6,
        offered,
        total);
  }

  /** Bytes allocated on the heap by every thread so far (terminated ones included). */
  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getTotalThreadAllocatedBytes();
  }

  /** How many collections so far, and the milliseconds they took. */
  private static long[] collections() {
    long count = 0;
    long millis = 0;
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
      millis += Math.max(0, collector.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }
}
