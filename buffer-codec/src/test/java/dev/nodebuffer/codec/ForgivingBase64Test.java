package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@link ForgivingBase64}, one example each. Expected values are Node 22's, pasted
 * from {@code JSON.stringify(require('buffer').atob(s))} on v22.23.3 ({@code INV} for
 * "Invalid character", {@code ENC} for "The string to be decoded is not correctly encoded."); the
 * exhaustive comparison is {@link ForgivingBase64NodeRecordingTest}.
 */
class ForgivingBase64Test {

  private static String atob(String s) {
    ForgivingBase64.Decoded d = ForgivingBase64.decode(s.replace("\\t", "\t").replace("\\n", "\n"));
    ForgivingBase64.@Nullable Failure f = d.failure();
    if (f == ForgivingBase64.Failure.INVALID_CHARACTER) {
      return "INV";
    }
    if (f == ForgivingBase64.Failure.NOT_CORRECTLY_ENCODED) {
      return "ENC";
    }
    StringBuilder out = new StringBuilder();
    for (char c : d.value().toCharArray()) {
      out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "atob(\"{0}\") = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "aGVsbG8     | hello",
        "' aGVs bG8= '| hello",
        "ab          | i",
        "ab==        | i",
        "abc=        | i·",
        "'ab\\t\\n=='| i",
        "ab=         | INV",
        "abc==       | INV",
        "abcd=       | INV",
        "a===        | INV",
        "=           | INV",
        "aGVsbG8==   | INV",
        "abcd-       | INV",
        "abcd_       | INV",
        "a           | ENC",
        "a=          | ENC",
        "a==         | ENC",
        "abcde       | ENC",
        "abcde==     | ENC",
        "abcde===    | INV",
        "AB          | \\u0000",
        "QR==        | A",
      })
  void atobAsNode(String input, String expected) {
    assertThat(atob(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "atob(\"\") and whitespace alone")
  @CsvSource({"''", "' '"})
  void nothingDecodesToNothing(String input) {
    assertThat(ForgivingBase64.decode(input).value()).isEmpty();
  }

  @ParameterizedTest(name = "btoa(\"{0}\") = {1}")
  @CsvSource({"hello, aGVsbG8=", "'', ''", "a, YQ==", "ab, YWI=", "abc, YWJj", "null, bnVsbA=="})
  void btoaAsNode(String input, String expected) {
    assertThat(ForgivingBase64.encode(input)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void btoaRefusesUnitsAboveFf() {
    assertThat(ForgivingBase64.encode("\u00ff")).isEqualTo("/w==");
    assertThat(ForgivingBase64.encode("\u0100")).isNull();
    assertThat(ForgivingBase64.encode("a\ud83d\ude00")).isNull();
  }

  @org.junit.jupiter.api.Test
  void failureMessagesAreNodes() {
    assertThat(ForgivingBase64.Failure.INVALID_CHARACTER.message()).isEqualTo("Invalid character");
    assertThat(ForgivingBase64.Failure.NOT_CORRECTLY_ENCODED.message())
        .isEqualTo("The string to be decoded is not correctly encoded.");
  }
}
