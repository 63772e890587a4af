package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.telephony.simulator.flows.Prompts.CALLBACK_OFFER;
import static org.cityline.telephony.simulator.flows.Prompts.ES_CALLBACK_OFFER;
import static org.cityline.telephony.simulator.flows.Prompts.ES_HOLD;
import static org.cityline.telephony.simulator.flows.Prompts.HOLD;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.messaging.SandboxOutbox;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.ivr.announcements.AnnouncementRequest;
import org.cityline.ivr.announcements.AnnouncementResult;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.telephony.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outages and gas smells, service requests with their reason, waiting for a person (position,
 * check-backs, a callback that keeps the place), after hours, and the supervisor's announcement.
 */
class OutageServiceAndWaitingFlowTest {

  IvrLine line = new IvrLine();

  @AfterEach
  void close() {
    line.close();
  }

  @Test
  void aKnownOutageInTheAreaIsAnnouncedAndTheReportGetsAReference() {
    Instant now = line.clock.instant();
    line.services
        .outages()
        .declare(
            UtilityService.ELECTRIC,
            "87105",
            now.minus(Duration.ofHours(1)),
            Optional.of(now.plus(Duration.ofMinutes(150))),
            "storm damage to a feeder line");
    Caller caller = line.call("+15055550102").silence(IvrLine.WELCOME).press("4");
    assertThat(caller.heard())
        .isEqualTo(
            "If you smell gas, press 1. To report a power outage, press 2. To report no water or"
                + " low water pressure, press 3. For a streetlight, a water leak or another"
                + " problem, press 4.");

    caller.press("2");

    String reference =
        line.accounts
            .audit()
            .forAccount(DemoCity.SHOWCASE_SPANISH.account(), 1)
            .getFirst()
            .detail()
            .replaceAll(".*reference ([0-9]{8}).*", "$1");
    assertThat(caller.heard())
        .isEqualTo(
            "We know of an outage in your area. Crews expect to restore service within about"
                + " three hours. Thank you. We recorded your report. Your reference number is "
                + PaymentFlowTest.spoken(reference)
                + ". To speak with our outage team, press 1. To hear this again, press star. For"
                + " the main menu, press 9. If you are finished, press 2.");
  }

  @Test
  void inSpanishAWaterOutageIsReportedWithoutAKnownOutage() {
    Caller caller = line.call("+15055550101").press("1").press("4").press("3");

    assertThat(caller.heard())
        .startsWith("Gracias. Registramos su reporte. Su número de referencia es ");
    assertThat(line.accounts.audit().forAccount(DemoCity.SHOWCASE_ENGLISH.account(), 1))
        .extracting(AuditEntry::action)
        .containsExactly("outage-reported");
  }

  @Test
  void aGasSmellFromTheWelcomeReachesTheEmergencyQueueAtTopPriorityWithASafetyMessage() {
    Caller caller = line.call(null);

    caller.press("8");

    assertThat(caller.heard())
        .isEqualTo(
            "If you smell gas, leave the building now. Do not use light switches, phones or"
                + " anything that could make a spark inside. From a safe place, you can also call"
                + " 911. Connecting you to our emergency line now. "
                + HOLD
                + " "
                + CALLBACK_OFFER);
    ContactRequest request = line.routing.only();
    assertThat(request.queue()).isEqualTo(new QueueId("emergency"));
    assertThat(request.priority()).isEqualTo(100);
    assertThat(request.reason()).isEqualTo("Gas smell: emergency");
    assertThat(request.verified()).isFalse();
  }

  @Test
  void aSpanishGasSmellGoesToTheEmergencyQueueNotTheSpanishOne() {
    Caller caller = line.call("+15055550102").press("1").silence(IvrLine.MENU.minusSeconds(5));
    caller.press("4").press("1");

    assertThat(caller.heard()).startsWith("Si huele a gas, salga del edificio ahora.");
    assertThat(line.routing.only().queue()).isEqualTo(new QueueId("emergency"));
  }

