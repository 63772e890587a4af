package org.cityline.desktop.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.EntryView;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.desktop.AnnouncementDesk;
import org.cityline.desktop.ConsoleServices;
import org.cityline.desktop.DeskDrafts;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.LockoutStore;
import org.cityline.desktop.SignIn;
import org.cityline.desktop.SignInLockout;
import org.cityline.desktop.TemporaryLeads;
import org.cityline.desktop.testing.DesktopFixture;
import org.cityline.routing.IntervalStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drafts, sign-in lockouts and temporary leads on a real two-member Hazelcast cluster: what one
 * node keeps, the other reads, and each entry has its time to live.
 */
class SharedDeskStateTest {

  private static HazelcastTestCluster cluster;
  private static HazelcastInstance nodeA;
  private static HazelcastInstance nodeB;

  private final DesktopFixture fixture = new DesktopFixture();
  private final SignInLockout.Policy policy =
      new SignInLockout.Policy(3, Duration.ofMinutes(10), Duration.ofMinutes(15));

  @BeforeAll
  static void startTwoMembers() {
    cluster = HazelcastTestCluster.start(2);
    nodeA = cluster.member(0);
    nodeB = cluster.member(1);
  }

  @AfterAll
  static void stopMembers() {
    cluster.close();
  }

  private DesktopServices node(HazelcastInstance member) {
    return fixture.services.withConsole(
        new ConsoleServices(
            new SignInLockout(policy, fixture.clock, new HazelcastLockoutStore(member)),
            new TemporaryLeads(fixture.clock),
            Duration.ofHours(12),
            Optional.empty(),
            AnnouncementDesk.none(),
            IntervalStore.NONE));
  }

  private static SignIn.Result attempt(DesktopServices node, String user, String password) {
    return node.signIn().attempt(user, password.toCharArray());
  }

  @Test
  void failuresSpreadOverTwoNodesAddUpAndTheLockHoldsOnBoth() {
    DesktopServices a = node(nodeA);
    DesktopServices b = node(nodeB);

    attempt(a, "rep", "wrong one");
    attempt(b, "rep", "wrong two");
    SignIn.Result third = attempt(a, "rep", "wrong three");

    String locked =
        SignIn.lockedMessage(
            fixture.clock.instant().plus(Duration.ofMinutes(15)), fixture.clock.getZone());
    assertThat(third).isEqualTo(new SignIn.Result.Refused(locked));
    assertThat(attempt(b, "rep", DesktopFixture.PASSWORD))
        .as("the lock earned on A holds on B, even with the right password")
        .isEqualTo(new SignIn.Result.Refused(locked));
    assertThat(attempt(a, "REP", DesktopFixture.PASSWORD))
        .isEqualTo(new SignIn.Result.Refused(locked));

    fixture.clock.advance(Duration.ofMinutes(15));
    assertThat(attempt(b, "rep", DesktopFixture.PASSWORD))
        .isInstanceOf(SignIn.Result.SignedIn.class);
  }

  @Test
  void aLockoutEntryLivesAsLongAsTheWindowOrTheLockWhicheverIsLonger() {
    SignInLockout onA = new SignInLockout(policy, fixture.clock, new HazelcastLockoutStore(nodeA));
    onA.failed("ttl-user");

    EntryView<String, LockoutStore.Attempts> entry =
        nodeB
            .<String, LockoutStore.Attempts>getMap(HazelcastLockoutStore.MAP)
            .getEntryView("ttl-user");
    assertThat(entry).isNotNull();
    assertThat(entry.getTtl()).isEqualTo(Duration.ofMinutes(15).toMillis());
    assertThat(entry.getValue().failures()).containsExactly(fixture.clock.instant());
  }

