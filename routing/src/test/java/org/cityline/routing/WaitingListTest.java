package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.T0;

import java.util.Set;
import org.cityline.common.ContactId;
import org.junit.jupiter.api.Test;

class WaitingListTest {

  private static Waiting place(String id, int visit, int priority, long secondsAfter) {
    return new Waiting(new ContactId(id), visit, priority, T0.plusSeconds(secondsAfter), Set.of());
  }

  private static java.util.List<String> order(WaitingList list) {
    return list.entries().stream().map(w -> w.contact().value()).toList();
  }

  @Test
  void higherPriorityFirstThenTheLongestWaiting() {
    WaitingList list =
        WaitingList.empty()
            .join(place("late", 1, 0, 30))
            .join(place("early", 1, 0, 10))
            .join(place("urgent", 1, 5, 40));

    assertThat(order(list)).containsExactly("urgent", "early", "late");
    assertThat(list.oldestSince()).hasValue(T0.plusSeconds(10));
  }

  @Test
  void aContactThatReturnsGoesBackToTheFrontByItsOldPlace() {
    WaitingList list = WaitingList.empty().join(place("first", 1, 0, 0));
    list = list.leave(new ContactId("first"), 1); // offered
    list = list.join(place("second", 1, 0, 5)).join(place("third", 1, 0, 9));

    list = list.join(place("first", 2, 0, 0)); // the offer rang out

    assertThat(order(list)).containsExactly("first", "second", "third");
  }

  @Test
  void joiningAgainIsIdempotentAndAnOlderVisitNeverReplacesANewerOne() {
    WaitingList list = WaitingList.empty().join(place("c", 2, 0, 0));

    assertThat(list.join(place("c", 2, 0, 0)).size()).isEqualTo(1);
    assertThat(list.join(place("c", 1, 0, 0)).entries()).containsExactly(place("c", 2, 0, 0));
  }

  @Test
  void leavingAnOldVisitKeepsTheNewerPlace() {
    WaitingList list = WaitingList.empty().join(place("c", 3, 0, 0));

    assertThat(list.leave(new ContactId("c"), 2).size()).isEqualTo(1);
    assertThat(list.leave(new ContactId("c"), 3).size()).isZero();
  }

  @Test
  void aViewHasTheTotalsAndTheHead() {
    WaitingList list =
        WaitingList.empty()
            .join(place("a", 1, 0, 1))
            .join(place("b", 1, 0, 2))
            .join(place("c", 1, 0, 3));

    QueueView view = list.view(2);

    assertThat(view.waiting()).isEqualTo(3);
    assertThat(view.head()).extracting(w -> w.contact().value()).containsExactly("a", "b");
    assertThat(WaitingList.empty().view(5).oldestSince()).isEmpty();
  }
}
