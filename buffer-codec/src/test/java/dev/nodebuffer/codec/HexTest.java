package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.nodebuffer.codec.Bytes.bytes;

import dev.nodebuffer.testkit.DigestRecording;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Hex text to bytes ({@code Buffer.from(s, 'hex')}, {@code byteLength}), partial writes and bytes
 * to hex text, one readable assertion per rule, plus the Java-only parts of the contract.
 *
 * <p>Every expected value was printed by Node 22 (the terminal runs are pasted above each test),
 * and each helper also checks the literal against the {@code table-hex-*} families that
 * record-base64-hex.js recorded, so a literal here cannot silently disagree with Node.
 */
class HexTest {

  private static final DigestRecording NODE =
      DigestRecording.load(HexTest.class, HexBase64NodeRecordingTest.RESOURCE);

  // $ node22 -p "['abcd','ABCD','aBcD','abc','a','','abzz12','zzab','ab cd','ab\ncd','0x12',
  //              'abcdé','šb','Łł','İı'].map(s => JSON.stringify(s) + ' -> '
  //              + Buffer.from(s,'hex').toString('hex') + ' ' + Buffer.byteLength(s,'hex'))
  //              .join('\n')"
  // "abcd" -> abcd 2
  // "ABCD" -> abcd 2
  // "aBcD" -> abcd 2
  // "abc" -> ab 1
  // "a" ->  0
  // "" ->  0
  // "abzz12" -> ab 3
  // "zzab" ->  2
  // "ab cd" -> ab 2
  // "ab\ncd" -> ab 2
  // "0x12" ->  2
  // "abcdé" -> abcd 2
  // "šb" -> ab 1
  // "Łł" -> ab 1
  // "İı" -> 01 1

  @Test
  void bothCasesAreAccepted() {
    assertFrom("abcd", "ab cd", 2);
    assertFrom("ABCD", "ab cd", 2);
    assertFrom("aBcD", "ab cd", 2);
  }

  @Test
  void aFinalOddUnitIsIgnored() {
    assertFrom("abc", "ab", 1);
    assertFrom("a", "", 0);
    assertFrom("", "", 0);
  }

  @Test
  void decodingStopsAtTheFirstPairWithANonDigitAndKeepsWhatCameBefore() {
    assertFrom("abzz12", "ab", 3); // "12" after the bad pair is not read
    assertFrom("zzab", "", 2);
    assertFrom("ab cd", "ab", 2); // pairs are "ab", " c": no whitespace skipping
    assertFrom("ab\ncd", "ab", 2);
    assertFrom("0x12", "", 2); // no prefix handling: "0x" is a bad pair
    assertFrom("abcd\u00e9", "ab cd", 2); // the odd unit at the end, even a bad one, is ignored
  }

  @Test
  void unitsAboveFfActAsTheirLowByte() {
    assertFrom("\u0161b", "ab", 1); // U+0161 -> 0x61 'a'
    assertFrom("\u0141\u0142", "ab", 1); // U+0141, U+0142 -> 'A', 'B'
    assertFrom("\u0130\u0131", "01", 1); // U+0130, U+0131 -> '0', '1'
  }

  // $ node22 -p "[Buffer.alloc(1).write('aabb','hex'), Buffer.alloc(2).write('zz','hex'),
  //              (b => [b.write('aazz', 'hex'), b])(Buffer.alloc(4, 0xa5)),
  //              (b => [b.write('aabbc', 0, 4, 'hex'), b])(Buffer.alloc(4, 0xa5))]"
  // [ 1, 0, [ 1, <Buffer aa a5 a5 a5> ], [ 2, <Buffer aa bb a5 a5> ] ]
  @Test
  void partialWritesStopWhenRoomRunsOutOrAtTheFirstBadPair() {
    assertWrites("aabb", 1, 1, "aa");
    assertWrites("zz", 2, 0, "a5 a5");
    assertWrites("aazz", 4, 1, "aa a5 a5 a5");
    assertWrites("aabbc", 4, 2, "aa bb a5 a5");
    assertWrites("aabb", 4, 2, "aa bb a5 a5");
  }

  // $ node22 -p "[Buffer.from('abcdef').toString('hex',2), Buffer.from([0x01,0xab]).toString('hex'),
  //              Buffer.from([0,0x0f,0x10,0x7f,0x80,0xff]).toString('hex'),
  //              Buffer.alloc(0).toString('hex')]"
  // [ '63646566', '01ab', '000f107f80ff', '' ]
  @Test
  void bytesBecomeLowerCaseHex() {
    assertToString(HexBase64Cases.ascii("abcdef"), 2, 6, "63646566");
    assertToString(bytes("01 ab"), 0, 2, "01ab");
    assertToString(bytes("00 0f 10 7f 80 ff"), 0, 6, "000f107f80ff");
    assertToString(new byte[0], 0, 0, "");
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

  // --- Helpers --------------------------------------------------------------------------------

  /**
   * Node gave {@code Buffer.from(s, 'hex')} = {@code hex} and {@code byteLength(s, 'hex')} = {@code
   * byteLength} (per the recording), and Hex does the same.
   */
  private static void assertFrom(String s, String hex, int byteLength) {
    byte[] expected = bytes(hex);
    assertWithMessage("Node 22's recorded byteLength and bytes of %s", Utf8Cases.unitsHex(s))
        .that(NODE.recorded("table-hex-from", HexBase64Cases.fromInput(s)))
        .isEqualTo(byteLength + " " + Utf8Cases.hex(expected));
    assertThat(Hex.INSTANCE.byteLength(s)).isEqualTo(byteLength);
    byte[] dst = new byte[byteLength];
    int n = Hex.INSTANCE.encode(s, dst, 0, byteLength);
    assertThat(Arrays.copyOf(dst, n)).isEqualTo(expected);
  }

  /**
   * {@code Buffer.alloc(size, 0xa5).write(s, 0, size, 'hex')} returned {@code count} and left
   * {@code buffer} in Node (per the recording), and Hex does the same.
   */
  private static void assertWrites(String s, int size, int count, String buffer) {
    byte[] expected = bytes(buffer);
    assertWithMessage("Node 22's recorded hex write of %s into %s bytes", s, size)
        .that(NODE.recorded("table-hex-write", HexBase64Cases.writeInput(s, size, 0, size)))
        .isEqualTo(count + " " + Utf8Cases.hex(expected));
    Codecs.HEX.assertWrites(s, size, count, expected);
  }

  /** Node gave {@code buf.toString('hex', start, end)} = {@code text}, and Hex does the same. */
  private static void assertToString(byte[] b, int start, int end, String text) {
    assertWithMessage("Node 22's recorded toString('hex') of %s", Utf8Cases.hex(b))
        .that(NODE.recorded("table-hex-tostring", HexBase64Cases.tostringInput(b, start, end)))
        .isEqualTo(text);
    assertThat(Hex.INSTANCE.decode(b, start, end - start)).isEqualTo(text);
    assertThat(Hex.decodeByTable(b, start, end - start)).isEqualTo(text);
  }
}
