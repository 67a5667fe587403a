package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.nodebuffer.codec.Bytes.bytes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nodebuffer.testkit.DigestRecording;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 decoding (WHATWG replacement of bad sequences), {@code byteLength} and partial writes, one
 * readable assertion per rule, plus the Java-only parts of the contract.
 *
 * <p>Every expected value was printed by Node 22 (the terminal runs are pasted above each test),
 * and each helper also checks the literal against the {@code table-*} families that
 * record-utf8.js recorded, so a literal here cannot silently disagree with Node.
 */
class Utf8Test {

  private static final DigestRecording NODE =
      DigestRecording.load(Utf8Cases.class, Utf8Cases.RESOURCE);

  // $ node22 esc.js e282 e28241 ...   (esc.js prints Buffer.from(hex,'hex').toString() with
  //                                     non-ASCII units as \\uXXXX)
  // e282          -> \ufffd
  // e28241        -> \ufffdA
  // f09f98        -> \ufffd
  // f09f41        -> \ufffdA
  // f09f9841      -> \ufffdA
  // c080          -> \ufffd\ufffd
  // c1bf          -> \ufffd\ufffd
  // e08080        -> \ufffd\ufffd\ufffd
  // e09fbf        -> \ufffd\ufffd\ufffd
  // f0808080      -> \ufffd\ufffd\ufffd\ufffd
  // f08fbfbf      -> \ufffd\ufffd\ufffd\ufffd
  // eda080        -> \ufffd\ufffd\ufffd
  // edbfbf        -> \ufffd\ufffd\ufffd
  // eda0bdedb880  -> \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd
  // f4908080      -> \ufffd\ufffd\ufffd\ufffd
  // f5808080      -> \ufffd\ufffd\ufffd\ufffd
  // f888808080    -> \ufffd\ufffd\ufffd\ufffd\ufffd
  // fc8480808080  -> \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd
  // fe            -> \ufffd
  // ff            -> \ufffd
  // 80            -> \ufffd
  // 808080        -> \ufffd\ufffd\ufffd
  // c3            -> \ufffd
  // c341          -> \ufffdA
  // c3c3a9        -> \ufffd\u00e9
  // e228a1        -> \ufffd(\ufffd
  // e180e180      -> \ufffd\ufffd
  // f48fbfbf      -> \udbff\udfff
  // efbbbf41      -> \ufeffA

  @Test
  void truncatedSequenceIsOneReplacementAndTheNextByteStartsAfresh() {
    assertDecodes("e2 82", "\ufffd");
    assertDecodes("e2 82 41", "\ufffdA");
    assertDecodes("f0 9f 98", "\ufffd");
    assertDecodes("f0 9f 41", "\ufffdA");
    assertDecodes("f0 9f 98 41", "\ufffdA");
    assertDecodes("e1 80 e1 80", "\ufffd\ufffd");
  }

  @Test
  void overlongFormsAreOneReplacementPerByte() {
    assertDecodes("c0 80", "\ufffd\ufffd");
    assertDecodes("c1 bf", "\ufffd\ufffd");
    assertDecodes("e0 80 80", "\ufffd\ufffd\ufffd");
    assertDecodes("e0 9f bf", "\ufffd\ufffd\ufffd");
    assertDecodes("f0 80 80 80", "\ufffd\ufffd\ufffd\ufffd");
    assertDecodes("f0 8f bf bf", "\ufffd\ufffd\ufffd\ufffd");
  }

  @Test
  void encodedSurrogatesAreOneReplacementPerByteUnlikeTheJdk() {
    assertDecodes("ed a0 80", "\ufffd\ufffd\ufffd");
    assertDecodes("ed bf bf", "\ufffd\ufffd\ufffd");
    assertDecodes("ed a0 bd ed b8 80", "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd"); // CESU-8 pair
  }

