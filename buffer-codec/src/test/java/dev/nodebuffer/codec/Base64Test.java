package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.nodebuffer.codec.Bytes.bytes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import dev.nodebuffer.testkit.DigestRecording;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Base64 and base64url text to bytes ({@code Buffer.from}, {@code byteLength}), partial writes and
 * bytes to base64 text, one readable assertion per rule, plus the Java-only parts of the contract,
 * among them the strict fast path.
 *
 * <p>Every expected value was printed by Node 22 (the terminal runs are pasted above the tests),
 * and each helper also checks the literal against the {@code table-b64-*} families that
 * record-base64-hex.js recorded, under both names, so a literal here cannot silently disagree with
 * Node.
 */
class Base64Test {

  private static final DigestRecording NODE =
      DigestRecording.load(Base64Test.class, HexBase64NodeRecordingTest.RESOURCE);

  // $ node22 -p "const rows = ['QUJD','QUJDRA==','QUJDRA=','QUJDRA','QUJDRA===','QUJDR','Q','QQ',
  //              'QQ==','Q===','=','==','====','QU JD','QU\nJD\r\n','QU\tJD','QU!JD',' QUJD ',
  //              'QU*J-D','QQ==QUJD','QUJD=QUJD','QUJ=D','QU=JD','Q=UJD','-_-_','+/+/','-_+/',
  //              'QUJDéRA','QUJDŁRA','QUJDĽRA','QUJDRA==garbage','a b c d'];
  //              rows.map(s => JSON.stringify(s).padEnd(20) + ' -> '
  //              + [Buffer.from(s,'base64').toString('hex'), Buffer.from(s,'base64url')
  //              .toString('hex'), Buffer.byteLength(s,'base64'), Buffer.byteLength(s,'base64url')]
  //              .join(' | ')).join('\n')"
  // "QUJD"               -> 414243 | 414243 | 3 | 3
  // "QUJDRA=="           -> 41424344 | 41424344 | 4 | 4
  // "QUJDRA="            -> 41424344 | 41424344 | 4 | 4
  // "QUJDRA"             -> 41424344 | 41424344 | 4 | 4
  // "QUJDRA==="          -> 41424344 | 41424344 | 5 | 5
  // "QUJDR"              -> 414243 | 414243 | 3 | 3
  // "Q"                  ->  |  | 0 | 0
  // "QQ"                 -> 41 | 41 | 1 | 1
  // "QQ=="               -> 41 | 41 | 1 | 1
  // "Q==="               ->  |  | 1 | 1
  // "="                  ->  |  | 0 | 0
  // "=="                 ->  |  | 0 | 0
  // "===="               ->  |  | 1 | 1
  // "QU JD"              -> 414243 | 414243 | 3 | 3
  // "QU\nJD\r\n"         -> 414243 | 414243 | 5 | 5
  // "QU\tJD"             -> 414243 | 414243 | 3 | 3
  // "QU!JD"              -> 414243 | 414243 | 3 | 3
  // " QUJD "             -> 414243 | 414243 | 4 | 4
  // "QU*J-D"             -> 41427e | 41427e | 4 | 4
  // "QQ==QUJD"           -> 41 | 41 | 6 | 6
  // "QUJD=QUJD"          -> 414243 | 414243 | 6 | 6
  // "QUJ=D"              -> 4142 | 4142 | 3 | 3
  // "QU=JD"              -> 41 | 41 | 3 | 3
  // "Q=UJD"              ->  |  | 3 | 3
  // "-_-_"               -> fbffbf | fbffbf | 3 | 3
  // "+/+/"               -> fbffbf | fbffbf | 3 | 3
  // "-_+/"               -> fbffbf | fbffbf | 3 | 3
  // "QUJDéRA"            -> 41424344 | 41424344 | 5 | 5
  // "QUJDŁRA"            -> 4142430110 | 4142430110 | 5 | 5
  // "QUJDĽRA"            -> 414243 | 414243 | 5 | 5
  // "QUJDRA==garbage"    -> 41424344 | 41424344 | 11 | 11
  // "a b c d"            -> 69b71d | 69b71d | 5 | 5

  @Test
  void paddingIsNeverRequiredAndExtraPaddingChangesNothing() {
    assertFrom("QUJD", "41 42 43", 3);
    assertFrom("QUJDRA==", "41 42 43 44", 4);
    assertFrom("QUJDRA=", "41 42 43 44", 4);
    assertFrom("QUJDRA", "41 42 43 44", 4);
    assertFrom("QUJDRA===", "41 42 43 44", 5); // byteLength strips only two '='
  }

