package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@link Transcoder}, one example each. Expected values are Node 22's, pasted from
 * {@code transcode(Buffer.from('<hex>', 'hex'), from, to).toString('hex')} on v22.23.3 ("(empty)"
 * for an empty result, the error's {@code code} when it throws); the exhaustive comparison is
 * {@link TranscodeNodeRecordingTest}.
 */
class TranscoderTest {

  private static String transcode(String hex, String from, String to) {
    byte[] src = HexFormat.of().parseHex(hex);
    Transcoder.Charset f = Transcoder.Charset.forName(from);
    Transcoder.Charset t = Transcoder.Charset.forName(to);
    if (f == null || t == null) {
      return "U_ILLEGAL_ARGUMENT_ERROR";
    }
    Transcoder.Result r = Transcoder.transcode(src, 0, src.length, f, t);
    if (!r.isSuccess()) {
      return r.errorName();
    }
    String out = HexFormat.of().formatHex(r.bytes());
    return out.isEmpty() ? "(empty)" : out;
  }

  @ParameterizedTest(name = "{0} {1}->{2}: {3} ({4})")
  @CsvSource({
    // utf8 sources
    "e282ac,   utf8,   latin1, 3f,                 what latin1 lacks is '?'",
    "41e28242, utf8,   latin1, 413f42,             one '?' per maximal ill-formed subsequence",
    "eda080,   utf8,   latin1, 3f3f3f,             an encoded surrogate is three subsequences",
    "eda080,   utf8,   utf8,   efbfbdefbfbdefbfbd, to utf8 they are U+FFFD",
    "41e28242, utf8,   utf8,   41efbfbd42,         to utf8 they are U+FFFD",
    "41e28242, utf8,   ucs2,   U_INVALID_CHAR_FOUND, to ucs2 they fail",
    "f09f9880, utf8,   ucs2,   3dd800de,           a surrogate pair",
    "f09f9880, utf8,   ascii,  3f,                 one '?' per code point",
    "efbbbf41, utf8,   ascii,  41,                 ICU drops a byte-order mark it cannot map",
    "e2808b,   utf8,   latin1, (empty),            and U+200B",
    "c2ad,     utf8,   latin1, ad,                 U+00AD maps to latin1",
    "c2ad,     utf8,   ascii,  (empty),            but is dropped from ascii",
    // ucs2 sources
    "00d8,     ucs2,   utf8,   U_INVALID_CHAR_FOUND, a lone surrogate fails to utf8",
    "00d8,     ucs2,   latin1, 3f,                 is '?' to latin1",
    "00d8,     ucs2,   ucs2,   fdff,               is U+FFFD to ucs2",
    "3dd800de, ucs2,   utf8,   f09f9880,           a pair is one character",
    "3dd800de, ucs2,   latin1, 3f,                 one '?'",
    "414243,   ucs2,   latin1, 3f,                 an odd last byte is ignored",
    "414243,   ucs2,   ucs2,   4142fdff,           except to ucs2: U+FFFD",
    "00d841,   ucs2,   ucs2,   fdff,               a lone high surrogate and the odd byte: one U+FFFD",
    "00dc41,   ucs2,   ucs2,   fdfffdff,           a lone low surrogate and the odd byte: two",
    "41,       ucs2,   utf8,   U_INVALID_CHAR_FOUND, no code unit at all fails to utf8",
    "41,       ucs2,   latin1, (empty),            but not to latin1",
    "fffe41,   ucs2,   latin1, (empty),            a byte-order mark is dropped",
    "fffe,     ucs2,   utf8,   efbbbf,             but kept in utf8",
    // ascii and latin1 sources
    "80,       ascii,  utf8,   efbfbd,             an ascii byte >= 0x80 is U+FFFD to utf8",
    "80,       ascii,  latin1, 3f,                 '?' to latin1",
    "80,       ascii,  ascii,  3f,                 '?' to ascii",
    "80,       ascii,  ucs2,   8000,               but read as latin1 to ucs2",
    "e9,       latin1, ascii,  3f,                 what ascii lacks is '?'",
    "ad,       latin1, ascii,  (empty),            but U+00AD is dropped",
    "e9,       latin1, utf8,   c3a9,               latin1 to utf8",
    "e9,       latin1, ucs2,   e900,               latin1 to ucs2",
    // unsupported encodings
    "41,       utf8,   hex,    U_ILLEGAL_ARGUMENT_ERROR, not a transcode encoding",
    "41,       base64, utf8,   U_ILLEGAL_ARGUMENT_ERROR, not a transcode encoding",
  })
  void nodesRules(String hex, String from, String to, String expected, String why) {
    assertThat(transcode(hex, from, to)).isEqualTo(expected);
  }

  @Test
  void namesResolveAsNodeResolvesThem() {
    assertThat(Transcoder.Charset.forName(null)).isEqualTo(Transcoder.Charset.UTF8);
    assertThat(Transcoder.Charset.forName("")).isEqualTo(Transcoder.Charset.UTF8);
    assertThat(Transcoder.Charset.forName("UTF-16LE")).isEqualTo(Transcoder.Charset.UCS2);
    assertThat(Transcoder.Charset.forName("BiNaRy")).isEqualTo(Transcoder.Charset.LATIN1);
    // The native side reads the name as a C string: everything after U+0000 is ignored.
    assertThat(Transcoder.Charset.forName("latin1\u0000x")).isEqualTo(Transcoder.Charset.LATIN1);
    assertThat(Transcoder.Charset.forName("\u0000utf8")).isNull();
    // Only ASCII case folds ('\u0131' is dotless i, which String.equalsIgnoreCase would match).
    assertThat(Transcoder.Charset.forName("asci\u0131")).isNull();
    assertThat(Transcoder.Charset.forName("utf16")).isNull();
    assertThat(Transcoder.Charset.forName("hex")).isNull();
  }

  @Test
  void onlyTheRangeIsConverted() {
    byte[] src = HexFormat.of().parseHex("ffc3a9ff");
    Transcoder.Result r =
        Transcoder.transcode(src, 1, 2, Transcoder.Charset.UTF8, Transcoder.Charset.LATIN1);
    assertThat(HexFormat.of().formatHex(r.bytes())).isEqualTo("e9");
  }

  @Test
  void anEmptyRangeIsAnEmptyResult() {
    for (Transcoder.Charset from : Transcoder.Charset.values()) {
      for (Transcoder.Charset to : Transcoder.Charset.values()) {
        assertThat(Transcoder.transcode(new byte[1], 1, 0, from, to).bytes()).isEmpty();
      }
    }
  }

  @Test
  void failuresCarryIcusCodes() {
    Transcoder.Result r =
        Transcoder.transcode(new byte[] {(byte) 0x80}, 0, 1, Transcoder.Charset.UTF8, Transcoder.Charset.UCS2);
    assertThat(r.isSuccess()).isFalse();
    assertThat(r.errorCode()).isEqualTo(Transcoder.U_INVALID_CHAR_FOUND);
    assertThat(r.errorName()).isEqualTo("U_INVALID_CHAR_FOUND");
    assertThrows(IllegalStateException.class, r::bytes);
    assertThat(Transcoder.errorName(Transcoder.U_ILLEGAL_ARGUMENT_ERROR))
        .isEqualTo("U_ILLEGAL_ARGUMENT_ERROR");
  }

  @Test
  void theDefaultIgnorableSetIsIcus() {
    // Every scalar value is compared with Node in TranscodeNodeRecordingTest (family "scalars");
    // here the ends of the ranges.
    assertThat(Transcoder.isDefaultIgnorable(0x00AD)).isTrue();
    assertThat(Transcoder.isDefaultIgnorable(0x00AC)).isFalse();
    assertThat(Transcoder.isDefaultIgnorable(0xE0FFF)).isTrue();
    assertThat(Transcoder.isDefaultIgnorable(0xE1000)).isFalse();
    assertThat(Transcoder.isDefaultIgnorable(0xFFF9)).isFalse();
  }

  @Test
  void aResultLongerThanMaxLengthIsNotMadeAndSaysHowLongItWouldBe() {
    byte[] src = HexFormat.of().parseHex("41ff80");
    Transcoder.Charset latin1 = Transcoder.Charset.LATIN1;
    Transcoder.Charset ascii = Transcoder.Charset.ASCII;
    Transcoder.Charset utf8 = Transcoder.Charset.UTF8;
    Transcoder.Charset ucs2 = Transcoder.Charset.UCS2;
    // latin1 41 ff 80 is 41 c3bf c280 in utf8 (5 bytes), ascii's ff and 80 U+FFFD each (7 bytes).
    assertThat(Transcoder.transcode(src, 0, 3, latin1, utf8, 5).bytes()).hasLength(5);
    Transcoder.Result tooLarge = Transcoder.transcode(src, 0, 3, latin1, utf8, 4);
    assertThat(tooLarge.isTooLarge()).isTrue();
    assertThat(tooLarge.isSuccess()).isFalse();
    assertThat(tooLarge.tooLargeLength()).isEqualTo(5);
    assertThat(tooLarge.errorCode()).isEqualTo(0);
    assertThat(Transcoder.transcode(src, 0, 3, ascii, utf8, 6).tooLargeLength()).isEqualTo(7);
    assertThat(Transcoder.transcode(src, 0, 3, latin1, ucs2, 5).tooLargeLength()).isEqualTo(6);
    assertThat(Transcoder.transcode(src, 0, 3, latin1, latin1, 2).tooLargeLength()).isEqualTo(3);
    byte[] pair = HexFormat.of().parseHex("3dd800de");
    assertThat(Transcoder.transcode(pair, 0, 4, ucs2, utf8, 3).tooLargeLength()).isEqualTo(4);
    assertThat(Transcoder.transcode(HexFormat.of().parseHex("f09f9880"), 0, 4, utf8, ucs2, 3).tooLargeLength())
        .isEqualTo(4);
    // A conversion error is reported before the length is.
    assertThat(Transcoder.transcode(HexFormat.of().parseHex("00d8"), 0, 2, ucs2, utf8, 0).errorCode())
        .isEqualTo(Transcoder.U_INVALID_CHAR_FOUND);
    assertThat(Transcoder.transcode(src, 0, 3, latin1, utf8).isSuccess()).isTrue();
    assertThrows(IllegalStateException.class, () -> Transcoder.transcode(src, 0, 3, latin1, utf8).tooLargeLength());
    assertThrows(IllegalArgumentException.class, () -> Transcoder.transcode(src, 0, 3, latin1, utf8, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Transcoder.transcode(src, 0, 3, latin1, utf8, Transcoder.MAX_LENGTH + 1));
  }
}
