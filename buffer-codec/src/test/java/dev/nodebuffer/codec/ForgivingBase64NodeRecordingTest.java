package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.RecordingChecker;
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
  private static final DigestRecording NODE =
      DigestRecording.load(ForgivingBase64NodeRecordingTest.class, RESOURCE);

  @Test
  void everyRecordedFamilyIsReplayed() {
    assertThat(NODE.families.keySet())
        .containsExactlyElementsIn(ForgivingBase64Cases.FAMILIES)
        .inOrder();
  }

  static Stream<String> families() {
    return NODE.familyNames();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void javaAnswersWhatNodeAnswered(String name) {
    DigestRecording.Family family = NODE.family(name);
    boolean atob = family.kind.equals("atob");
    RecordingChecker.assertReplays(
        family,
        "record-forgiving-base64.js",
        checker ->
            ForgivingBase64Cases.generate(
                name,
                s ->
                    checker.accept(
                        Utf8Cases.unitsHex(s),
                        () ->
                            atob
                                ? ForgivingBase64Cases.atobOutput(s)
                                : ForgivingBase64Cases.btoaOutput(s))));
  }
}
