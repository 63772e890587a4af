package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeskDraftsTest {

  private final DeskDrafts drafts = new DeskDrafts();

  @Test
  void keepsDraftsPerAgentAndField() {
    drafts.keep("rep", "wrapup-note/c-1", "Half a note");
    drafts.keep("spec", "wrapup-note/c-1", "Another agent's");

    assertThat(drafts.draft("rep", "wrapup-note/c-1")).contains("Half a note");
    assertThat(drafts.draft("spec", "wrapup-note/c-1")).contains("Another agent's");
    assertThat(drafts.draft("rep", "wrapup-note/c-2")).isEmpty();
  }

  @Test
  void anEmptyTextForgetsTheDraft() {
    drafts.keep("rep", "wrapup-note/c-1", "Half a note");
    drafts.keep("rep", "wrapup-note/c-1", "");

    assertThat(drafts.size("rep")).isZero();
  }

  @Test
  void finishingAContactForgetsAllItsFieldsOnly() {
    drafts.keep("rep", "wrapup-note/c-1", "a");
    drafts.keep("rep", "escalate-note/c-1", "b");
    drafts.keep("rep", "wrapup-note/c-11", "c");

    drafts.forgetContact("rep", "c-1");

    assertThat(drafts.size("rep")).isEqualTo(1);
    assertThat(drafts.draft("rep", "wrapup-note/c-11")).contains("c");
  }

  @Test
  void isBoundedInFieldsAndLength() {
    drafts.keep("rep", "long/c-1", "x".repeat(DeskDrafts.MOST_CHARS + 1));
    assertThat(drafts.size("rep")).isZero();
    for (int i = 0; i < DeskDrafts.MOST_FIELDS + 10; i++) {
      drafts.keep("rep", "f" + i + "/c", "v");
    }
    assertThat(drafts.size("rep")).isEqualTo(DeskDrafts.MOST_FIELDS);
  }

  @Test
  void wrapUpDeadlinesStartOnceAndMoveWithEachExtension() {
    WrapUpDeadlines deadlines = new WrapUpDeadlines(drafts, "rep");
    Instant start = Instant.parse("2026-03-02T15:00:00Z");

    Instant first = deadlines.deadline("c-1", start, Duration.ofMinutes(1));
    Instant later = deadlines.deadline("c-1", start.plusSeconds(30), Duration.ofMinutes(1));
    deadlines.extended("c-1", start.plusSeconds(40), Duration.ofMinutes(2));

    assertThat(first).isEqualTo(start.plusSeconds(60)).isEqualTo(later);
    assertThat(deadlines.deadline("c-1", start.plusSeconds(50), Duration.ofMinutes(1)))
        .isEqualTo(start.plusSeconds(180));
    deadlines.extended("c-1", start.plusSeconds(60), Duration.ofMinutes(30));
    assertThat(deadlines.deadline("c-1", start, Duration.ofMinutes(1)))
        .isEqualTo(start.plusSeconds(60).plus(Duration.ofMinutes(30)));
  }
}