  @Test
  void twoDigitsMakeOneByteThreeMakeTwoAndALoneDigitNothing() {
    assertFrom("QUJDR", "41 42 43", 3);
    assertFrom("Q", "", 0);
    assertFrom("QQ", "41", 1);
    assertFrom("QQ==", "41", 1);
    assertFrom("Q===", "", 1);
  }

  @Test
  void paddingAloneDecodesToNothing() {
    assertFrom("=", "", 0);
    assertFrom("==", "", 0);
    assertFrom("====", "", 1);
    assertFrom("", "", 0);
  }

  @Test
  void nonDigitsAreSkippedButCountedByByteLength() {
    assertFrom("QU JD", "41 42 43", 3);
    assertFrom("QU\nJD\r\n", "41 42 43", 5);
    assertFrom("QU\tJD", "41 42 43", 3);
    assertFrom("QU!JD", "41 42 43", 3);
    assertFrom(" QUJD ", "41 42 43", 4);
    assertFrom("QU*J-D", "41 42 7e", 4); // '*' skipped, '-' is 62
    assertFrom("QUJD\u00e9RA", "41 42 43 44", 5); // é = 0xE9 is not a digit
    assertFrom("a b c d", "69 b7 1d", 5);
  }

  @Test
  void anEqualsSignStopsDecodingWhereverItIs() {
    assertFrom("QQ==QUJD", "41", 6);
    assertFrom("QUJD=QUJD", "41 42 43", 6);
    assertFrom("QUJ=D", "41 42", 3);
    assertFrom("QU=JD", "41", 3);
    assertFrom("Q=UJD", "", 3);
    assertFrom("QUJDRA==garbage", "41 42 43 44", 11);
  }

  @Test
  void bothAlphabetsAreAcceptedUnderBothNames() {
    assertFrom("-_-_", "fb ff bf", 3);
    assertFrom("+/+/", "fb ff bf", 3);
    assertFrom("-_+/", "fb ff bf", 3);
  }

  @Test
  void unitsAboveFfActAsTheirLowByte() {
    assertFrom("QUJD\u0141RA", "41 42 43 01 10", 5); // U+0141 -> 0x41 'A'
    assertFrom("QUJD\u013dRA", "41 42 43", 5); // U+013D -> 0x3D '=': stops; not padding to byteLength
  }

  // $ node22 -p "['base64','base64url'].map(e => [2,3,4,6].map(n => (b => b.write('QUJDRA==', 0,
  //              n, e) + ' ' + b.toString('hex'))(Buffer.alloc(n, 0xa5))).join(', ')).join('\n')"
  // 2 4142, 3 414243, 4 41424344, 4 41424344a5a5
  // 2 4142, 3 414243, 4 41424344, 4 41424344a5a5
  // $ node22 -p "Buffer.alloc(0).write('QQ', 'base64')"
  // 0
  @Test
  void partialWritesStopWhenRoomRunsOut() {
    assertWrites("QUJDRA==", 2, 2, "41 42");
    assertWrites("QUJDRA==", 3, 3, "41 42 43");
    assertWrites("QUJDRA==", 4, 4, "41 42 43 44");
    assertWrites("QUJDRA==", 6, 4, "41 42 43 44 a5 a5");
    assertWrites("QQ", 0, 0, "");
  }

  // $ node22 -p "[[0xfb,0xef,0xff],[],[0xfb,0xff],[1],[0x41],[0x41,0x42],[0x41,0x42,0x43],
  //              [0x41,0x42,0x43,0x44]].map(a => JSON.stringify(a) + ' -> '
  //              + JSON.stringify(Buffer.from(a).toString('base64')) + ' '
  //              + JSON.stringify(Buffer.from(a).toString('base64url'))).join('\n')"
  // [251,239,255] -> "++//" "--__"
  // [] -> "" ""
  // [251,255] -> "+/8=" "-_8"
  // [1] -> "AQ==" "AQ"
  // [65] -> "QQ==" "QQ"
  // [65,66] -> "QUI=" "QUI"
  // [65,66,67] -> "QUJD" "QUJD"
  // [65,66,67,68] -> "QUJDRA==" "QUJDRA"
  @Test
  void bytesBecomePaddedBase64AndUnpaddedBase64url() {
    assertToString("fb ef ff", "++//", "--__");
    assertToString("", "", "");
    assertToString("fb ff", "+/8=", "-_8");
    assertToString("01", "AQ==", "AQ");
    assertToString("41", "QQ==", "QQ");
    assertToString("41 42", "QUI=", "QUI");
    assertToString("41 42 43", "QUJD", "QUJD");
    assertToString("41 42 43 44", "QUJDRA==", "QUJDRA");
  }

