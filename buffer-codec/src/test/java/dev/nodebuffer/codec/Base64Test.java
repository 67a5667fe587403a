package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.nodebuffer.codec.Bytes.bytes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Base64 and base64url text to bytes ({@code Buffer.from}, {@code byteLength}), partial writes and
 * bytes to base64 text, one example a case, each named by the rule it shows, plus the Java-only
 * parts of the contract, among them the strict fast path.
 *
 * <p>The examples are the rows of {@code base64-examples.txt}, as Node 22 printed them (the
 * commands are in the file), and each is also checked against the {@code table-b64-*} families
 * that record-base64-hex.js recorded, under both names, so a row cannot silently disagree with
 * Node.
 */
@ExampleSource.From("base64-examples.txt")
class Base64Test {

  /**
   * Node gave {@code Buffer.from(s, enc)} and {@code byteLength(s, enc)} of the row, under both
   * names (per the recording too), and Base64 does the same.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("from")
  void textBecomesTheBytesNodeGives(Example e) {
    // s -> base64 hex | base64url hex | base64 byteLength | base64url byteLength
    String s = e.string(0);
    HexBase64Cases.assertRecorded(
        "table-b64-from",
        HexBase64Cases.fromInput(s),
        String.join(" ", e.answer(2), e.answer(3), e.answer(0), e.answer(1)));
    assertThat(Base64.STANDARD.byteLength(s)).isEqualTo(e.answerInt(2));
    assertThat(Base64.URL.byteLength(s)).isEqualTo(e.answerInt(3));
    assertWithMessage("Base64.STANDARD.encode(%s)", Utf8Cases.unitsHex(s))
        .that(Utf8Cases.hex(decodeAll(Base64.STANDARD, s)))
        .isEqualTo(e.answer(0));
    assertWithMessage("Base64.URL.encode(%s)", Utf8Cases.unitsHex(s))
        .that(Utf8Cases.hex(decodeAll(Base64.URL, s)))
        .isEqualTo(e.answer(1));
  }

  /**
   * {@code Buffer.alloc(size, 0xa5).write(s, 0, size, enc)} returned the row's count and left its
   * buffer in Node under both names (per the recording too), and Base64 does the same.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("write")
  void partialWritesAreNodes(Example e) {
    String s = e.string(0); // size -> base64 count | buffer | base64url count | buffer
    int size = e.integer(1);
    HexBase64Cases.assertRecorded(
        "table-b64-write",
        HexBase64Cases.writeInput(s, size, 0, size),
        String.join(" ", e.answers()));
    Codecs.BASE64.assertWrites(s, size, e.answerInt(0), bytes(e.answer(1)));
    Codecs.BASE64URL.assertWrites(s, size, e.answerInt(2), bytes(e.answer(3)));
  }

  /**
   * Node gave {@code buf.toString('base64')} and {@code toString('base64url')} of the row (per the
   * recording too), and Base64 does the same.
   */
  @ParameterizedTest(name = "{0}")
  @ExampleSource("tostring")
  void bytesBecomeTheTextNodeGives(Example e) {
    byte[] b = e.bytes(0); // -> base64 | base64url
    HexBase64Cases.assertRecorded(
        "table-b64-tostring",
        HexBase64Cases.tostringInput(b, 0, b.length),
        e.answer(0) + " " + e.answer(1));
    assertThat(Base64.STANDARD.decode(b, 0, b.length)).isEqualTo(e.answer(0));
    assertThat(Base64.URL.decode(b, 0, b.length)).isEqualTo(e.answer(1));
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
   * #textBecomesTheBytesNodeGives}) makes the first chunk fail at once, so the same
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
    return decodeAll(Base64.STANDARD, s);
  }

  private static byte[] decodeAll(Base64 codec, String s) {
    byte[] dst = new byte[codec.byteLength(s)];
    return Arrays.copyOf(dst, codec.encode(s, dst, 0, dst.length));
  }
}
