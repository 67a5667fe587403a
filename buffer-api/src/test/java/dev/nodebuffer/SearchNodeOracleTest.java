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
 * The verify step of {@link SearchNodeRecordingTest}: re-runs {@code record-search.js --check} on
 * a real Node 22 and checks that the committed recording is still what Node answers. Runs only
 * when the build is given a Node 22 ({@code -Dnodebuffer.node=...}); otherwise it is skipped, or
 * fails when {@code -Dnodebuffer.requireNode=true} (CI).
 */
class SearchNodeOracleTest {

  @Test
  void committedRecordingIsWhatNode22AnswersNow() throws IOException, InterruptedException {
    String node = System.getProperty("nodebuffer.node", "").trim();
    if (node.isEmpty()) {
      if (Boolean.getBoolean("nodebuffer.requireNode")) {
        throw new AssertionError("nodebuffer.requireNode is set but nodebuffer.node is not");
      }
      Assumptions.abort("no Node 22 given (-Dnodebuffer.node=...); the recorded answers are used");
    }
    Path script = Paths.get("src", "test", "node", "record-search.js"); // surefire runs in the module
    Path log = Files.createTempFile("search-oracle", ".log");
    try {
      Process p =
          new ProcessBuilder(node, script.toString(), "--check")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = p.waitFor(120, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      assertWithMessage("record-search.js --check finished in time; output:\n%s", output).that(done).isTrue();
      assertWithMessage("record-search.js --check exit code; output:\n%s", output).that(p.exitValue()).isEqualTo(0);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
