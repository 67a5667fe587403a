package dev.nodebuffer.testkit;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The pinned Node 22 binary as the tests' oracle. It is the system property {@code
 * nodebuffer.node} (the build passes it to the tests), else the environment variable {@code
 * NODEBUFFER_NODE}; {@code scripts/node22} installs it and prints its path. Without one, a test
 * that needs Node is skipped with a message saying how to get one, or fails when {@code
 * nodebuffer.requireNode=true} (CI).
 */
public final class NodeOracle {

  /** The message of a skipped Node test. */
  public static final String HOW_TO_GET_ONE =
      "no Node 22 given: run `scripts/node22` and pass its output as -Dnodebuffer.node=PATH"
          + " (or set NODEBUFFER_NODE); the recorded answers are still checked";

  private static final long CHECK_SECONDS = 120;

  private NodeOracle() {}

  /** Whether the build demands Node ({@code -Dnodebuffer.requireNode=true}, as CI does). */
  public static boolean required() {
    return Boolean.getBoolean("nodebuffer.requireNode");
  }

  /**
   * The configured Node binary. Skips the calling test when there is none, or fails it when {@link
   * #required()}; fails it as well when the configured path is not an executable file.
   */
  public static Path node() {
    String configured =
        firstNonBlank(System.getProperty("nodebuffer.node"), System.getenv("NODEBUFFER_NODE"));
    if (configured == null) {
      assertWithMessage("nodebuffer.requireNode is set, but %s", HOW_TO_GET_ONE)
          .that(required())
          .isFalse();
      Assumptions.abort(HOW_TO_GET_ONE);
      throw new AssertionError("unreachable: Assumptions.abort throws");
    }
    Path node = Path.of(configured);
    assertWithMessage("the configured Node (nodebuffer.node / NODEBUFFER_NODE) is executable")
        .that(Files.isExecutable(node))
        .isTrue();
    return node;
  }

  /**
   * Runs the recording script {@code src/test/node/SCRIPT} of the module under test (surefire runs
   * in the module's directory) with {@code --check} on Node, and fails unless it confirms, within
   * two minutes and with exit code 0, that the committed recording is what Node answers now. Every
   * recording script takes {@code --check} (the shared command line of {@code
   * buffer-testkit/src/main/node/recording.js}, {@code cli}).
   */
  public static void assertRecordingConfirmed(String script)
      throws IOException, InterruptedException {
    Path node = node();
    Path path = Path.of("src", "test", "node", script);
    assertWithMessage("recording script %s exists", path.toAbsolutePath())
        .that(Files.isRegularFile(path))
        .isTrue();
    Path log = Files.createTempFile("node-oracle", ".log");
    try {
      Process p =
          new ProcessBuilder(node.toString(), path.toString(), "--check")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = p.waitFor(CHECK_SECONDS, TimeUnit.SECONDS);
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

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null && !b.isBlank() ? b.strip() : null;
  }
}
