package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Hex text to bytes ({@code Buffer.from(s, 'hex')}, {@code byteLength}), partial writes and bytes
 * to hex text, one example a case, each named by the rule it shows, plus the Java-only parts of
 * the contract.
 *
 * <p>The examples are the rows of {@code hex-examples.txt}, as Node 22 printed them (the commands
 * are in the file), and each is also checked against the {@code table-hex-*} families that
 * record-base64-hex.js recorded, so a row cannot silently disagree with Node.
 */
@ExampleSource.From("hex-examples.txt")
class HexTest {

  /**
   * Node gave {@code Buffer.from(s, 'hex')} and {@code byteLength(s, 'hex')} of the row (per the
   * recording too), and Hex does the same.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("from")
  void textBecomesTheBytesNodeGives(Example e) {
    String s = e.string(0); // -> bytes | byteLength
    int byteLength = e.answerInt(1);
    HexBase64Cases.assertRecorded(
        "table-hex-from", HexBase64Cases.fromInput(s), byteLength + " " + e.answer(0));
    assertThat(Hex.INSTANCE.byteLength(s)).isEqualTo(byteLength);
    byte[] dst = new byte[byteLength];
    int n = Hex.INSTANCE.encode(s, dst, 0, byteLength);
    assertThat(Utf8Cases.hex(Arrays.copyOf(dst, n))).isEqualTo(e.answer(0));
  }

  /**
   * {@code Buffer.alloc(size, 0xa5).write(s, 0, size, 'hex')} returned the row's count and left
   * its buffer in Node (per the recording too), and Hex does the same.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("write")
  void partialWritesAreNodes(Example e) {
    String s = e.string(0); // size -> count | buffer
    int size = e.integer(1);
    HexBase64Cases.assertRecorded(
        "table-hex-write",
        HexBase64Cases.writeInput(s, size, 0, size),
        e.answer(0) + " " + e.answer(1));
    Codecs.HEX.assertWrites(s, size, e.answerInt(0), bytes(e.answer(1)));
  }

  /**
   * Node gave {@code buf.toString('hex', start, end)} of the row (per the recording too), and Hex
   * does the same, by either path.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("tostring")
  void bytesBecomeTheTextNodeGives(Example e) {
    byte[] b = e.bytes(0); // start end -> text
    int start = e.integer(1);
    int end = e.integer(2);
    HexBase64Cases.assertRecorded(
        "table-hex-tostring", HexBase64Cases.tostringInput(b, start, end), e.answer(0));
    assertThat(Hex.INSTANCE.decode(b, start, end - start)).isEqualTo(e.answer(0));
    assertThat(Hex.decodeByTable(b, start, end - start)).isEqualTo(e.answer(0));
  }

  // --- Java-only parts of the contract --------------------------------------------------------

  /** The JDK 17-21 path, which the tests (on a JDK 22+) would otherwise never run. */
  @Test
  void decodeByTableIsHexFormatOnEveryByteAndRandomRanges() {
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
    }
    assertThat(Hex.decodeByTable(all, 0, 256)).isEqualTo(HexFormat.of().formatHex(all));
    java.util.Random random = new java.util.Random(0x5eed);
    for (int t = 0; t < 500; t++) {
      byte[] src = new byte[random.nextInt(70)];
      random.nextBytes(src);
      int from = random.nextInt(src.length + 1);
      int to = from + random.nextInt(src.length - from + 1);
      assertThat(Hex.decodeByTable(src, from, to - from))
          .isEqualTo(HexFormat.of().formatHex(src, from, to));
    }
  }
}