  @Test
  void beyondU10ffffAndF5PlusLeadsAreOneReplacementPerByte() {
    assertDecodes("f4 90 80 80", "\ufffd\ufffd\ufffd\ufffd");
    assertDecodes("f5 80 80 80", "\ufffd\ufffd\ufffd\ufffd");
    assertDecodes("f8 88 80 80 80", "\ufffd\ufffd\ufffd\ufffd\ufffd");
    assertDecodes("fc 84 80 80 80 80", "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd");
  }

  @Test
  void invalidAndLoneBytes() {
    assertDecodes("fe", "\ufffd");
    assertDecodes("ff", "\ufffd");
    assertDecodes("80", "\ufffd");
    assertDecodes("80 80 80", "\ufffd\ufffd\ufffd");
    assertDecodes("c3", "\ufffd");
    assertDecodes("c3 41", "\ufffdA");
    assertDecodes("c3 c3 a9", "\ufffd\u00e9");
    assertDecodes("e2 28 a1", "\ufffd(\ufffd");
  }

  @Test
  void validEdgesAndTheBomIsKept() {
    assertDecodes("f4 8f bf bf", "\udbff\udfff"); // U+10FFFF
    assertDecodes("ef bb bf 41", "\ufeffA");
    assertDecodes("f0 9f 98 80", "\ud83d\ude00");
    assertDecodes("", "");
  }

  // $ node22 -p "const e = Buffer.from('a€b'); [e.toString('utf8',0,2), e.toString('utf8',2)]
  //              .map(s => escape(s))"
  // [ 'a%uFFFD', '%uFFFD%uFFFDb' ]
  @Test
  void slicingThroughACharacterGivesReplacements() {
    byte[] e = bytes("61 e2 82 ac 62"); // Buffer.from('a€b')
    assertRecordedDecode(e, 0, 2, "a\ufffd");
    assertThat(Utf8.INSTANCE.decode(e, 0, 2)).isEqualTo("a\ufffd");
    assertRecordedDecode(e, 2, 5, "\ufffd\ufffdb");
    assertThat(Utf8.INSTANCE.decode(e, 2, 3)).isEqualTo("\ufffd\ufffdb");
  }

  // $ node22 -p "[Buffer.byteLength('😀'), Buffer.byteLength('\ud800\ud800'),
  //              Buffer.byteLength('€'), Buffer.from('a\ud800b'), Buffer.from('\udc00\ud800'),
  //              Buffer.from('\ud83d\ude00')]"
  // [ 4, 6, 3, <Buffer 61 ef bf bd 62>, <Buffer ef bf bd ef bf bd>, <Buffer f0 9f 98 80> ]
  @Test
  void byteLengthAndEncodeOfSurrogates() {
    assertEncodes("\ud83d\ude00", "f0 9f 98 80");
    assertEncodes("\ud800\ud800", "ef bf bd ef bf bd");
    assertEncodes("\u20ac", "e2 82 ac");
    assertEncodes("a\ud800b", "61 ef bf bd 62");
    assertEncodes("\udc00\ud800", "ef bf bd ef bf bd"); // a reversed pair is two lone surrogates
    assertEncodes("\udfff", "ef bf bd");
    assertEncodes("", "");
  }

  // $ node22 -p "[Buffer.alloc(4).write('a😀'), Buffer.alloc(5).write('a😀'),
  //              Buffer.alloc(2).write('€'), Buffer.alloc(3).write('😀'),
  //              Buffer.alloc(2).write('\ud800')]"
  // [ 1, 5, 0, 0, 0 ]
  // $ node22 -p "(b => [b.write('a😀'), b])(Buffer.alloc(4, 0xa5))"
  // [ 1, <Buffer 61 a5 a5 a5> ]
  @Test
  void partialWritesStopAtTheFirstCharacterThatDoesNotFit() {
    assertWrites("a\ud83d\ude00", 4, 1, "61 a5 a5 a5");
    assertWrites("a\ud83d\ude00", 5, 5, "61 f0 9f 98 80");
    assertWrites("\u20ac", 2, 0, "a5 a5");
    assertWrites("\ud83d\ude00", 3, 0, "a5 a5 a5"); // no fallback to a 3-byte U+FFFD
    assertWrites("\ud800", 2, 0, "a5 a5");
    assertWrites("\ud800", 3, 3, "ef bf bd");
    assertWrites("\u00e9a", 1, 0, "a5"); // the 'a' would fit, but writing has stopped
    assertWrites("a\u00e9b", 2, 1, "61 a5");
  }

