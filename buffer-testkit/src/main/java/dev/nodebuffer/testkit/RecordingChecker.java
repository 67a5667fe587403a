package dev.nodebuffer.testkit;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Compares Java's answers for the cases of one family of a {@link DigestRecording} with Node's:
 * hashes Java's output lines chunk by chunk, as the recording script hashed Node's, compares every
 * sampled case line by line, and checks the inputs' digest (so a generator drift between a script
 * and its Java twin is reported as such, not as a codec bug). {@link #assertReplays} runs it.
 */
public final class RecordingChecker {

  private final DigestRecording.Family family;
  private final String script;
  private final MessageDigest inputs = sha256();
  private MessageDigest chunk = sha256();
  private final Mismatches problems = new Mismatches();
  private int n;

  private RecordingChecker(DigestRecording.Family family, String script) {
    this.family = family;
    this.script = script;
  }

  /**
   * Feeds the family's cases, in order, to a checker ({@code cases} calls {@link #accept} once a
   * case), then fails the test with the first problems if Java's answers are not Node's.
   *
   * @param script the recording script's file name, for the {@code --dump} hint in a report
   */
  public static void assertReplays(
      DigestRecording.Family family, String script, Consumer<RecordingChecker> cases) {
    RecordingChecker checker = new RecordingChecker(family, script);
    cases.accept(checker);
    checker.finish();
    checker.problems.assertNone(family.name + " against Node 22");
  }

  /** One case: its input line, and how to compute Java's output line for it. */
  public void accept(String input, Supplier<String> java) {
    String output;
    try {
      output = java.get();
    } catch (RuntimeException e) {
      // The code under test must never throw on data; report the input, not only a stack trace.
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

  /** Closes the last chunk and checks the counts and the inputs' digest. */
  private void finish() {
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
      problem("the inputs differ from the script's (generator drift, not a bug of the code)");
    }
  }

  @FormatMethod
  private void problem(@FormatString String format, Object... args) {
    problems.add(String.format(format, args));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
