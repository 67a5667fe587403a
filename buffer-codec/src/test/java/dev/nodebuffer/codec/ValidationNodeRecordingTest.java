package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;
import java.util.List;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-validation.js} through
 * {@link Validation} and compares answers: all sampled cases line by line, every case through the
 * SHA-256 of its chunk. About 31 million inputs: {@code isUtf8} of every 1-, 2- and 3-byte input,
 * of 14.4 million 4-byte inputs (11 leads x every second byte x 20 boundary third bytes x every
 * last byte), of 20,000 random UTF-8-like arrays (some 3,000 bytes long, a quarter viewed through
 * a random range) and of 2,000 long valid texts, half damaged by one byte; {@code isAscii} of every
 * 1- and 2-byte input and of 20,000 random arrays with at most one high byte.
 */
class ValidationNodeRecordingTest extends DigestRecordingTest {

  // Alike ForgivingBase64NodeRecordingTest: DigestRecordingTest's template, generated families.
  ValidationNodeRecordingTest() {
    super(
        ValidationNodeRecordingTest.class,
        "validation-node22.txt",
        ValidationCases.FAMILIES,
        List.of());
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    boolean ascii = family.kind.equals("isascii");
    ValidationCases.generate(
        family.name,
        new ValidationCases.Sink() {
          @Override
          public void check(byte[] bytes, int start, int end) {
            checker.accept(
                ValidationCases.checkInput(bytes, start, end),
                () ->
                    ascii
                        ? ValidationCases.isAsciiOutput(bytes, start, end)
                        : ValidationCases.isUtf8Output(bytes, start, end));
          }

          @Override
          public void block(byte[] prefix) {
            checker.accept(
                ValidationCases.blockInput(prefix), () -> ValidationCases.blockOutput(prefix));
          }
        });
  }
}