  // $ node22 -p "const s = 'x'.repeat(1000) + '\u00e9\ud800' + 'y'.repeat(1000);
  //              const b = Buffer.from(s); [b.length, Buffer.alloc(1001).write(s),
  //              b.toString() === s.replace('\ud800', '\ufffd'),
  //              escape(b.toString('utf8', 0, 1001).slice(998))]"
  // [ 2005, 1000, true, 'xx%uFFFD' ]
  @Test
  void asciiFastPathsHandOverMidway() {
    // Long ASCII runs before and after non-ASCII, so the fast paths stop and resume mid-input.
    String s = "x".repeat(1000) + "\u00e9\ud800" + "y".repeat(1000);
    byte[] encoded = new byte[Utf8.INSTANCE.byteLength(s)];
    assertThat(encoded.length).isEqualTo(2005);
    assertThat(Utf8.INSTANCE.encode(s, encoded, 0, encoded.length)).isEqualTo(2005);
    assertThat(Utf8.INSTANCE.decode(encoded, 0, encoded.length)).isEqualTo(s.replace('\ud800', '\ufffd'));
    assertThat(Utf8.INSTANCE.encode(s, new byte[1001], 0, 1001)).isEqualTo(1000);
    assertThat(Utf8.INSTANCE.decode(encoded, 0, 1001)).isEqualTo("x".repeat(1000) + "\ufffd");
  }

  /**
   * The bulk ASCII path ({@code asciiPrefix}: 16 units one by one, then chunks of 1024 through the
   * JDK's US-ASCII encoder) must stop exactly at the first non-ASCII unit wherever it falls: in
   * the head, on and around chunk edges, for every kind of unit (a pair split by a chunk edge
   * too), in full and partial writes, and at offsets into a larger array.
   */
  @Test
  void asciiBulkPathStopsExactlyAtTheFirstNonAsciiUnit() {
    String[] units = {"\u0080", "\u00ff", "\u0100", "\u07ff", "\u4e00", "\ud800", "\udc00", "\ud83d\ude00"};
    String[] hexes = {"c280", "c3bf", "c480", "dfbf", "e4b880", "efbfbd", "efbfbd", "f09f9880"};
    int[] positions = {0, 1, 15, 16, 17, 23, 24, 25, 1015, 1016, 1017, 1023, 1024, 1025, 2039, 2040, 2041, 2047};
    for (int u = 0; u < units.length; u++) {
      for (int p : positions) {
        for (int tail : new int[] {0, 1, 30}) {
          String s = "x".repeat(p) + units[u] + "y".repeat(tail);
          byte[] expected =
              Utf8Cases.bytes(Utf8Cases.hex("x".repeat(p).getBytes(StandardCharsets.US_ASCII)) + hexes[u]
                  + Utf8Cases.hex("y".repeat(tail).getBytes(StandardCharsets.US_ASCII)));
          assertWithMessage("byteLength, %s at %s", hexes[u], p)
              .that(Utf8.INSTANCE.byteLength(s)).isEqualTo(expected.length);
          byte[] dst = new byte[expected.length + 5];
          Arrays.fill(dst, (byte) 0xa5);
          assertThat(Utf8.INSTANCE.encode(s, dst, 3, expected.length)).isEqualTo(expected.length);
          assertThat(Arrays.copyOfRange(dst, 3, 3 + expected.length)).isEqualTo(expected);
          assertThat(dst[2]).isEqualTo((byte) 0xa5);
          assertThat(dst[3 + expected.length]).isEqualTo((byte) 0xa5);
          // A room that ends inside the character: only the ASCII before it is written.
          int charBytes = hexes[u].length() / 2;
          for (int room = p; room < p + charBytes; room++) {
            byte[] part = new byte[room + 2];
            Arrays.fill(part, (byte) 0xa5);
            // With byteLength(s) passed, as Buffer.from passes it.
            int byteLength = Utf8.INSTANCE.byteLength(s);
            assertWithMessage("write of %s at %s into %s", hexes[u], p, room)
                .that(Utf8.INSTANCE.encode(s, byteLength, part, 1, room)).isEqualTo(p);
            assertThat(Arrays.copyOfRange(part, 1, 1 + p)).isEqualTo(Arrays.copyOf(expected, p));
            assertThat(part[1 + p]).isEqualTo((byte) 0xa5);
          }
        }
      }
    }
  }

