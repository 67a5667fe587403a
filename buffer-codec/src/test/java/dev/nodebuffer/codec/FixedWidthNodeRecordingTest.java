package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-fixed-width.js} through
 * {@link Latin1}, {@link Ascii} and {@link Utf16le} (reached by {@link Encoding#lookup} of the name
 * Node was given) and compares answers: all sampled cases line by line, and every case through the
 * SHA-256 of its chunk. About 575,000 cases, for each of latin1, ascii and utf16le: every 1- and
 * 2-byte input, every BMP code unit alone (encode and byteLength), 20,000 random byte arrays with
 * random ranges (odd starts and lengths included), 20,000 random strings (ASCII, Latin-1, CJK,
 * emoji and other pairs, lone surrogates, long mostly-ASCII and mostly-Latin-1 ones), 392 partial
 * writes of fixed strings into every room of 0..13 bytes and 20,000 random partial writes, under
 * every spelling of the name; plus the hand-listed {@code table-*} cases that {@link Latin1Test},
 * {@link AsciiTest} and {@link Utf16leTest} check their literals against.
 */
class FixedWidthNodeRecordingTest extends DigestRecordingTest {

  static final String RESOURCE = "fixed-width-node22.txt";

  FixedWidthNodeRecordingTest() {
    super(
        FixedWidthNodeRecordingTest.class,
        RESOURCE,
        FixedWidthCases.generatedFamilies(),
        FixedWidthCases.TABLES);
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    Sink sink = new Sink(checker);
    if (family.listed) {
      FixedWidthCases.replay(family.kind, family.sampleInputs(), sink);
    } else {
      FixedWidthCases.generate(family.name, sink);
    }
  }

  // Alike Utf8NodeRecordingTest.Sink: each adapts its Cases class's own Sink to the checker.
  /** Feeds each case, with the codec's answer, to the checker. */
  private record Sink(RecordingChecker checker) implements FixedWidthCases.Sink {
    @Override
    public void decode(String enc, byte[] bytes, int start, int end) {
      checker.accept(
          FixedWidthCases.decodeInput(enc, bytes, start, end),
          () -> FixedWidthCases.decodeOutput(enc, bytes, start, end));
    }

    @Override
    public void encode(String enc, String s) {
      checker.accept(
          FixedWidthCases.encodeInput(enc, s), () -> FixedWidthCases.encodeOutput(enc, s));
    }

    @Override
    public void write(String enc, String s, int size, int off, int len) {
      checker.accept(
          FixedWidthCases.writeInput(enc, s, size, off, len),
          () -> FixedWidthCases.writeOutput(enc, s, size, off, len));
    }
  }
}
