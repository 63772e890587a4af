package org.cityline.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.mocks.MockInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.signin.LoginView;
import org.cityline.desktop.ui.DesktopViewTest;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.junit.jupiter.api.Test;

class DesktopInstantiatorTest extends DesktopViewTest {

  @Test
  void viewsAreBuiltWithTheContextsServices() {
    Instantiator instantiator = VaadinService.getCurrent().getInstantiator();
    assertThat(((MockInstantiator) instantiator).getDelegate())
        .as("browserless wraps the desktop's own instantiator")
        .isInstanceOf(DesktopInstantiator.class);
    assertThat(navigate(LoginView.class)).isNotNull();
  }

  @Test
  void withoutServicesAViewCannotBeBuiltAndSaysWhy() {
    VaadinService.getCurrent().getContext().removeAttribute(DesktopServices.class);

    assertThatThrownBy(() -> DesktopInstantiator.services(VaadinService.getCurrent()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no DesktopServices in the Vaadin context");
  }

  @Test
  void anIdleAgentIsSignedOutOfRoutingWhenTheSessionEnds() {
    signedInAs("rep");
    navigate(AgentView.class);
    assertThat(fixture.routing.agent(new AgentId("rep")))
        .hasValueSatisfying(agent -> assertThat(agent.state()).isEqualTo(AgentState.AWAY));

    new SessionEndListener()
        .sessionEnded(
            new SessionDestroyEvent(VaadinService.getCurrent(), VaadinSession.getCurrent()));

    assertThat(fixture.routing.agent(new AgentId("rep"))).isEmpty();
  }

  @Test
  void anAgentOnACallIsLeftInRoutingWhenTheSessionEnds() {
    signedInAs("rep");
    navigate(AgentView.class);
    fixture.routing.makeAvailable(new AgentId("rep"));
    fixture.routing.enqueue(
        org.cityline.desktop.testing.SampleCalls.verifiedCaller("c-1", fixture.clock.instant()));

    new SessionEndListener()
        .sessionEnded(
            new SessionDestroyEvent(VaadinService.getCurrent(), VaadinSession.getCurrent()));

    assertThat(fixture.routing.agent(new AgentId("rep")))
        .hasValueSatisfying(agent -> assertThat(agent.state()).isEqualTo(AgentState.RESERVED));
  }
}