  // --- Java-only parts of the contract: offsets into a larger array, range checks -------------

  // --- Helpers --------------------------------------------------------------------------------

  /** Node decoded {@code hex} to {@code expected} (per the recording), and so does Utf8. */
  private static void assertDecodes(String hex, String expected) {
    byte[] b = bytes(hex);
    assertRecordedDecode(b, 0, b.length, expected);
    // Compared as code units: U+FFFD and lone surrogates are unreadable in a failure message.
    assertWithMessage("Utf8.INSTANCE.decode(%s) as UTF-16 units", hex)
        .that(Utf8Cases.unitsHex(Utf8.INSTANCE.decode(b, 0, b.length)))
        .isEqualTo(Utf8Cases.unitsHex(expected));
  }

  private static void assertRecordedDecode(byte[] b, int start, int end, String expected) {
    String input = Utf8Cases.decodeInput(b, start, end);
    assertWithMessage("Node 22's recorded toString of %s", input)
        .that(NODE.recorded("table-decode", input))
        .isEqualTo(Utf8Cases.unitsHex(expected));
  }

  /** Node encoded {@code s} to {@code hex} (per the recording), and so does Utf8. */
  private static void assertEncodes(String s, String hex) {
    byte[] expected = bytes(hex);
    assertWithMessage("Node 22's recorded byteLength and bytes of %s", Utf8Cases.unitsHex(s))
        .that(NODE.recorded("table-encode", Utf8Cases.encodeInput(s)))
        .isEqualTo(expected.length + " " + Utf8Cases.hex(expected));
    Codecs.UTF8.assertEncodes(s, expected);
  }

  /**
   * {@code Buffer.alloc(size, 0xa5).write(s)} returned {@code count} and left {@code buffer} in
   * Node (per the recording), and Utf8 does the same.
   */
  private static void assertWrites(String s, int size, int count, String buffer) {
    byte[] expected = bytes(buffer);
    assertWithMessage("Node 22's recorded write of %s into %s bytes", Utf8Cases.unitsHex(s), size)
        .that(NODE.recorded("table-write", Utf8Cases.writeInput(s, size, 0, size)))
        .isEqualTo(count + " " + Utf8Cases.hex(expected));
    Codecs.UTF8.assertWrites(s, size, count, expected);
  }

  /** Told byteLength(s) = s.length(), encode copies the units: in full and partial writes. */
  @Test
  void encodeToldTheByteLengthOfAnAsciiString() {
    for (int n : new int[] {0, 1, 23, 24, 1025, 3000}) {
      String s = "xyz".repeat(n).substring(0, n);
      for (int room : new int[] {0, n / 2, n, n + 2}) {
        byte[] dst = new byte[room + 2];
        Arrays.fill(dst, (byte) 0xa5);
        assertThat(Utf8.INSTANCE.encode(s, n, dst, 1, room)).isEqualTo(Math.min(n, room));
        byte[] expected = new byte[room + 2];
        Arrays.fill(expected, (byte) 0xa5);
        System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, expected, 1, Math.min(n, room));
        assertThat(dst).isEqualTo(expected);
      }
    }
    assertThrows(IndexOutOfBoundsException.class, () -> Utf8.INSTANCE.encode("ab", 2, new byte[2], 1, 2));
  }

}
