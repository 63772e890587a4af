package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cityline.desktop.testing.DesktopFixture;
import org.junit.jupiter.api.Test;

class DesktopServicesTest {

  private final DesktopFixture f = new DesktopFixture();

  private DesktopServices with(List<Disposition> dispositions) {
    return new DesktopServices(
        f.routing,
        f.customers,
        f.history,
        f.staff,
        (p, h) -> false,
        f.audit,
        dispositions,
        f.clock,
        f.scheduler);
  }

  @Test
  void wrapUpNeedsAtLeastOneDisposition() {
    assertThatThrownBy(() -> with(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one disposition");
  }

  @Test
  void dispositionCodesAreUnique() {
    assertThatThrownBy(
            () -> with(List.of(new Disposition("billing", "A"), new Disposition("billing", "B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'billing' is configured twice");
  }

  @Test
  void dispositionsAreCheckedWhenMade() {
    assertThatThrownBy(() -> new Disposition("Billing Question", "Billing"))
        .hasMessageContaining("lower-case letters, digits and dashes");
    assertThatThrownBy(() -> new Disposition("billing", "<b>Billing</b>"))
        .hasMessageContaining("cannot contain HTML tags");
    assertThatThrownBy(() -> new Disposition("billing", ""))
        .hasMessageContaining("A disposition label is empty.");
  }

  @Test
  void everyServiceIsRequired() {
    assertThatThrownBy(
            () ->
                new DesktopServices(
                    null,
                    f.customers,
                    f.history,
                    f.staff,
                    (p, h) -> false,
                    f.audit,
                    DesktopFixture.DISPOSITIONS,
                    f.clock,
                    f.scheduler))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("routing");
  }
}
