package org.cityline.desktop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MountTest {

  private static final Handler NOTHING =
      new Handler.Abstract() {
        @Override
        public boolean handle(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
          return false;
        }
      };

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/health", "/phone", "/sim/phone", "/v1.2_x-y"})
  void pathPrefixesAreAccepted(String prefix) {
    assertThat(new Mount(prefix, NOTHING).prefix()).isEqualTo(prefix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "api", "/api/", "/api/*", "/a b", "//api", "/api?x=1"})
  void malformedPrefixesAreRefused(String prefix) {
    assertThatThrownBy(() -> new Mount(prefix, NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path segments");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/VAADIN", "/login", "/agent", "/supervisor/x", "/cityline", "/lumo"})
  void theDesktopsOwnPathsCannotBeHidden(String prefix) {
    assertThatThrownBy(() -> new Mount(prefix, NOTHING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would hide the desktop's own");
  }
}
