package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;
import java.util.List;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-transcode.js} through
 * {@link Transcoder} and compares answers: all sampled cases line by line, every case through the
 * SHA-256 of its chunk. Each case converts one source to all four targets; about 577,000 sources
 * (2.3 million conversions): every 1- and 2-byte source from each of ascii, latin1, ucs2 and utf8,
 * 61,440 3-byte and 40,000 4-byte utf8 sources over boundary bytes, every ucs2 code unit followed
 * by an odd byte, every surrogate next to 14 partners, every Unicode scalar value (in blocks of
 * 256, as utf8 and as ucs2), 20,000 random sources; and 65 encoding names as fromEnc and toEnc.
 */
class TranscodeNodeRecordingTest extends DigestRecordingTest {

  TranscodeNodeRecordingTest() {
    super(
        TranscodeNodeRecordingTest.class,
        "transcode-node22.txt",
        TranscodeCases.GENERATED,
        List.of("names"));
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    if (family.listed) {
      for (String n : TranscodeCases.names(family.sampleInputs())) {
        checker.accept(Utf8Cases.unitsHex(n), () -> TranscodeCases.namesOutput(n));
      }
      return;
    }
    TranscodeCases.generate(
        family.name,
        new TranscodeCases.Sink() {
          @Override
          public void convert(String from, byte[] bytes) {
            checker.accept(
                TranscodeCases.convertInput(from, bytes),
                () -> TranscodeCases.convertOutput(from, bytes));
          }

          @Override
          public void scalars(int first) {
            checker.accept(
                TranscodeCases.scalarsInput(first), () -> TranscodeCases.scalarsOutput(first));
          }
        });
  }
}
