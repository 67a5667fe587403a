package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-forgiving-base64.js}
 * through {@link ForgivingBase64} and compares answers: all sampled cases line by line, every case
 * through the SHA-256 of its chunk. {@code atob} of every string of up to 6 characters over {@code
 * A Q + =}, space, TAB, VT and U+00E9 (299,593 strings), of every UTF-16 code unit alone and after
 * {@code "ABC"}, of 20,000 damaged base64 texts; {@code btoa} of every code unit and of 20,000
 * random strings.
 */
class ForgivingBase64NodeRecordingTest {

  static final String RESOURCE = "forgiving-base64-node22.txt";
  private static final NodeRecording NODE = NodeRecording.load(RESOURCE);

  @Test
  void everyRecordedFamilyIsReplayed() {
    assertThat(NODE.families.keySet())
        .containsExactlyElementsIn(ForgivingBase64Cases.FAMILIES)
        .inOrder();
  }

  static Stream<String> families() {
    return NODE.families.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void javaAnswersWhatNodeAnswered(String name) {
    NodeRecording.Family family = NODE.family(name);
    RecordingChecker checker = new RecordingChecker(family, "record-forgiving-base64.js");
    boolean atob = family.kind.equals("atob");
    ForgivingBase64Cases.generate(
        name,
        s ->
            checker.accept(
                Utf8Cases.unitsHex(s),
                () -> atob ? ForgivingBase64Cases.atobOutput(s) : ForgivingBase64Cases.btoaOutput(s)));
    List<String> problems = checker.finish();
    assertWithMessage(
            "%s: %s problem(s) against Node 22, first ones:\n  %s",
            name, checker.problemCount(), String.join("\n  ", problems))
        .that(problems)
        .isEmpty();
  }
}