  @Test
  void serviceRequestsAndOtherQuestionsGoToTheirQueueWithTheReason() {
    Map<String, String[]> paths =
        Map.of(
            "51", new String[] {"start-stop", "Wants to start service at a new address"},
            "52", new String[] {"start-stop", "Wants to stop service"},
            "53", new String[] {"start-stop", "Wants to transfer service to a new address"},
            "611", new String[] {"billing", "High bill: suspects a leak"},
            "612", new String[] {"billing", "High bill: asks for a meter re-read"},
            "643", new String[] {"supervisors", "Wants to make a complaint"},
            "642", new String[] {"payments", "A question about a payment made"});
    paths.forEach(
        (keys, expected) -> {
          Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME);
          for (char key : keys.toCharArray()) {
            caller.press(String.valueOf(key));
          }
          ContactRequest request = line.routing.enqueued().getLast();
          assertThat(request.queue()).as(keys).isEqualTo(new QueueId(expected[0]));
          assertThat(request.reason()).as(keys).isEqualTo(expected[1]);
          caller.hangUp();
        });
  }

  @Test
  void spanishCallersWaitInTheSpanishQueue() {
    Caller caller = line.call("+15055550102").press("1").press("5").press("2");

    assertThat(line.routing.only().queue()).isEqualTo(new QueueId("spanish"));
    assertThat(line.routing.only().reason()).isEqualTo("Wants to stop service");
    assertThat(caller.heard()).isEqualTo(ES_HOLD + " " + ES_CALLBACK_OFFER);
  }

  @Test
  void aWaitingCallerHearsTheirPlaceAgainAtEachCheckBackAndKeepsItWithACallback() {
    line.routing.estimateWait(3, Duration.ofSeconds(250));
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("0");
    assertThat(caller.heard())
        .isEqualTo(
            HOLD
                + " You are number three in line. Your estimated wait is about five minutes. "
                + CALLBACK_OFFER);
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.WAITING);

    line.routing.estimateWait(1, Duration.ofSeconds(40));
    caller.silence(IvrLine.CHECK_BACK);
    assertThat(caller.heard())
        .isEqualTo(
            "You are number one in line. A representative should be with you shortly. "
                + CALLBACK_OFFER);

    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "To be called back at the number ending in zero one zero one, press 1. To give a"
                + " different number, press 2. To keep holding, press 3.");
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "Thank you. We will call you back at the number ending in zero one zero one. You keep"
                + " your place in line. Goodbye.");
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.ENDED);
    ContactRequest request = line.routing.only();
    assertThat(line.routing.callbacks())
        .containsEntry(request.id(), new PhoneNumber("+15055550101"));
    assertThat(line.routing.contact(request.id())).as("the place is kept").isPresent();
    assertThat(line.accounts.contacts().recentForAccount(DemoCity.SHOWCASE_ENGLISH.account(), 5))
        .as("routing records the contact, not the IVR")
        .isEmpty();
    SandboxOutbox.Kept text =
        line.outbox.latestTo(new Destination.TextMessage(new PhoneNumber("+15055550101"))).get();
    assertThat(text.message().purpose()).isEqualTo("callback-confirmation");
    assertThat(text.message().body())
        .isEqualTo(
            "City Utilities will call you back at (505) 555-0101; your place in line is kept.");
  }

  @Test
  void aSpanishCallerIsTextedInSpanishAtTheNumberTheyKeyed() {
    Caller caller = line.call("+15055550102").press("1").press("5").press("2").press("1");
    caller.press("2").press("5055550177#");

    assertThat(line.routing.callbacks()).containsValue(new PhoneNumber("+15055550177"));
    SandboxOutbox.Kept text =
        line.outbox.latestTo(new Destination.TextMessage(new PhoneNumber("+15055550177"))).get();
    assertThat(text.message().language()).isEqualTo(Language.SPANISH);
    assertThat(text.message().body())
        .isEqualTo(
            "Servicios Públicos de la Ciudad le devolverá la llamada al (505) 555-0177; se"
                + " mantiene su lugar en la fila.");
  }

  @Test
  void aTextThatCannotBeSentLosesNeitherTheCallbackNorThePlace() {
    line.close();
    line =
        new IvrLine(
            IvrLine.Options.defaults()
                .withTexts(
                    outbox ->
                        message -> {
                          throw new IllegalStateException("carrier down");
                        }));
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("0").press("1");

    caller.press("1");

    assertThat(caller.heard())
        .startsWith("Thank you. We will call you back at the number ending in zero one zero one.");
    ContactRequest request = line.routing.only();
    assertThat(line.routing.callbacks())
        .containsEntry(request.id(), new PhoneNumber("+15055550101"));
    assertThat(line.routing.contact(request.id())).as("the place is kept").isPresent();
    assertThat(line.outbox.messages()).isEmpty();
  }

  @Test
  void aTextRefusedByTheCarrierStillKeepsTheCallback() {
    line.close();
    line =
        new IvrLine(
            IvrLine.Options.defaults()
                .withTexts(outbox -> message -> new MessageResult.Failed("21610 unsubscribed")));
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("0").press("1");

    caller.press("1");

    assertThat(caller.state()).isEqualTo(SimulatedCall.State.ENDED);
    assertThat(line.routing.callbacks()).hasSize(1);
  }

  @Test
  void aCallerWithNoNumberOnFileKeysOneAndAWrongOneIsAskedAgain() {
    Caller caller = line.call(null).press("0").press("1");
    assertThat(caller.heard())
        .isEqualTo("Enter the 10-digit phone number we should call, then press pound.");

    caller.press("12345#");
    assertThat(caller.heard())
        .isEqualTo(
            "Sorry, that is not a valid entry. Enter the 10-digit phone number we should call,"
                + " then press pound.");
    caller.press("0005550177#");
    assertThat(caller.heard())
        .isEqualTo(
            "Sorry, that is not a phone number we can call. Enter the 10-digit phone number we"
                + " should call, then press pound.");
    caller.press("5055550177#");
    assertThat(caller.heard())
        .startsWith(
            "Thank you. We will call you back at the number ending in zero one seven seven.");
    assertThat(line.routing.callbacks()).containsValue(new PhoneNumber("+15055550177"));
  }

  @Test
  void aRefusedCallbackKeepsTheCallerHolding() {
    line.routing.refuseCallbacksWith("callbacks are paused");
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("0").press("1");

    caller.press("1");

    assertThat(caller.heard())
        .isEqualTo("Sorry, we can't schedule a callback right now. " + CALLBACK_OFFER);
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.WAITING);
  }

  @Test
  void keepHoldingReturnsToTheMusic() {
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("0").press("1");

    caller.press("3");

    assertThat(caller.heard()).isEqualTo(CALLBACK_OFFER);
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.WAITING);
    assertThat(line.routing.callbacks()).isEmpty();
  }

  @Test
  void afterHoursAPersonBecomesACallbackWhenTheOfficeOpensOrAGoodbye() {
    line.close();
    line =
        new IvrLine(
            IvrLine.Options.defaults()
                .withHours(
                    BusinessHours.parse(
                        ZoneOffset.UTC,
                        "MON-FRI 07:00-15:00",
                        "",
                        Set.of(new QueueId("emergency"), new QueueId("outages")))));
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME);

    caller.press("0");
    assertThat(caller.heard())
        .isEqualTo(
            "Our representatives are available Monday through Friday, from 7 AM to 7 PM. To have a"
                + " representative call you back when we open, press 1. For the main menu, press"
                + " 9. To end the call, press 2.");
    assertThat(line.routing.enqueued()).isEmpty();
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            HOLD
                + " To be called back at the number ending in zero one zero one, press 1. To give"
                + " a different number, press 2.");
    caller.press("1");
    assertThat(caller.heard()).startsWith("Thank you. We will call you back");
    assertThat(line.routing.callbacks()).hasSize(1);

    Caller another = line.call("+15055550102").silence(IvrLine.WELCOME).press("0").press("2");
    assertThat(another.heard())
        .isEqualTo(
            "Thank you for calling City Utilities. Please call again during business hours."
                + " Goodbye.");
    assertThat(another.state()).isEqualTo(SimulatedCall.State.ENDED);

    Caller gas = line.call("+15055550103").press("8");
    assertThat(line.routing.enqueued().getLast().queue())
        .as("emergencies are answered around the clock")
        .isEqualTo(new QueueId("emergency"));
    assertThat(gas.state()).isEqualTo(SimulatedCall.State.WAITING);
  }

  @Test
  void theSupervisorsAnnouncementIsSaidFirstInBothLanguagesUntilItEnds() {
    Instant now = line.clock.instant();
    AnnouncementResult result =
        line.announcements.publish(
            new AnnouncementRequest(
                Map.of(
                    Language.ENGLISH,
                    "A storm has caused outages on the east side. Crews are working on it.",
                    Language.SPANISH,
                    "Una tormenta causó apagones en el lado este. Las cuadrillas trabajan en ello."),
                now,
                now.plus(Duration.ofHours(2)),
                "supervisor"));
    assertThat(result).isInstanceOf(AnnouncementResult.Published.class);

    Caller caller = line.call("+15055550101");
    assertThat(caller.heard())
        .isEqualTo(
            "A storm has caused outages on the east side. Crews are working on it. Una tormenta"
                + " causó apagones en el lado este. Las cuadrillas trabajan en ello. "
                + Prompts.WELCOME);
    assertThat(caller.call().collecting()).as("a key interrupts it").isPresent();

    Caller spanish = line.call("+15055550102", Language.SPANISH);
    assertThat(spanish.heard()).startsWith("Una tormenta causó apagones");

    line.clock.advance(Duration.ofHours(2));
    assertThat(line.call("+15055550103").heard()).isEqualTo(Prompts.WELCOME);
  }
}
