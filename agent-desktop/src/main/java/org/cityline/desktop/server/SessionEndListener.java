package org.cityline.desktop.server;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.RoutingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a desktop session ends without a sign-out (the tab closed and the session expired), signs an
 * idle agent out of routing, so routing does not keep offering calls to nobody. An agent with a
 * call on a line is left alone (routing refuses anyway); a ringing offer rings out as usual.
 */
final class SessionEndListener implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(SessionEndListener.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionDestroyListener(this::sessionEnded);
  }

  void sessionEnded(SessionDestroyEvent event) {
    StaffUser user = event.getSession().getAttribute(StaffUser.class);
    if (user == null) {
      return;
    }
    DesktopServices services;
    try {
      services = DesktopInstantiator.services(event.getSource());
    } catch (IllegalStateException e) {
      return;
    }
    services
        .routing()
        .agent(user.agentId())
        .filter(SessionEndListener::idle)
        .ifPresent(
            agent -> {
              RoutingResult result = services.routing().signOut(agent.id());
              log.info(
                  "Desktop session of {} ended; sign-out from routing: {}",
                  user.username(),
                  result);
            });
  }

  private static boolean idle(AgentSnapshot agent) {
    return agent.state() == AgentState.AVAILABLE || agent.state() == AgentState.AWAY;
  }
}
