package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.NodeOracle;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verify step: re-runs the recording scripts on a real Node 22 and checks that the committed
 * resources are still what Node answers. Needs the pinned Node ({@link NodeOracle}): without it the
 * test is skipped with a message, or fails when {@code -Dnodebuffer.requireNode=true} (CI).
 * Everything else in this module needs no Node.
 */
class NodeOracleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "record-utf8.js",
        "record-fixed-width.js",
        "record-encoding-names.js",
        "record-validation.js",
        "record-transcode.js",
        "record-forgiving-base64.js",
        "record-base64-hex.js"
      })
  void committedRecordingIsWhatNode22AnswersNow(String script)
      throws IOException, InterruptedException {
    NodeOracle.assertRecordingConfirmed(script);
  }
}
