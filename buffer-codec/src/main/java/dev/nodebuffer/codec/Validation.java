package dev.nodebuffer.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The byte checks behind Node's {@code buffer.isUtf8(input)} and {@code buffer.isAscii(input)}:
 * pure functions over {@code byte[]} ranges.
 *
 * <p>{@link #isUtf8} is strict UTF-8 (RFC 3629, Unicode's well-formed UTF-8), as Node's simdutf
 * validator: overlong forms ({@code C0 80}, {@code E0 80 80}), encoded surrogates ({@code ED A0
 * 80}), code points above U+10FFFF ({@code F4 90 80 80}), lone continuation bytes, leads {@code
 * F5..FF} and sequences cut off by the end of the range are all invalid. Noncharacters (U+FFFE)
 * and a byte-order mark are valid. {@link #isAscii} is true when every byte is below {@code 0x80}.
 * An empty range is both.
 */
public final class Validation {

  /** Reads 8 bytes at once; the byte order does not matter for a test of the high bits. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  /** Where {@link #step} keeps the sequence length in its result. */
  static final int LENGTH_SHIFT = 21;

  /** The code point bits of a non-negative {@link #step} result. */
  static final int CODE_POINT_MASK = (1 << LENGTH_SHIFT) - 1;

  private Validation() {}

  /**
   * Returns whether {@code src[offset, offset + length)} is well-formed UTF-8, as Node's {@code
   * buffer.isUtf8} answers for a view of those bytes: {@code E2 82 AC} ('€') and {@code F4 8F BF
   * BF} (U+10FFFF) are, {@code E2 82} (truncated), {@code C1 BF} (overlong), {@code ED A0 80}
   * (a surrogate) and {@code F4 90 80 80} (beyond U+10FFFF) are not. An empty range is.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   */
  public static boolean isUtf8(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    int end = offset + length;
    int i = skipAscii(src, offset, end);
    while (i < end) {
      int step = step(src, i, end);
      if (step < 0) {
        return false;
      }
      i = skipAscii(src, i + (step >>> LENGTH_SHIFT), end);
    }
    return true;
  }

  /**
   * Returns whether every byte of {@code src[offset, offset + length)} is below {@code 0x80}, as
   * Node's {@code buffer.isAscii} answers. An empty range is ASCII.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   */
  public static boolean isAscii(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    int end = offset + length;
    return skipAscii(src, offset, end) == end;
  }

  /** The index of the first byte >= 0x80 in {@code src[i, end)}, or {@code end}. */
  private static int skipAscii(byte[] src, int i, int end) {
    while (end - i >= Long.BYTES && ((long) LONGS.get(src, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < end && src[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Decodes one UTF-8 sequence at {@code src[i]}, {@code i < end}, by WHATWG's (and Unicode's
   * "maximal subpart") rules.
   *
   * <p>A well-formed sequence gives {@code (length << LENGTH_SHIFT) | codePoint}, length 1..4. An
   * ill-formed one gives {@code -n}, where {@code n >= 1} is the length of the maximal ill-formed
   * subsequence starting at {@code i}: the lead byte and the continuation bytes that could still
   * have continued it. The byte after it starts the next sequence. So {@code E2 82 41} gives
   * {@code -2} at the {@code E2} (then {@code 41} decodes afresh), {@code ED A0 80} gives {@code
   * -1} at each of its three bytes, and {@code 80}, {@code C0}, {@code F5} give {@code -1}.
   */
  static int step(byte[] src, int i, int end) {
    int b = src[i] & 0xFF;
    if (b < 0x80) {
      return (1 << LENGTH_SHIFT) | b;
    }
    if (b < 0xC2 || b > 0xF4) {
      return -1; // 80..BF without a lead, C0 and C1 (overlong only), F5..FF
    }
    // Unicode's table of well-formed UTF-8 byte sequences (Table 3-7): the lead byte says how many
    // continuation bytes follow and holds the top bits of the code point (5 bits for C2..DF, 4
    // for E0..EF, 3 for F0..F4); every continuation byte is 80..BF, except that four leads narrow
    // the first one.
    int need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
    int cp = b & (0x3F >>> need);
    int lower = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80; // no overlong 3- or 4-byte forms
    int upper = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF; // no surrogates, nothing > U+10FFFF
    int j = i + 1;
    for (int k = 0; k < need; k++, j++) {
      if (j == end) {
        return -(j - i);
      }
      int c = src[j] & 0xFF;
      if (c < lower || c > upper) {
        return -(j - i);
      }
      cp = (cp << 6) | (c & 0x3F);
      lower = 0x80; // only the first continuation byte has narrowed bounds
      upper = 0xBF;
    }
    return ((need + 1) << LENGTH_SHIFT) | cp;
  }
}
