package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;
import static dev.nodebuffer.codec.Codecs.UTF16LE;
import static dev.nodebuffer.codec.FixedWidthTables.assertDecodes;
import static dev.nodebuffer.codec.FixedWidthTables.assertEncodes;
import static dev.nodebuffer.codec.FixedWidthTables.assertNodeDecoded;
import static dev.nodebuffer.codec.FixedWidthTables.assertWrites;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Utf16le (ucs2) encode and decode, {@code byteLength} and partial writes, one readable assertion
 * per rule, plus the Java-only parts of the contract.
 *
 * <p>Every expected value was printed by Node 22 (the terminal runs are pasted above each test),
 * and each helper also checks the literal against the {@code table-*} families that
 * record-fixed-width.js recorded, so a literal here cannot silently disagree with Node.
 */
class Utf16leTest {

  // $ node22 -p "[Buffer.from('\ud800', 'utf16le'), Buffer.from('\ud800', 'ucs2'),
  //              Buffer.from('\udc00\ud800', 'utf16le'), Buffer.from('a\u20ac', 'utf16le'),
  //              Buffer.from('😀', 'ucs2'), Buffer.byteLength('😀', 'utf16le'),
  //              Buffer.byteLength('😀', 'ucs2')]"
  // [
  //   <Buffer 00 d8>,
  //   <Buffer 00 d8>,
  //   <Buffer 00 dc 00 d8>,
  //   <Buffer 61 00 ac 20>,
  //   <Buffer 3d d8 00 de>,
  //   4,
  //   4
  // ]
  @Test
  void encodeWritesEachCodeUnitLittleEndianLoneSurrogatesAsTheyAre() {
    assertEncodes(UTF16LE, "utf16le", "\ud800", "00 d8");
    assertEncodes(UTF16LE, "ucs2", "\ud800", "00 d8");
    assertEncodes(UTF16LE, "utf16le", "\udc00\ud800", "00 dc 00 d8"); // a reversed pair
    assertEncodes(UTF16LE, "utf16le", "a\u20ac", "61 00 ac 20");
    assertEncodes(UTF16LE, "ucs2", "\ud83d\ude00", "3d d8 00 de");
    assertEncodes(UTF16LE, "utf16le", "\ud83d\ude00", "3d d8 00 de"); // byteLength('😀') is 4
    assertEncodes(UTF16LE, "utf16le", "", "");
    // Why Utf16le does not call getBytes(UTF_16LE): it writes U+FFFD for a lone surrogate.
    byte[] jdk = "\ud800".getBytes(StandardCharsets.UTF_16LE);
    assertThat(jdk).isEqualTo(bytes("fd ff"));
  }

  // $ node22 -p "[escape(Buffer.from('616263', 'hex').toString('utf16le')),
  //              JSON.stringify(Buffer.from('61', 'hex').toString('utf16le')),
  //              escape(Buffer.from('00d8', 'hex').toString('ucs2')),
  //              escape(Buffer.from('00dc00d8', 'hex').toString('utf16le')),
  //              escape(Buffer.from('3dd800de', 'hex').toString('utf16le')),
  //              escape(Buffer.from('0061626364', 'hex').toString('utf16le', 1, 4)),
  //              escape(Buffer.from('0061626364', 'hex').toString('utf16le', 1, 5))]"
  // [
  //   '%u6261',
  //   '""',
  //   '%uD800',
  //   '%uDC00%uD800',
  //   '%uD83D%uDE00',
  //   '%u6261',
  //   '%u6261%u6463'
  // ]
  @Test
  void decodeReadsPairsAndIgnoresAnOddFinalByte() {
    assertDecodes(UTF16LE, "utf16le", "61 62 63", "\u6261");
    assertDecodes(UTF16LE, "utf16le", "61", "");
    assertDecodes(UTF16LE, "ucs2", "00 d8", "\ud800");
    assertDecodes(UTF16LE, "utf16le", "00 dc 00 d8", "\udc00\ud800");
    assertDecodes(UTF16LE, "utf16le", "3d d8 00 de", "\ud83d\ude00");
    assertDecodes(UTF16LE, "utf16le", "", "");
    // Why Utf16le does not decode with UTF_16LE: an odd final byte becomes U+FFFD.
    assertThat(new String(bytes("61 62 63"), StandardCharsets.UTF_16LE)).isEqualTo("\u6261\ufffd");
  }

  @Test
  void pairsAreCountedFromTheStartOfTheRangeWhateverItsParity() {
    byte[] b = bytes("00 61 62 63 64");
    assertNodeDecoded("utf16le", b, 1, 4, "\u6261");
    assertThat(Utf16le.INSTANCE.decode(b, 1, 3)).isEqualTo("\u6261");
    assertNodeDecoded("utf16le", b, 1, 5, "\u6261\u6463");
    assertThat(Utf16le.INSTANCE.decode(b, 1, 4)).isEqualTo("\u6261\u6463");
  }

  // $ node22 -p "[(b => [b.write('abc', 0, 5, 'utf16le'), b])(Buffer.alloc(5, 0xa5)),
  //              (b => [b.write('abc', 0, 1, 'utf16le'), b])(Buffer.alloc(1, 0xa5)),
  //              (b => [b.write('😀', 0, 3, 'ucs2'), b])(Buffer.alloc(3, 0xa5)),
  //              (b => [b.write('😀', 0, 4, 'utf16le'), b])(Buffer.alloc(4, 0xa5))]"
  // [
  //   [ 4, <Buffer 61 00 62 00 a5> ],
  //   [ 0, <Buffer a5> ],
  //   [ 2, <Buffer 3d d8 a5> ],
  //   [ 4, <Buffer 3d d8 00 de> ]
  // ]
  @Test
  void partialWritesWriteWholeUnitsAndLeaveAnOddFinalByte() {
    assertWrites(UTF16LE, "utf16le", "abc", 5, 4, "61 00 62 00 a5");
    assertWrites(UTF16LE, "utf16le", "abc", 1, 0, "a5");
    assertWrites(UTF16LE, "ucs2", "\ud83d\ude00", 3, 2, "3d d8 a5"); // a pair may be cut between its units
    assertWrites(UTF16LE, "utf16le", "\ud83d\ude00", 4, 4, "3d d8 00 de");
  }

  // --- Java-only parts of the contract -------------------------------------------------------

  @Test
  void everyUnitRoundTrips() {
    char[] all = new char[0x10000];
    for (int u = 0; u < all.length; u++) {
      all[u] = (char) u;
    }
    String s = new String(all);
    byte[] b = new byte[Utf16le.INSTANCE.byteLength(s)];
    assertThat(Utf16le.INSTANCE.encode(s, b, 0, b.length)).isEqualTo(0x20000);
    assertThat(b[2 * 0xABCD]).isEqualTo((byte) 0xCD);
    assertThat(b[2 * 0xABCD + 1]).isEqualTo((byte) 0xAB);
    assertThat(Utf16le.INSTANCE.decode(b, 0, b.length)).isEqualTo(s);
  }
}
