package dev.nodebuffer;

import dev.nodebuffer.testkit.NodeOracle;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verify step of this module's recorded Node answers: re-runs each recording script with
 * {@code --check} on a real Node 22, which fails if the committed resource is not what Node
 * answers now. Needs the pinned Node ({@link NodeOracle}): without it the test is skipped with a
 * message, or fails when {@code -Dnodebuffer.requireNode=true} (CI). The tests that read the
 * recordings need no Node.
 */
class NodeOracleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "record-numbers.js", // BufferNumbersNodeRecordingTest
        "record-search.js", // BufferSearchNodeRecordingTest
        "record-search-utf16.js", // Utf16SearchNodeRecordingTest
        "record-inspect.js", // InspectNodeRecordingTest
        "record-surface.js", // SurfaceNodeRecordingTest
        "record-dataview.js", // DataViewNodeRecordingTest
        "record-elements.js" // ElementConversionNodeRecordingTest
      })
  void committedRecordingIsWhatNode22AnswersNow(String script)
      throws IOException, InterruptedException {
    NodeOracle.assertRecordingConfirmed(script);
  }
}
