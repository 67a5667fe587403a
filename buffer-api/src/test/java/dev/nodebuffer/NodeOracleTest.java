package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verify step of this module's recorded Node answers: re-runs each recording script with
 * {@code --check} on a real Node 22, which fails if the committed resource is not what Node
 * answers now. Runs only when the build is given a Node 22 binary ({@code
 * -Dnodebuffer.node=/path/to/node}); otherwise it is skipped, or fails when {@code
 * -Dnodebuffer.requireNode=true} (CI). The tests that read the recordings need no Node.
 */
class NodeOracleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "record-numbers.js", // BufferNumbersNodeRecordingTest
        "record-search.js", // SearchNodeRecordingTest
        "record-inspect.js", // InspectNodeRecordingTest
        "record-surface.js" // NodeSurfaceTest
      })
  void committedRecordingIsWhatNode22AnswersNow(String script)
      throws IOException, InterruptedException {
    String node = System.getProperty("nodebuffer.node", "").trim();
    if (node.isEmpty()) {
      if (Boolean.getBoolean("nodebuffer.requireNode")) {
        throw new AssertionError("nodebuffer.requireNode is set but nodebuffer.node is not");
      }
      Assumptions.abort("no Node 22 given (-Dnodebuffer.node=...); the recorded answers are used");
    }
    // Surefire runs in the module directory.
    Path path = Paths.get("src", "test", "node", script);
    Path log = Files.createTempFile("node-oracle", ".log");
    try {
      Process p =
          new ProcessBuilder(node, path.toString(), "--check")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = p.waitFor(120, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      assertWithMessage("%s --check finished in time; output:\n%s", script, output)
          .that(done)
          .isTrue();
      assertWithMessage("%s --check exit code; output:\n%s", script, output)
          .that(p.exitValue())
          .isEqualTo(0);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
