package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The verify step for {@link NodeSurfaceTest}'s recording: re-runs {@code
 * src/test/node/record-surface.js --check} on a real Node 22, which fails if the committed list of
 * names is not what Node answers now. Runs only when the build is given a Node 22 binary ({@code
 * -Dnodebuffer.node=/path/to/node}); otherwise it is skipped, or fails when {@code
 * -Dnodebuffer.requireNode=true} (CI), exactly as buffer-codec's {@code NodeOracleTest}.
 */
class NodeSurfaceRecordingTest {

  @Test
  void committedSurfaceIsWhatNode22AnswersNow() throws IOException, InterruptedException {
    String node = System.getProperty("nodebuffer.node", "").trim();
    if (node.isEmpty()) {
      if (Boolean.getBoolean("nodebuffer.requireNode")) {
        throw new AssertionError("nodebuffer.requireNode is set but nodebuffer.node is not");
      }
      Assumptions.abort("no Node 22 given (-Dnodebuffer.node=...); the recorded names are used");
    }
    // Surefire runs in the module directory.
    Path script = Paths.get("src", "test", "node", "record-surface.js");
    Path log = Files.createTempFile("node-surface", ".log");
    try {
      Process p =
          new ProcessBuilder(node, script.toString(), "--check")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = p.waitFor(60, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      assertWithMessage("record-surface.js --check finished in time; output:\n%s", output)
          .that(done)
          .isTrue();
      assertWithMessage("record-surface.js --check exit code; output:\n%s", output)
          .that(p.exitValue())
          .isEqualTo(0);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
