package dev.nodebuffer.pool;

import dev.nodebuffer.testkit.NodeOracle;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The verify step of this module's recorded Node answers: re-runs {@code record-pool.js} with
 * {@code --check} on a real Node 22, which fails if the committed resource is not what Node
 * answers now. Needs the pinned Node ({@link NodeOracle}): without it the test is skipped with a
 * message, or fails when {@code -Dnodebuffer.requireNode=true} (CI). {@link
 * BufferPoolNodeRecordingTest}, which reads the recording, needs no Node.
 */
class NodeOracleTest {

  @Test
  void committedRecordingIsWhatNode22AnswersNow() throws IOException, InterruptedException {
    NodeOracle.assertRecordingConfirmed("record-pool.js");
  }
}
