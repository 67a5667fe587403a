package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class RecordsTest {

  @Test
  void formatThenParseGivesTheSameOutcomes() {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    outcomes.put("a/one", new Outcome(List.of("8192", "\"x\\ny\""), null));
    outcomes.put("a/two", new Outcome(List.of(), "Error: two\nlines \\ and\r"));
    String text = Records.format(List.of("header"), outcomes);
    assertThat(text).startsWith("# header\n== a/one\nout 8192\n");
    assertThat(Records.parse(text)).containsExactlyEntriesIn(outcomes).inOrder();
  }

  @Test
  void crashedAndTimedOutLinesRoundTrip() {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    outcomes.put("a/crash", Outcome.crashed("exit code 134 (128 + signal 6, SIGABRT); stderr:\n# Assertion failed"));
    outcomes.put("a/hang", Outcome.timedOut("no outcome within 10 s; the process was killed"));
    outcomes.put("a/fine", new Outcome(List.of("1"), null));
    String text = Records.format(List.of(), outcomes);
    assertThat(text).isEqualTo("== a/crash\n"
        + "crashed exit code 134 (128 + signal 6, SIGABRT); stderr:\\n# Assertion failed\n"
        + "== a/hang\ntimed-out no outcome within 10 s; the process was killed\n"
        + "== a/fine\nout 1\n");
    Map<String, Outcome> parsed = Records.parse(text);
    assertThat(parsed).containsExactlyEntriesIn(outcomes).inOrder();
    assertThat(Objects.requireNonNull(parsed.get("a/crash")).ending()).isEqualTo(Outcome.Ending.CRASHED);
    assertThat(Objects.requireNonNull(parsed.get("a/crash")).detail()).isEqualTo(Objects.requireNonNull(outcomes.get("a/crash")).detail());
    assertThat(Objects.requireNonNull(parsed.get("a/hang")).ending()).isEqualTo(Outcome.Ending.TIMED_OUT);
  }

  @Test
  void aCrashedOrTimedOutOutcomeNeverEqualsAFinishedOne() {
    Outcome nothing = new Outcome(List.of(), null);
    assertThat(Outcome.crashed("x")).isNotEqualTo(nothing);
    assertThat(Outcome.timedOut("x")).isNotEqualTo(nothing);
    assertThat(Outcome.crashed("x")).isNotEqualTo(Outcome.timedOut("x"));
    assertThat(Outcome.crashed("pid 1")).isEqualTo(Outcome.crashed("pid 2"));
    assertThat(Records.difference(nothing, Outcome.crashed("exit code 3")))
        .isEqualTo("expected:\n  (nothing)\nactual:\n  crashed exit code 3\n");
    assertThat(Records.difference(nothing, new Outcome(List.of(), null))).isNull();
  }
}
