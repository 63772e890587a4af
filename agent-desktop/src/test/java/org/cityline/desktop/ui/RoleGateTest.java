package org.cityline.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.signin.LoginView;
import org.cityline.desktop.supervisor.SupervisorView;
import org.cityline.routing.AgentId;
import org.junit.jupiter.api.Test;

class RoleGateTest extends DesktopViewTest {

  @Test
  void nobodySignedInIsSentToSignIn() {
    navigate("agent", LoginView.class);
    navigate("supervisor", LoginView.class);

    assertThat(fixture.routing.agents()).isEmpty();
  }

  @Test
  void aRepresentativeCannotOpenTheSupervisorView() {
    signedInAs("rep");

    navigate("supervisor", AgentView.class);

    assertThat(notifications()).containsExactly("The supervisor view is for supervisors.");
  }

  @Test
  void aSpecialistCannotOpenTheSupervisorViewEither() {
    signedInAs("spec");

    navigate("supervisor", AgentView.class);

    assertThat(find(SupervisorView.class).exists()).isFalse();
  }

  @Test
  void aSupervisorMayAlsoTakeCalls() {
    signedInAs("sup");

    navigate("supervisor", SupervisorView.class);
    navigate("agent", AgentView.class);

    assertThat(fixture.routing.agent(new AgentId("sup"))).isPresent();
  }

  @Test
  void theHeaderNamesTheUserAndOnlyTheirPages() {
    signedInAs("rep");
    navigate(AgentView.class);

    assertThat(textOf("user-name")).isEqualTo("Maria Lopez");
    assertThat(textOf("user-role")).isEqualTo("Representative");
    assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("link-agent").exists())
        .isTrue();
    assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("link-supervisor").exists())
        .isFalse();
  }
}
