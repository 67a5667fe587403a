package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-base64-hex.js} through
 * {@link Hex} and {@link Base64} and compares answers: all sampled cases line by line, and every
 * case through the SHA-256 of its chunk. About 510,000 cases:
 *
 * <ul>
 *   <li>hex text to bytes ({@code Buffer.from}, {@code byteLength}): every 1- and 2-unit string
 *       over 280 units (all of 00..FF and 24 above FF, many of whose low byte is a hex digit),
 *       every 4-unit string over 10 units, 20,000 random strings; partial writes: a grid of 15
 *       strings into rooms 0..10, 20,000 random writes;
 *   <li>bytes to hex text: every 1- and 2-byte input, 10,000 random arrays and ranges;
 *   <li>base64 and base64url text to bytes, under both names: every 1- and 2-unit string over the
 *       same 280 units, every 4-unit string over 16 units and every 5-unit string over 8 (both
 *       alphabets, {@code '='}, whitespace, junk, units above FF acting as digits or {@code '='}),
 *       20,000 random strings (Node's own encodings, some edited; free mixtures; some of 4,096
 *       units and more, which take the strict fast path); partial writes: 54 strings into rooms
 *       0..8, 20,000 random writes, the long ones into rooms around their decoded size;
 *   <li>bytes to base64 and base64url text: every 1- and 2-byte input, 50 random arrays of each
 *       length 0..100, 2,000 more of any length, a quarter of them as ranges.
 * </ul>
 */
class HexBase64NodeRecordingTest extends DigestRecordingTest {

  static final String RESOURCE = "base64-hex-node22.txt";

  HexBase64NodeRecordingTest() {
    super(
        HexBase64NodeRecordingTest.class,
        RESOURCE,
        HexBase64Cases.GENERATED,
        HexBase64Cases.TABLES);
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    Sink sink = new Sink(checker, family.kind);
    if (family.listed) {
      HexBase64Cases.replay(family.kind, family.sampleInputs(), sink);
    } else {
      HexBase64Cases.generate(family.name, sink);
    }
  }

  /** Feeds each case, with the codec's answer for the family's kind, to the checker. */
  private record Sink(RecordingChecker checker, String kind) implements HexBase64Cases.Sink {
    @Override
    public void from(String s) {
      checker.accept(HexBase64Cases.fromInput(s), () -> HexBase64Cases.fromOutput(kind, s));
    }

    @Override
    public void write(String s, int size, int off, int len) {
      checker.accept(
          HexBase64Cases.writeInput(s, size, off, len),
          () -> HexBase64Cases.writeOutput(kind, s, size, off, len));
    }

    @Override
    public void tostring(byte[] bytes, int start, int end) {
      checker.accept(
          HexBase64Cases.tostringInput(bytes, start, end),
          () -> HexBase64Cases.tostringOutput(kind, bytes, start, end));
    }
  }
}