  // --- Java-only parts of the contract --------------------------------------------------------

  @Test
  void theJdkStrictDecoderRejectsWhatNodeAccepts() {
    // Why the lenient decoder exists: the JDK rejects what Node decodes (41, 41 42 43, fb ff bf).
    assertThrows(
        IllegalArgumentException.class, () -> java.util.Base64.getDecoder().decode("QQ==QUJD"));
    assertThrows(
        IllegalArgumentException.class, () -> java.util.Base64.getMimeDecoder().decode("QQ==QUJD"));
    assertThrows(
        IllegalArgumentException.class, () -> java.util.Base64.getDecoder().decode("QU JD"));
    assertThrows(
        IllegalArgumentException.class, () -> java.util.Base64.getDecoder().decode("-_+/"));
  }

  /**
   * Strings of 4,096 units or more go through the strict fast path chunk by chunk (4,096 units
   * each) until a chunk is not canonical; a leading space (which Node skips, see {@link
   * #nonDigitsAreSkippedButCountedByByteLength}) makes the first chunk fail at once, so the same
   * text with it goes through the lenient loop alone. Both must give the same bytes: for canonical
   * text of either alphabet, with and without padding, the alphabets switching between chunks,
   * units above FF that act as digits or as {@code '='}, and junk or {@code '='} just before, at
   * and just after a chunk boundary, early, late and in the last chunk.
   */
  @Test
  void theStrictFastPathAgreesWithTheLenientLoop() {
    Random random = new Random(42);
    int checked = 0;
    for (int n : new int[] {3072, 3073, 3074, 6143, 6144, 6145, 9216, 9300, 20000}) {
      byte[] data = new byte[n];
      random.nextBytes(data);
      String std = java.util.Base64.getEncoder().encodeToString(data);
      String url = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(data);
      List<String> variants = new ArrayList<>();
      variants.add(std);
      variants.add(url);
      variants.add(std.replace("=", ""));
      variants.add(java.util.Base64.getUrlEncoder().encodeToString(data)); // url, padded
      variants.add(std.substring(0, 4096) + url.substring(4096)); // switches alphabet at a chunk
      variants.add(url.substring(0, 4096) + std.substring(4096));
      variants.add(std.replace('A', '\u0141')); // acts as 'A'
      variants.add(std.endsWith("=") ? std.substring(0, std.length() - 1) + "\u013d" : std + "\u013d");
      variants.add(std + "\n");
      variants.add(std + "=QUJD");
      for (int at : new int[] {1, 100, 4094, 4095, 4096, 4097, 8191, 8192, std.length() - 3}) {
        if (at < std.length()) {
          for (String insert : new String[] {"*", "=", "\n", "-", "\u0141"}) {
            variants.add(std.substring(0, at) + insert + std.substring(at));
          }
        }
      }
      for (String s : variants) {
        assertThat(s.length()).isAtLeast(4096);
        byte[] lenient = decodeAll(" " + s);
        assertWithMessage("%s bytes, variant of length %s", n, s.length())
            .that(decodeAll(s))
            .isEqualTo(lenient);
        checked++;
      }
      assertThat(decodeAll(std)).isEqualTo(data);
      assertThat(decodeAll(url)).isEqualTo(data);
    }
    assertThat(checked).isAtLeast(300);
  }

  @Test
  void partialWritesOfLongTextFillExactlyTheRoom() {
    // Rooms that end before, inside, at the end of and after the first chunk's 3,072 bytes.
    byte[] data = new byte[7000];
    new Random(5).nextBytes(data);
    for (String s :
        new String[] {
          java.util.Base64.getEncoder().encodeToString(data),
          java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(data)
        }) {
      for (int room : new int[] {0, 1, 2, 3, 3071, 3072, 3073, 6143, 6144, 6145, 6999, 7000, 7001}) {
        byte[] dst = new byte[room + 2];
        Arrays.fill(dst, (byte) 0xa5);
        int n = Base64.STANDARD.encode(s, dst, 1, room);
        assertThat(n).isEqualTo(Math.min(room, 7000));
        assertThat(Arrays.copyOfRange(dst, 1, 1 + n)).isEqualTo(Arrays.copyOf(data, n));
        for (int i = 1 + n; i < dst.length; i++) {
          assertWithMessage("room %s, byte %s", room, i).that(dst[i]).isEqualTo((byte) 0xa5);
        }
        assertThat(dst[0]).isEqualTo((byte) 0xa5);
      }
    }
  }

