package org.cityline.desktop.agent.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.desktop.DeskDrafts;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.agent.RoutedDeskTest;
import org.cityline.desktop.hazelcast.HazelcastDraftStore;
import org.cityline.desktop.testing.RoutedDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The desk with its drafts in a real two-member Hazelcast cluster: a card payment taken while notes
 * are being drafted leaves no card digits in any Hazelcast entry, read from the other member.
 */
class SharedDraftsPaymentTest extends RoutedDeskTest {

  private static final HazelcastTestCluster CLUSTER = HazelcastTestCluster.start(2);

  @AfterAll
  static void stopCluster() {
    CLUSTER.close();
  }

  @Override
  protected RoutedDesk newDesk() {
    return RoutedDesk.overDemoCity(
        null, new DeskDrafts(new HazelcastDraftStore(CLUSTER.member(0))));
  }

  /** Every key and value of every map in the cluster, as text, read on the second member. */
  private static List<String> everyEntry() {
    HazelcastInstance other = CLUSTER.member(1);
    List<String> texts = new ArrayList<>();
    for (DistributedObject object : other.getDistributedObjects()) {
      if (object instanceof IMap<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          texts.add(map.getName() + " " + entry.getKey() + " = " + entry.getValue());
        }
      }
    }
    return texts;
  }

  @Test
  void aCardPaymentLeavesNoCardDigitsInAnyHazelcastEntry() {
    signedInAs("rep");
    navigate(AgentView.class);
    click("available-button");
    desk.call("c-1");
    push();
    click("accept-button");
    type("escalate-note", "Caller disputes the late fee; paying today");

    fill("pay-amount", "50.00");
    fill("pay-card-number", SandboxNumbers.VISA);
    fill("pay-card-expiry", "1230");
    fill("pay-card-code", "123");
    fill("pay-card-zip", "87101");
    click("pay-button");

    assertThat(find(Component.class).id("work-result").getElement().getText())
        .startsWith("Payment of $50.00 approved");
    List<String> entries = everyEntry();
    assertThat(entries)
        .as("the drafted note is there, shared")
        .anySatisfy(text -> assertThat(text).contains("Caller disputes the late fee"));
    assertThat(entries)
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(SandboxNumbers.VISA)
                    .doesNotContainPattern("[0-9]{12,}")
                    .doesNotContain("pay-card"));
  }
}
