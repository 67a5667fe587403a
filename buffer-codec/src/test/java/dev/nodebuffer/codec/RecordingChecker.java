package dev.nodebuffer.codec;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Compares Java's answers for the cases of one recorded family with Node's: hashes Java's output
 * lines chunk by chunk, as the recording script hashed Node's, compares every sampled case line by
 * line, and checks the inputs' digest (so a generator drift between a script and its Java twin is
 * reported as such, not as a codec bug). Feed it the family's cases in order with {@link #accept},
 * then call {@link #finish}.
 */
final class RecordingChecker {

  private static final int MAX_REPORTED = 20;

  private final NodeRecording.Family family;
  private final String script;
  private final MessageDigest inputs = sha256();
  private MessageDigest chunk = sha256();
  private final List<String> problems = new ArrayList<>();
  private int problemCount;
  private int n;

  /**
   * @param script the recording script's file name, for the {@code --dump} hint in a report
   */
  RecordingChecker(NodeRecording.Family family, String script) {
    this.family = family;
    this.script = script;
  }

  /** One case: its input line, and how to compute Java's output line for it. */
  void accept(String input, Supplier<String> java) {
    String output;
    try {
      output = java.get();
    } catch (RuntimeException e) {
      // The codec must never throw on data; report the input instead of only a stack trace.
      output = "threw " + e;
      problem("case %d, input %s: Java threw %s", n, input, e);
    }
    inputs.update((input + "\n").getBytes(StandardCharsets.UTF_8));
    chunk.update((output + "\n").getBytes(StandardCharsets.UTF_8));
    String[] sample = family.samples.get(n);
    if (sample != null) {
      if (!sample[0].equals(input)) {
        problem(
            "case %d: generator drift, Java made input %s where the script made %s",
            n, input, sample[0]);
      } else if (!sample[1].equals(output)) {
        problem("case %d, input %s: Node %s, Java %s", n, input, sample[1], output);
      }
    }
    n++;
    if (n % family.chunk == 0) {
      closeChunk();
    }
  }

  private void closeChunk() {
    int k = (n - 1) / family.chunk;
    String java = HexFormat.of().formatHex(chunk.digest());
    chunk = sha256();
    String node = k < family.chunkSha256.size() ? family.chunkSha256.get(k) : "(no chunk)";
    if (!node.equals(java)) {
      problem(
          "chunk %d (cases %d..%d) differs; Node's answers: node22 src/test/node/%s --dump %s %d",
          k, (long) k * family.chunk, n - 1, script, family.name, k);
    }
  }

  /** Closes the last chunk and returns the first problems found (empty when all agree). */
  List<String> finish() {
    if (n % family.chunk != 0) {
      closeChunk();
    }
    if (n != family.cases) {
      problem("Java generated %d cases, Node recorded %d", n, family.cases);
    }
    int chunks = (n + family.chunk - 1) / family.chunk;
    if (chunks != family.chunkSha256.size()) {
      problem("Java made %d chunks, Node recorded %d", chunks, family.chunkSha256.size());
    }
    String java = HexFormat.of().formatHex(inputs.digest());
    if (!java.equals(family.inputsSha256)) {
      problem("the inputs differ from the script's (generator drift, not a codec bug)");
    }
    return problems;
  }

  /** How many problems were found in all, of which {@link #finish} lists the first few. */
  int problemCount() {
    return problemCount;
  }

  @FormatMethod
  private void problem(@FormatString String format, Object... args) {
    problemCount++;
    if (problems.size() < MAX_REPORTED) {
      problems.add(String.format(format, args));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
