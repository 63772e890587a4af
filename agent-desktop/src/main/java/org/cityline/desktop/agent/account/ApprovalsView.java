package org.cityline.desktop.agent.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.desk.ApprovalRequest;
import org.cityline.accounts.desk.DeskChange;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.ui.Access;
import org.cityline.desktop.ui.DesktopLayout;
import org.cityline.desktop.ui.DesktopRoutes;
import org.cityline.desktop.ui.Formats;
import org.cityline.desktop.ui.Notices;

/**
 * Bill adjustments above the threshold, waiting for a supervisor: each with its account, amount,
 * reason, the agent and the contact it came from, and Approve and Deny. Only supervisors (and
 * administrators) open it; the accounts port checks the role again when deciding.
 */
@Route(value = DesktopRoutes.APPROVALS, layout = DesktopLayout.class)
@PageTitle("Approvals · Cityline")
public class ApprovalsView extends Div implements BeforeEnterObserver {

  static final String SUPERVISORS_ONLY = "Approvals are for supervisors.";
  static final int SHOWN = 100;

  private final DesktopServices services;
  private final Div list = new Div();
  private final Span empty = new Span("Nothing waits for approval.");
  private StaffUser user;

  public ApprovalsView(DesktopServices services) {
    this.services = services;
    addClassName("approvals-view");
    list.setId("approval-list");
    empty.setId("approvals-empty");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Access.gate(event, StaffUser::maySupervise, SUPERVISORS_ONLY)
        .ifPresent(
            signedIn -> {
              user = signedIn;
              if (getComponentCount() == 0) {
                add(new H2("Bill adjustments waiting for approval"), empty, list);
              }
              refresh();
            });
  }

  private Optional<AgentAccountWork> work() {
    return services.agentDesk().accountWork();
  }

  void refresh() {
    list.removeAll();
    List<ApprovalRequest> pending =
        work().map(work -> work.pendingApprovals(SHOWN)).orElse(List.of());
    empty.setText(
        work().isEmpty()
            ? "Account work is not available on this node."
            : "Nothing waits for approval.");
    empty.setVisible(pending.isEmpty());
    pending.forEach(request -> list.add(row(request)));
  }

  private Div row(ApprovalRequest request) {
    String id = "approval-" + request.id();
    Span what =
        new Span(
            "$"
                + request.amount()
                + " credit to account "
                + request.account()
                + " · asked by "
                + request.requestedBy()
                + request.contact().map(c -> " on contact " + c.value()).orElse("")
                + " at "
                + Formats.time(request.requestedAt(), services.clock().getZone()));
    Span reason = new Span(request.reason());
    reason.addClassName("approval-reason");
    Button approve = new Button("Approve", click -> decide(request, true));
    approve.setId(id + "-approve");
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    Button deny = new Button("Deny", click -> decide(request, false));
    deny.setId(id + "-deny");
    deny.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Div row = new Div(what, reason, approve, deny);
    row.setId(id);
    row.addClassName("approval-row");
    return row;
  }

  private void decide(ApprovalRequest request, boolean approve) {
    DeskChange change =
        work()
            .orElseThrow()
            .decide(
                request.id(), approve, user.role(), user.username(), services.clock().instant());
    switch (change) {
      case DeskChange.Done done -> Notices.info(done.what());
      case DeskChange.AwaitingApproval waiting -> Notices.info(waiting.what());
      case DeskChange.Refused refused -> Notices.refused(refused.reason());
    }
    refresh();
  }
}
