package dev.nodebuffer.codec;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * WHATWG forgiving-base64, as Node 22's {@code atob} and {@code btoa} run it (simdutf 6.4): pure
 * functions over strings of UTF-16 code units that report bad input with a {@link Failure}
 * instead of throwing.
 *
 * <p>{@link #decode} (the algorithm of {@code atob}), step by step:
 *
 * <ol>
 *   <li>ASCII whitespace (space, {@code \t}, {@code \n}, {@code \f}, {@code \r}; not U+000B nor
 *       any non-ASCII space) is ignored wherever it is.
 *   <li>Up to two {@code =} at the end (whitespace between them allowed) are padding, and come off.
 *   <li>If nothing else is left: {@code ""} without padding; {@link Failure#INVALID_CHARACTER}
 *       with it ({@code "="}, {@code "=="}).
 *   <li>Any remaining character outside {@code A-Z a-z 0-9 + /} (including {@code -}, {@code _},
 *       a third or misplaced {@code =}, and every character above U+007F) is {@link
 *       Failure#INVALID_CHARACTER}. This is checked first: {@code "aGVsbG8=="} (9 characters,
 *       three of them outside the alphabet after the padding comes off) is an invalid character.
 *   <li>Else, if the characters number 1 more than a multiple of 4, it is {@link
 *       Failure#NOT_CORRECTLY_ENCODED} ({@code "a"}, {@code "abcde"}, also {@code "a="} and {@code
 *       "abcde=="}, whose padding came off).
 *   <li>Else, padding must complete the last group to 4 characters exactly: {@code "ab=="}, {@code
 *       "abc="} are fine, {@code "ab="}, {@code "abc=="}, {@code "abcd="} are {@link
 *       Failure#INVALID_CHARACTER}. No padding is fine too ({@code "ab"}).
 *   <li>Each group of 4 characters gives 3 bytes, a last group of 2 or 3 characters 1 or 2 bytes;
 *       the unused low bits of its last character are ignored ({@code "AB"} and {@code "AA"} both
 *       give one zero byte).
 * </ol>
 *
 * <p>{@link #encode} (the algorithm of {@code btoa}) is standard padded base64 of the string's
 * code units, each taken as one byte; a unit above U+00FF fails.
 */
public final class ForgivingBase64 {

  /** Why {@link #decode} refused its input; the two messages of Node's {@code DOMException}. */
  public enum Failure {
    /** {@code "Invalid character"}: a character outside the alphabet, or misplaced padding. */
    INVALID_CHARACTER("Invalid character"),
    /**
     * {@code "The string to be decoded is not correctly encoded."}: one character too many for
     * whole groups.
     */
    NOT_CORRECTLY_ENCODED("The string to be decoded is not correctly encoded.");

    private final String message;

    Failure(String message) {
      this.message = message;
    }

    /** The message Node's {@code InvalidCharacterError} carries for this failure. */
    public String message() {
      return message;
    }
  }

  /** What {@link #decode} gives: the decoded bytes as a latin1 string, or a failure. */
  public static final class Decoded {
    private final @Nullable String value;
    private final @Nullable Failure failure;

    private Decoded(@Nullable String value, @Nullable Failure failure) {
      this.value = value;
      this.failure = failure;
    }

    /** Whether the input was valid. */
    public boolean isSuccess() {
      return value != null;
    }

    /**
     * The decoded bytes, one {@code char} (U+0000..U+00FF) per byte, as {@code atob} returns them.
     *
     * @throws IllegalStateException if decoding failed
     */
    public String value() {
      if (value == null) {
        throw new IllegalStateException("base64 decoding failed: " + failure);
      }
      return value;
    }

    /** Why decoding failed, or {@code null} if it did not. */
    public @Nullable Failure failure() {
      return failure;
    }
  }

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  /** Character to 6-bit value, -1 outside the alphabet; covers U+0000..U+007F. */
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUES[ALPHABET[i]] = (byte) i;
    }
  }

  private ForgivingBase64() {}

  /**
   * Decodes {@code data} as Node 22's {@code atob(data)}, by the steps in the class comment:
   * {@code "aGVsbG8"} and {@code " aGVs bG8= "} give {@code "hello"}; {@code "ab="} fails with
   * {@link Failure#INVALID_CHARACTER}, {@code "abcde"} with {@link
   * Failure#NOT_CORRECTLY_ENCODED}.
   */
  public static Decoded decode(String data) {
    Objects.requireNonNull(data, "data");
    // Padding: up to two '=' at the end, whitespace around them ignored.
    int end = data.length();
    end = skipWhitespaceBackwards(data, end);
    int padding = 0;
    while (padding < 2 && end > 0 && data.charAt(end - 1) == '=') {
      padding++;
      end = skipWhitespaceBackwards(data, end - 1);
    }
    // The characters before it: all must be in the alphabet.
    int count = 0;
    for (int i = 0; i < end; i++) {
      char c = data.charAt(i);
      if (isWhitespace(c)) {
        continue;
      }
      if (c >= 0x80 || VALUES[c] < 0) {
        return new Decoded(null, Failure.INVALID_CHARACTER);
      }
      count++;
    }
    if (count == 0) {
      return padding == 0 ? new Decoded("", null) : new Decoded(null, Failure.INVALID_CHARACTER);
    }
    int tail = count % 4;
    if (tail == 1) {
      return new Decoded(null, Failure.NOT_CORRECTLY_ENCODED);
    }
    if (padding > 0 && tail + padding != 4) {
      return new Decoded(null, Failure.INVALID_CHARACTER);
    }
    char[] out = new char[count / 4 * 3 + (tail == 0 ? 0 : tail - 1)];
    int n = 0;
    int bits = 0;
    int group = 0;
    for (int i = 0; i < end; i++) {
      char c = data.charAt(i);
      if (isWhitespace(c)) {
        continue;
      }
      bits = (bits << 6) | VALUES[c];
      if (++group == 4) {
        out[n++] = (char) ((bits >>> 16) & 0xFF);
        out[n++] = (char) ((bits >>> 8) & 0xFF);
        out[n++] = (char) (bits & 0xFF);
        bits = 0;
        group = 0;
      }
    }
    if (group == 2) {
      out[n++] = (char) ((bits >>> 4) & 0xFF); // 12 bits: one byte, 4 spare bits ignored
    } else if (group == 3) {
      out[n++] = (char) ((bits >>> 10) & 0xFF); // 18 bits: two bytes, 2 spare bits ignored
      out[n++] = (char) ((bits >>> 2) & 0xFF);
    }
    return new Decoded(new String(out, 0, n), null);
  }

  /**
   * Encodes {@code data} as Node 22's {@code btoa(data)}: standard base64 with {@code =} padding
   * of the bytes {@code data}'s code units stand for ({@code "hello"} gives {@code "aGVsbG8="},
   * the one character U+00FF gives {@code "/w=="}).
   *
   * @return the base64 text, or {@code null} if a code unit is above U+00FF (Node's {@code Invalid
   *     character})
   * @throws ArithmeticException if every code unit is valid but the text would be longer than
   *     {@link Integer#MAX_VALUE} characters; this needs a string of more than 1,610,612,733
   *     characters, which no JavaScript string is (Node's API refuses far shorter ones)
   */
  public static @Nullable String encode(String data) {
    int length = data.length();
    for (int i = 0; i < length; i++) {
      if (data.charAt(i) > 0xFF) {
        return null;
      }
    }
    char[] out = new char[Math.toIntExact(4L * ((length + 2L) / 3))];
    int n = 0;
    int i = 0;
    for (; i + 3 <= length; i += 3) {
      int bits = data.charAt(i) << 16 | data.charAt(i + 1) << 8 | data.charAt(i + 2);
      out[n++] = ALPHABET[bits >>> 18];
      out[n++] = ALPHABET[(bits >>> 12) & 0x3F];
      out[n++] = ALPHABET[(bits >>> 6) & 0x3F];
      out[n++] = ALPHABET[bits & 0x3F];
    }
    int rest = length - i;
    if (rest > 0) {
      int bits = data.charAt(i) << 16 | (rest == 2 ? data.charAt(i + 1) << 8 : 0);
      out[n++] = ALPHABET[bits >>> 18];
      out[n++] = ALPHABET[(bits >>> 12) & 0x3F];
      out[n++] = rest == 2 ? ALPHABET[(bits >>> 6) & 0x3F] : '=';
      out[n++] = '=';
    }
    return new String(out);
  }

  private static int skipWhitespaceBackwards(String s, int end) {
    while (end > 0 && isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** WHATWG's ASCII whitespace: TAB, LF, FF, CR, SPACE. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
