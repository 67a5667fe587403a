package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-utf8.js} through {@link
 * Utf8} and compares answers: all sampled cases line by line, and every case through the SHA-256
 * of its chunk. About 2.4 million cases: every 1-, 2- and E0..EF-led 3-byte input, F0..F4-led
 * 4-byte inputs over boundary continuation bytes, every BMP code unit, every surrogate pair, every
 * surrogate next to 14 partners in both orders, partial writes of every string of up to 3 atoms
 * into every room of 0..12 bytes, and 20,000 random cases each of decode, encode and partial write.
 */
class Utf8NodeRecordingTest extends DigestRecordingTest {

  Utf8NodeRecordingTest() {
    super(Utf8Cases.class, Utf8Cases.RESOURCE, Utf8Cases.GENERATED, Utf8Cases.TABLES);
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    Sink sink = new Sink(checker);
    if (family.listed) {
      Utf8Cases.replay(family.kind, family.sampleInputs(), sink);
    } else {
      Utf8Cases.generate(family.name, sink);
    }
  }

  // Alike FixedWidthNodeRecordingTest.Sink: each adapts its Cases class's own Sink to the checker.
  /** Feeds each case, with Utf8's answer, to the checker. */
  private record Sink(RecordingChecker checker) implements Utf8Cases.Sink {
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
  }
}
