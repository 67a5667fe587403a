package dev.nodebuffer.codec;

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
 * The verify step: re-runs the recording scripts on a real Node 22 and checks that the committed
 * resources are still what Node answers. Runs only when the build is given a Node 22 binary
 * ({@code -Dnodebuffer.node=/path/to/node}); otherwise it is skipped, or fails when {@code
 * -Dnodebuffer.requireNode=true} (CI). Everything else in this module needs no Node.
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
  void committedRecordingsAreWhatNode22AnswersNow(String script)
      throws IOException, InterruptedException {
    String node = System.getProperty("nodebuffer.node", "").trim();
    if (node.isEmpty()) {
      if (Boolean.getBoolean("nodebuffer.requireNode")) {
        throw new AssertionError("nodebuffer.requireNode is set but nodebuffer.node is not");
      }
      Assumptions.abort("no Node 22 given (-Dnodebuffer.node=...); recorded answers are used");
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
