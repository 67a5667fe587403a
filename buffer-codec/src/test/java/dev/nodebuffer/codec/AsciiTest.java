package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;
import static dev.nodebuffer.codec.Codecs.ASCII;
import static dev.nodebuffer.codec.FixedWidthTables.assertDecodes;
import static dev.nodebuffer.codec.FixedWidthTables.assertEncodes;
import static dev.nodebuffer.codec.FixedWidthTables.assertNodeDecoded;
import static dev.nodebuffer.codec.FixedWidthTables.assertWrites;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Ascii encode and decode, {@code byteLength} and partial writes, one readable assertion per rule,
 * plus the Java-only parts of the contract.
 *
 * <p>Every expected value was printed by Node 22 (the terminal runs are pasted above each test),
 * and each helper also checks the literal against the {@code table-*} families that
 * record-fixed-width.js recorded, so a literal here cannot silently disagree with Node.
 */
class AsciiTest {

  // $ node22 -p "[Buffer.from('\u00e9\u20ac', 'ascii'), Buffer.from('\u00e9\u20ac😀', 'ascii'),
  //              Buffer.from('A\u0080\u00ff', 'ascii'), Buffer.byteLength('😀', 'ascii')]"
  // [ <Buffer e9 ac>, <Buffer e9 ac 3d 00>, <Buffer 41 80 ff>, 2 ]
  @Test
  void encodeIsLatin1sNoMaskingAndNoQuestionMark() {
    assertEncodes(ASCII, "ascii", "\u00e9\u20ac", "e9 ac");
    assertEncodes(ASCII, "ascii", "\u00e9\u20ac\ud83d\ude00", "e9 ac 3d 00");
    assertEncodes(ASCII, "ascii", "A\u0080\u00ff", "41 80 ff");
    assertEncodes(ASCII, "ascii", "", "");
    // Why Ascii does not call getBytes(US_ASCII): it writes '?' for every unit above U+007F.
    byte[] jdk = "\u00e9\u20ac".getBytes(StandardCharsets.US_ASCII);
    assertThat(jdk).isEqualTo(bytes("3f 3f"));
  }

  // $ node22 -p "[escape(Buffer.from('4180c8ff', 'hex').toString('ascii')),
  //              Buffer.from('e9', 'hex').toString('ascii'),
  //              escape(Buffer.from('00ff7f80', 'hex').toString('ascii')),
  //              Buffer.from('e9414243c8', 'hex').toString('ascii', 1, 4)]"
  // [ 'A%00H%7F', 'i', '%00%7F%7F%00', 'ABC' ]
  @Test
  void decodeMasksEveryByteWith7f() {
    assertDecodes(ASCII, "ascii", "41 80 c8 ff", "A\u0000H\u007f");
    assertDecodes(ASCII, "ascii", "e9", "i"); // so "é" encodes to e9 and decodes to "i"
    assertDecodes(ASCII, "ascii", "00 ff 7f 80", "\u0000\u007f\u007f\u0000");
    assertDecodes(ASCII, "ascii", "", "");
    byte[] b = bytes("e9 41 42 43 c8");
    assertNodeDecoded("ascii", b, 1, 4, "ABC");
    assertThat(Ascii.INSTANCE.decode(b, 1, 3)).isEqualTo("ABC");
    // Why Ascii does not decode with US_ASCII: it gives U+FFFD for every byte above 7F.
    assertThat(new String(bytes("41 80"), StandardCharsets.US_ASCII)).isEqualTo("A\ufffd");
  }

  // $ node22 -p "[(b => [b.write('abc', 0, 2, 'ascii'), b])(Buffer.alloc(2, 0xa5)),
  //              (b => [b.write('\u00e9\u20ac', 0, 4, 'ascii'), b])(Buffer.alloc(4, 0xa5))]"
  // [ [ 2, <Buffer 61 62> ], [ 2, <Buffer e9 ac a5 a5> ] ]
  @Test
  void partialWritesWriteMinOfRoomAndLength() {
    assertWrites(ASCII, "ascii", "abc", 2, 2, "61 62");
    assertWrites(ASCII, "ascii", "\u00e9\u20ac", 4, 2, "e9 ac a5 a5");
  }

  // --- Java-only parts of the contract -------------------------------------------------------

  @Test
  void theMaskingPathTakesOverMidway() {
    // A long ASCII run, then high bytes, then ASCII again: the all-ASCII scan stops at the first
    // high byte, and only bytes from there on are masked.
    byte[] b = new byte[2003];
    Arrays.fill(b, (byte) 'x');
    b[1000] = (byte) 0xc1;
    b[1001] = (byte) 0x80;
    b[2002] = (byte) 0xff;
    String s = Ascii.INSTANCE.decode(b, 0, b.length);
    assertThat(s).isEqualTo("x".repeat(1000) + "A\u0000" + "x".repeat(1000) + "\u007f");
    assertThat(Ascii.INSTANCE.decode(b, 0, 1000)).isEqualTo("x".repeat(1000));
    assertThat(Ascii.INSTANCE.decode(b, 1001, 2)).isEqualTo("\u0000x");
    assertThat(b[1000]).isEqualTo((byte) 0xc1); // the source is not masked in place
  }
}
