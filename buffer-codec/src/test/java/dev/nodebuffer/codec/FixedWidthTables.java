package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.nodebuffer.codec.Bytes.bytes;

import dev.nodebuffer.testkit.DigestRecording;

/**
 * Checks the examples of {@link Latin1Test}, {@link AsciiTest} and {@link Utf16leTest} against
 * the {@code table-*} families that {@code record-fixed-width.js} recorded from Node 22, so that a
 * row of their examples cannot silently disagree with Node.
 */
final class FixedWidthTables {

  private FixedWidthTables() {}

  private static final DigestRecording NODE =
      DigestRecording.load(FixedWidthTables.class, FixedWidthNodeRecordingTest.RESOURCE);

  /** Node's {@code Buffer.from(bytes).toString(name, start, end)} was {@code expected}. */
  static void assertNodeDecoded(String name, byte[] bytes, int start, int end, String expected) {
    String input = FixedWidthCases.decodeInput(name, bytes, start, end);
    assertWithMessage("Node 22's recorded toString of %s", input)
        .that(NODE.recorded("table-decode", input))
        .isEqualTo(Utf8Cases.unitsHex(expected));
  }

  /**
   * Node's {@code Buffer.byteLength(s, name)} and {@code Buffer.from(s, name)} gave {@code
   * expected}.
   */
  static void assertNodeEncoded(String name, String s, byte[] expected) {
    String input = FixedWidthCases.encodeInput(name, s);
    assertWithMessage("Node 22's recorded byteLength and bytes of %s", input)
        .that(NODE.recorded("table-encode", input))
        .isEqualTo(expected.length + " " + Utf8Cases.hex(expected));
  }

  /**
   * Node's {@code Buffer.alloc(size, 0xa5).write(s, 0, size, name)} returned {@code count} and
   * left {@code buffer}.
   */
  static void assertNodeWrote(String name, String s, int size, int count, byte[] buffer) {
    String input = FixedWidthCases.writeInput(name, s, size, 0, size);
    assertWithMessage("Node 22's recorded write of %s", input)
        .that(NODE.recorded("table-write", input))
        .isEqualTo(count + " " + Utf8Cases.hex(buffer));
  }

  /** Node encoded {@code s} to {@code hex} under {@code name} (per the recording); so does codec. */
  static void assertEncodes(Codecs codec, String name, String s, String hex) {
    byte[] expected = bytes(hex);
    assertNodeEncoded(name, s, expected);
    codec.assertEncodes(s, expected);
  }

  /** Node's {@code Buffer.alloc(size, 0xa5).write(s, 0, size, name)}; codec does the same. */
  static void assertWrites(
      Codecs codec, String name, String s, int size, int count, String buffer) {
    byte[] expected = bytes(buffer);
    assertNodeWrote(name, s, size, count, expected);
    codec.assertWrites(s, size, count, expected);
  }
}
