package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;
import static dev.nodebuffer.codec.Codecs.LATIN1;
import static dev.nodebuffer.codec.FixedWidthTables.assertDecodes;
import static dev.nodebuffer.codec.FixedWidthTables.assertEncodes;
import static dev.nodebuffer.codec.FixedWidthTables.assertNodeDecoded;
import static dev.nodebuffer.codec.FixedWidthTables.assertWrites;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Latin1 encode and decode, {@code byteLength} and partial writes, one readable assertion per
 * rule, plus the Java-only parts of the contract.
 *
 * <p>Every expected value was printed by Node 22 (the terminal runs are pasted above each test),
 * and each helper also checks the literal against the {@code table-*} families that
 * record-fixed-width.js recorded, so a literal here cannot silently disagree with Node.
 */
class Latin1Test {

  // $ node22 -p "[Buffer.from('\u00e9\u20ac😀', 'latin1'),
  //              Buffer.from('\u00e9\u20ac😀', 'binary'),
  //              Buffer.from('\u0100\u01ff\uffff', 'latin1'), Buffer.byteLength('😀', 'latin1'),
  //              Buffer.byteLength('', 'latin1')]"
  // [ <Buffer e9 ac 3d 00>, <Buffer e9 ac 3d 00>, <Buffer 00 ff ff>, 2, 0 ]
  @Test
  void encodeKeepsTheLowEightBitsOfEveryCodeUnit() {
    assertEncodes(LATIN1, "latin1", "\u00e9\u20ac\ud83d\ude00", "e9 ac 3d 00"); // a pair is 2 units
    assertEncodes(LATIN1, "binary", "\u00e9\u20ac\ud83d\ude00", "e9 ac 3d 00");
    assertEncodes(LATIN1, "latin1", "\u0100\u01ff\uffff", "00 ff ff");
    assertEncodes(LATIN1, "latin1", "\ud83d\ude00", "3d 00"); // byteLength('😀') is 2
    assertEncodes(LATIN1, "latin1", "", "");
  }

  @Test
  void theJdksIso88591EncoderIsNotNodes() {
    // Why Latin1 does not call getBytes(ISO_8859_1): it writes '?' for units above U+00FF.
    byte[] jdk = "\u00e9\u20ac".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(jdk).isEqualTo(bytes("e9 3f"));
  }

  // $ node22 -p "[escape(Buffer.from('4180c8ff', 'hex').toString('latin1')),
  //              escape(Buffer.from('00ff7f80', 'hex').toString('binary')),
  //              escape(Buffer.from('e9414243c8', 'hex').toString('latin1', 3, 5))]"
  // [ 'A%80%C8%FF', '%00%FF%7F%80', 'C%C8' ]
  @Test
  void decodeMapsByteBToU00b() {
    assertDecodes(LATIN1, "latin1", "41 80 c8 ff", "A\u0080\u00c8\u00ff");
    assertDecodes(LATIN1, "binary", "00 ff 7f 80", "\u0000\u00ff\u007f\u0080");
    assertDecodes(LATIN1, "latin1", "e9 ac 3d 00", "\u00e9\u00ac=\u0000");
    assertDecodes(LATIN1, "latin1", "", "");
    byte[] b = bytes("e9 41 42 43 c8");
    assertNodeDecoded("latin1", b, 3, 5, "C\u00c8");
    assertThat(Latin1.INSTANCE.decode(b, 3, 2)).isEqualTo("C\u00c8");
  }

  // $ node22 -p "[(b => [b.write('\u00e9\u20ac😀', 0, 3, 'latin1'), b])(Buffer.alloc(3, 0xa5)),
  //              (b => [b.write('\u00e9\u20ac😀', 0, 2, 'binary'), b])(Buffer.alloc(2, 0xa5)),
  //              (b => [b.write('abc', 0, 0, 'latin1'), b])(Buffer.alloc(0, 0xa5))]"
  // [ [ 3, <Buffer e9 ac 3d> ], [ 2, <Buffer e9 ac> ], [ 0, <Buffer > ] ]
  @Test
  void partialWritesWriteMinOfRoomAndLength() {
    assertWrites(LATIN1, "latin1", "\u00e9\u20ac\ud83d\ude00", 3, 3, "e9 ac 3d"); // splits the pair
    assertWrites(LATIN1, "binary", "\u00e9\u20ac\ud83d\ude00", 2, 2, "e9 ac");
    assertWrites(LATIN1, "latin1", "abc", 0, 0, "");
  }

  // --- Java-only parts of the contract -------------------------------------------------------

  @Test
  void bothStringRepresentationsEncodeAlike() {
    // A JDK String stores 8-bit units compactly unless one unit needs 16 bits; getBytes reads
    // both forms. The same Latin-1 text, long, with and without a wide unit at the end:
    String latin = "\u00e9\u00ff\u0080a".repeat(300);
    byte[] narrow = new byte[latin.length()];
    assertThat(Latin1.INSTANCE.encode(latin, narrow, 0, narrow.length)).isEqualTo(1200);
    byte[] wide = new byte[latin.length() + 1];
    assertThat(Latin1.INSTANCE.encode(latin + "\u20ac", wide, 0, wide.length)).isEqualTo(1201);
    assertThat(Arrays.copyOf(wide, 1200)).isEqualTo(narrow);
    assertThat(wide[1200]).isEqualTo((byte) 0xac);
    assertThat(Latin1.INSTANCE.decode(narrow, 0, narrow.length)).isEqualTo(latin);
  }
}
