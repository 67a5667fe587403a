package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.Set;
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
            name, checker.problemCount(), String.join("\n  ", problems))
        .that(problems)
        .isEmpty();
  }

  /** Feeds each case, with Utf8's answer, to the shared checker. */
  private static final class Checker implements Utf8Cases.Sink {
    private final RecordingChecker checker;

    Checker(NodeRecording.Family family) {
      this.checker = new RecordingChecker(family, "record-utf8.js");
    }

    @Override
    public void decode(byte[] bytes, int start, int end) {
      checker.accept(
          Utf8Cases.decodeInput(bytes, start, end),
          () -> Utf8Cases.decodeOutput(bytes, start, end));
    }

    @Override
    public void encode(String s) {
      checker.accept(Utf8Cases.encodeInput(s), () -> Utf8Cases.encodeOutput(s));
    }

    @Override
    public void write(String s, int size, int off, int len) {
      checker.accept(
          Utf8Cases.writeInput(s, size, off, len),
          () -> Utf8Cases.writeOutput(s, size, off, len));
    }

    List<String> finish() {
      return checker.finish();
    }

    int problemCount() {
      return checker.problemCount();
    }
  }
}
