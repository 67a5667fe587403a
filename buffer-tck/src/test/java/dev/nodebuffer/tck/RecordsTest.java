package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
