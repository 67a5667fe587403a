package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-utf8.js} through {@link
 * Utf8} and compares answers: all sampled cases line by line, and every case through the SHA-256
 * of its chunk. About 2.4 million cases: every 1-, 2- and E0..EF-led 3-byte input, F0..F4-led
 * 4-byte inputs over boundary continuation bytes, every BMP code unit, every surrogate pair, every
 * surrogate next to 14 partners in both orders, partial writes of every string of up to 3 atoms
 * into every room of 0..12 bytes, and 20,000 random cases each of decode, encode and partial write.
 */
class Utf8NodeRecordingTest {

  private static final NodeRecording NODE = NodeRecording.load();
  private static final int MAX_REPORTED = 20;

  @Test
  void theRecordingComesFromNode22() {
    assertThat(NODE.nodeVersion).startsWith("v22.");
  }

  @Test
  void theJavaRngIsTheScriptRng() {
    Utf8Cases.Rng rng = new Utf8Cases.Rng(NODE.rngSeed);
    long[] java = new long[NODE.rngValues.length];
    for (int i = 0; i < java.length; i++) {
      java[i] = Integer.toUnsignedLong(rng.next());
    }
    assertThat(NODE.rngSeed).isEqualTo(Utf8Cases.RNG_CHECK_SEED);
    assertThat(java).isEqualTo(NODE.rngValues);
  }

  @Test
  void everyRecordedFamilyIsReplayed() {
    Set<String> generated =
        NODE.families.values().stream()
            .filter(f -> !f.listed)
            .map(f -> f.name)
            .collect(Collectors.toSet());
    assertThat(generated).isEqualTo(Utf8Cases.GENERATED);
    assertThat(NODE.families.keySet()).containsAtLeast("table-decode", "table-encode", "table-write");
  }

  static Stream<String> families() {
    return NODE.families.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void javaAnswersWhatNodeAnswered(String name) {
    NodeRecording.Family family = NODE.family(name);
    Checker checker = new Checker(family);
    if (family.listed) {
      Utf8Cases.replay(family.kind, family.sampleInputs(), checker);
    } else {
      Utf8Cases.generate(name, checker);
    }
    List<String> problems = checker.finish();
    assertWithMessage(
            "%s: %s problem(s) against Node 22, first ones:\n  %s",
            name, checker.problemCount, String.join("\n  ", problems))
        .that(problems)
        .isEmpty();
  }

  /** Hashes Java's answers chunk by chunk, as the script hashed Node's, and compares. */
  private static final class Checker implements Utf8Cases.Sink {
    private final NodeRecording.Family family;
    private final MessageDigest inputs = sha256();
    private MessageDigest chunk = sha256();
    private final List<String> problems = new ArrayList<>();
    private int problemCount;
    private int n;

    Checker(NodeRecording.Family family) {
      this.family = family;
    }

    @Override
    public void decode(byte[] bytes, int start, int end) {
      accept(
          Utf8Cases.decodeInput(bytes, start, end),
          () -> Utf8Cases.decodeOutput(bytes, start, end));
    }

    @Override
    public void encode(String s) {
      accept(Utf8Cases.encodeInput(s), () -> Utf8Cases.encodeOutput(s));
    }

    @Override
    public void write(String s, int size, int off, int len) {
      accept(
          Utf8Cases.writeInput(s, size, off, len),
          () -> Utf8Cases.writeOutput(s, size, off, len));
    }

    private void accept(String input, Supplier<String> java) {
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
            "chunk %d (cases %d..%d) differs; Node's answers: node22 src/test/node/record-utf8.js"
                + " --dump %s %d",
            k, (long) k * family.chunk, n - 1, family.name, k);
      }
    }

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

    @FormatMethod
    private void problem(@FormatString String format, Object... args) {
      problemCount++;
      if (problems.size() < MAX_REPORTED) {
        problems.add(String.format(format, args));
      }
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