  /**
   * A range that is not a whole array is encoded in steps of 3,072 bytes (the JDK encodes whole
   * arrays only); its text must be that of the same bytes as a whole array, which is the JDK's
   * encoder as it is, and which the recorded Node cases check. Lengths around the step multiples,
   * at odd offsets, one after the other, so that each text is built in the shared array the last
   * one left longer text in.
   */
  @Test
  void longRangesGiveTheTextOfTheSameBytesAsAWholeArray() {
    byte[] src = new byte[3 * 3072 + 64];
    new Random(7).nextBytes(src);
    for (int length : new int[] {3071, 3072, 3073, 3074, 3075, 6143, 6144, 6145, 9216, 9217, 1, 0}) {
      for (int offset : new int[] {0, 1, 5, 63}) {
        if (offset == 0 && length == src.length || offset + length > src.length) {
          continue;
        }
        byte[] same = Arrays.copyOfRange(src, offset, offset + length);
        assertWithMessage("offset %s length %s", offset, length)
            .that(Base64.STANDARD.decode(src, offset, length))
            .isEqualTo(Base64.STANDARD.decode(same, 0, length));
        assertWithMessage("url, offset %s length %s", offset, length)
            .that(Base64.URL.decode(src, offset, length))
            .isEqualTo(Base64.URL.decode(same, 0, length));
      }
    }
  }

  // --- Helpers --------------------------------------------------------------------------------

  private static byte[] decodeAll(String s) {
    byte[] dst = new byte[Base64.STANDARD.byteLength(s)];
    return Arrays.copyOf(dst, Base64.STANDARD.encode(s, dst, 0, dst.length));
  }

  /**
   * Node gave {@code Buffer.from(s, enc)} = {@code hex} and {@code byteLength(s, enc)} = {@code
   * byteLength} for both base64 names (per the recording), and Base64 does the same.
   */
  private static void assertFrom(String s, String hex, int byteLength) {
    String bytes = Utf8Cases.hex(bytes(hex));
    assertWithMessage("Node 22's recorded byteLength and bytes of %s", Utf8Cases.unitsHex(s))
        .that(NODE.recorded("table-b64-from", HexBase64Cases.fromInput(s)))
        .isEqualTo(byteLength + " " + byteLength + " " + bytes + " " + bytes);
    assertThat(Base64.STANDARD.byteLength(s)).isEqualTo(byteLength);
    assertWithMessage("Base64.STANDARD.encode(%s)", Utf8Cases.unitsHex(s))
        .that(Utf8Cases.hex(decodeAll(s)))
        .isEqualTo(bytes);
  }

  /**
   * {@code Buffer.alloc(size, 0xa5).write(s, 0, size, enc)} returned {@code count} and left
   * {@code buffer} in Node for both base64 names (per the recording), and Base64 does the same.
   */
  private static void assertWrites(String s, int size, int count, String buffer) {
    String written = count + " " + Utf8Cases.hex(bytes(buffer));
    assertWithMessage("Node 22's recorded base64 write of %s into %s bytes", s, size)
        .that(NODE.recorded("table-b64-write", HexBase64Cases.writeInput(s, size, 0, size)))
        .isEqualTo(written + " " + written);
    Codecs.BASE64.assertWrites(s, size, count, bytes(buffer));
  }

  /**
   * Node gave {@code buf.toString('base64')} = {@code base64} and {@code toString('base64url')} =
   * {@code base64url}, and Base64 does the same.
   */
  private static void assertToString(String hex, String base64, String base64url) {
    byte[] b = bytes(hex);
    assertWithMessage("Node 22's recorded toString of %s", hex)
        .that(NODE.recorded("table-b64-tostring", HexBase64Cases.tostringInput(b, 0, b.length)))
        .isEqualTo(base64 + " " + base64url);
    assertThat(Base64.STANDARD.decode(b, 0, b.length)).isEqualTo(base64);
    assertThat(Base64.URL.decode(b, 0, b.length)).isEqualTo(base64url);
  }
}
