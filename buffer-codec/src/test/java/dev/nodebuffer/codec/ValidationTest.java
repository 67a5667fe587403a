package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Validation}, one example each. Expected values are Node 22's, pasted from
 * {@code node -p "require('buffer').isUtf8(Buffer.from('<hex>', 'hex'))"} (and {@code isAscii});
 * the exhaustive comparison is {@link ValidationNodeRecordingTest}.
 */
class ValidationTest {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static boolean isUtf8(String hex) {
    byte[] b = hex(hex);
    return Validation.isUtf8(b, 0, b.length);
  }

  @ParameterizedTest(name = "isUtf8({0}) = {1}: {2}")
  @CsvSource({
    // Node 22.23.3:  isUtf8 (empty): true ... isUtf8 f08fbfbf: false
    "'',        true,  empty",
    "e282ac,    true,  the euro sign",
    "e282,      false, cut off at the end",
    "c080,      false, overlong 2-byte NUL",
    "c1bf,      false, overlong (C1 is never valid)",
    "e0a080,    true,  smallest 3-byte form",
    "e09fbf,    false, overlong 3-byte",
    "eda080,    false, encoded high surrogate",
    "edbfbf,    false, encoded low surrogate",
    "efbfbe,    true,  noncharacter U+FFFE is valid",
    "efbbbf,    true,  a byte-order mark is valid",
    "f0908080,  true,  smallest 4-byte form",
    "f08fbfbf,  false, overlong 4-byte",
    "f48fbfbf,  true,  U+10FFFF",
    "f4908080,  false, beyond U+10FFFF",
    "f5808080,  false, F5 lead",
    "80,        false, stray continuation byte",
  })
  void isUtf8IsStrict(String hex, boolean expected, String why) {
    assertThat(isUtf8(hex)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "isAscii({0}) = {1}")
  @CsvSource({"'', true", "7f, true", "00, true", "80, false", "41ff, false"})
  void isAsciiIsEveryByteBelow0x80(String hex, boolean expected) {
    byte[] b = hex(hex);
    assertThat(Validation.isAscii(b, 0, b.length)).isEqualTo(expected);
  }

  @Test
  void onlyTheRangeCounts() {
    byte[] b = hex("ff41e282ac42ff");
    assertThat(Validation.isUtf8(b, 1, 5)).isTrue();
    assertThat(Validation.isUtf8(b, 1, 3)).isFalse(); // cuts the euro sign
    assertThat(Validation.isAscii(b, 1, 1)).isTrue();
    assertThat(Validation.isAscii(b, 0, 2)).isFalse();
    assertThat(Validation.isUtf8(b, 7, 0)).isTrue();
  }

  @Test
  void aHighByteIsFoundInEveryPositionOfLongInputs() {
    // The ASCII scan reads 8 bytes at a time: put the high byte in every lane and in the tail.
    for (int length = 1; length <= 40; length++) {
      for (int at = 0; at < length; at++) {
        byte[] b = new byte[length + 2];
        b[1 + at] = (byte) 0x80;
        assertThat(Validation.isAscii(b, 1, length)).isFalse();
        assertThat(Validation.isUtf8(b, 1, length)).isFalse();
        b[1 + at] = 0x7F;
        assertThat(Validation.isAscii(b, 1, length)).isTrue();
        assertThat(Validation.isUtf8(b, 1, length)).isTrue();
      }
    }
  }

  @Test
  void aBadRangeIsAnIndexOutOfBoundsException() {
    byte[] b = new byte[4];
    assertThrows(IndexOutOfBoundsException.class, () -> Validation.isUtf8(b, 3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> Validation.isAscii(b, -1, 1));
  }
}
