package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;
import java.util.List;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-forgiving-base64.js}
 * through {@link ForgivingBase64} and compares answers: all sampled cases line by line, every case
 * through the SHA-256 of its chunk. {@code atob} of every string of up to 6 characters over {@code
 * A Q + =}, space, TAB, VT and U+00E9 (299,593 strings), of every UTF-16 code unit alone and after
 * {@code "ABC"}, of 20,000 damaged base64 texts; {@code btoa} of every code unit and of 20,000
 * random strings.
 */
class ForgivingBase64NodeRecordingTest extends DigestRecordingTest {

  // Alike ValidationNodeRecordingTest: DigestRecordingTest's template, generated families only.
  ForgivingBase64NodeRecordingTest() {
    super(
        ForgivingBase64NodeRecordingTest.class,
        "forgiving-base64-node22.txt",
        ForgivingBase64Cases.FAMILIES,
        List.of());
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    boolean atob = family.kind.equals("atob");
    ForgivingBase64Cases.generate(
        family.name,
        s ->
            checker.accept(
                Utf8Cases.unitsHex(s),
                () -> atob ? ForgivingBase64Cases.atobOutput(s) : ForgivingBase64Cases.btoaOutput(s)));
  }
}