  @Test
  void aSuccessOnOneNodeForgetsTheFailuresCountedOnTheOther() {
    DesktopServices a = node(nodeA);
    DesktopServices b = node(nodeB);
    attempt(a, "spec", "wrong one");
    attempt(a, "spec", "wrong two");

    assertThat(attempt(b, "spec", DesktopFixture.PASSWORD))
        .isInstanceOf(SignIn.Result.SignedIn.class);
    assertThat(attempt(a, "spec", "wrong again"))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));
  }

  @Test
  void aLeadGrantedOnOneNodeIsSeenOnTheOtherUntilRevokedThere() {
    TemporaryLeads onA = new TemporaryLeads(fixture.clock, nodeA.getMap("desk-leads-test"));
    TemporaryLeads onB = new TemporaryLeads(fixture.clock, nodeB.getMap("desk-leads-test"));

    onA.grant("spec", "sup", fixture.clock.instant().plus(Duration.ofHours(4)));

    assertThat(onB.isLead("spec")).isTrue();
    assertThat(onB.current()).extracting(TemporaryLeads.Lead::grantedBy).containsExactly("sup");
    assertThat(onB.revoke("spec")).isTrue();
    assertThat(onA.isLead("spec")).isFalse();

    onB.grant("spec", "sup", fixture.clock.instant().plus(Duration.ofHours(1)));
    fixture.clock.advance(Duration.ofHours(1));
    assertThat(onA.isLead("spec")).as("the shift has ended").isFalse();
    assertThat(nodeB.getMap("desk-leads-test").containsKey("spec")).isFalse();
  }

  @Test
  void aDraftSavedOnOneNodeIsReadOnTheOther() {
    DeskDrafts onA = new DeskDrafts(new HazelcastDraftStore(nodeA));
    DeskDrafts onB = new DeskDrafts(new HazelcastDraftStore(nodeB));

    onA.keep("rep", "wrapup-note/c-1", "Customer will call back about the leak");
    onA.keep("rep", "escalate-note/c-1", "Needs a specialist");

    assertThat(onB.draft("rep", "wrapup-note/c-1"))
        .contains("Customer will call back about the leak");
    onB.forgetContact("rep", "c-1");
    assertThat(onA.size("rep")).isZero();
    assertThat(nodeA.getMap(HazelcastDraftStore.MAP).containsKey("rep")).isFalse();
  }

  @Test
  void draftsLiveAShiftAfterTheirLastChangeAndStayBounded() {
    DeskDrafts onA = new DeskDrafts(new HazelcastDraftStore(nodeA));
    onA.keep("bounded", "long/c-1", "x".repeat(DeskDrafts.MOST_CHARS + 1));
    for (int i = 0; i < DeskDrafts.MOST_FIELDS + 5; i++) {
      onA.keep("bounded", "f" + i + "/c", "v");
    }

    assertThat(new DeskDrafts(new HazelcastDraftStore(nodeB)).size("bounded"))
        .isEqualTo(DeskDrafts.MOST_FIELDS);
    assertThat(nodeB.getMap(HazelcastDraftStore.MAP).getEntryView("bounded").getTtl())
        .isEqualTo(HazelcastDraftStore.SHIFT.toMillis());
  }

  @Test
  void twoNodesTypingAtOnceLoseNoField() throws Exception {
    DeskDrafts onA = new DeskDrafts(new HazelcastDraftStore(nodeA));
    DeskDrafts onB = new DeskDrafts(new HazelcastDraftStore(nodeB));
    try (ExecutorService typists = Executors.newFixedThreadPool(2)) {
      List<Future<?>> done = new ArrayList<>();
      done.add(typists.submit(() -> typeFields(onA, "a")));
      done.add(typists.submit(() -> typeFields(onB, "b")));
      for (Future<?> typing : done) {
        typing.get();
      }
    }

    assertThat(onA.size("both")).isEqualTo(40);
  }

  private static void typeFields(DeskDrafts drafts, String prefix) {
    for (int i = 0; i < 20; i++) {
      drafts.keep("both", prefix + i + "/c-9", "text " + i);
    }
  }
}
