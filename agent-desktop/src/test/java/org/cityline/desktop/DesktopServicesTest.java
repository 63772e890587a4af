package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cityline.desktop.testing.DesktopFixture;
import org.cityline.routing.DispositionCode;
import org.junit.jupiter.api.Test;

class DesktopServicesTest {

  private final DesktopFixture f = new DesktopFixture();

  private DesktopServices with(List<DispositionCode> dispositions) {
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
            () ->
                with(
                    List.of(
                        new DispositionCode("billing", "A"), new DispositionCode("billing", "B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'billing' is configured twice");
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
