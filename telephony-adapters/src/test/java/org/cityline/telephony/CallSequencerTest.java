package org.cityline.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallSequencerTest {

  private final CallSequencer sequencer = new CallSequencer("test-call-");

  @AfterEach
  void close() {
    sequencer.close();
  }

  @Test
  void aStrandRunsItsTasksOneAtATimeInTheOrderEachThreadQueuedThem() throws Exception {
    CallSequencer.Strand strand = sequencer.newStrand();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    Map<Integer, List<Integer>> seenPerThread = new ConcurrentHashMap<>();
    List<Thread> submitters = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      seenPerThread.put(thread, new CopyOnWriteArrayList<>());
      submitters.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < 500; i++) {
                      int n = i;
                      strand.execute(
                          () -> {
                            if (running.incrementAndGet() > 1) {
                              overlaps.incrementAndGet();
                            }
                            seenPerThread.get(thread).add(n);
                            running.decrementAndGet();
                          });
                    }
                  }));
    }
    for (Thread submitter : submitters) {
      submitter.join();
    }

    assertThat(sequencer.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(overlaps).hasValue(0);
    for (List<Integer> seen : seenPerThread.values()) {
      assertThat(seen).hasSize(500).isSorted();
    }
  }

  @Test
  void strandsOfDifferentCallsRunAtTheSameTime() throws Exception {
    CountDownLatch bothRunning = new CountDownLatch(2);
    CountDownLatch done = new CountDownLatch(2);
    for (int i = 0; i < 2; i++) {
      sequencer
          .newStrand()
          .execute(
              () -> {
                bothRunning.countDown();
                try {
                  if (bothRunning.await(10, TimeUnit.SECONDS)) {
                    done.countDown();
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }

    assertThat(done.await(10, TimeUnit.SECONDS)).as("each strand saw the other running").isTrue();
  }

  @Test
  void aFailingTaskDoesNotStopTheStrand() throws Exception {
    CallSequencer.Strand strand = sequencer.newStrand();
    List<String> ran = new CopyOnWriteArrayList<>();

    strand.execute(
        () -> {
          throw new IllegalStateException("a broken handler");
        });
    strand.execute(() -> ran.add("next"));

    assertThat(sequencer.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(ran).containsExactly("next");
  }

  @Test
  void idleMeansEveryTaskRanIncludingTasksQueuedByTasks() throws Exception {
    CallSequencer.Strand first = sequencer.newStrand();
    CallSequencer.Strand second = sequencer.newStrand();
    CountDownLatch release = new CountDownLatch(1);
    List<String> ran = new CopyOnWriteArrayList<>();

    first.execute(
        () -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          second.execute(() -> ran.add("queued by a task"));
        });

    assertThat(sequencer.awaitIdle(Duration.ofMillis(50))).isFalse();
    release.countDown();
    assertThat(sequencer.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(ran).containsExactly("queued by a task");
  }

  @Test
  void tasksRunOnVirtualThreadsNamedForTheNetwork() throws Exception {
    List<Thread> threads = new CopyOnWriteArrayList<>();
    sequencer.newStrand().execute(() -> threads.add(Thread.currentThread()));

    assertThat(sequencer.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(threads)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.isVirtual()).isTrue();
              assertThat(t.getName()).startsWith("test-call-");
            });
  }

  @Test
  void aClosedSequencerDropsNewTasksAndStaysIdle() throws Exception {
    sequencer.close();
    List<String> ran = new CopyOnWriteArrayList<>();

    sequencer.newStrand().execute(() -> ran.add("too late"));

    assertThat(sequencer.awaitIdle(Duration.ofSeconds(1))).isTrue();
    assertThat(ran).isEmpty();
  }
}
