package dev.nodebuffer.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Hexadecimal exactly as Node 22's {@code Buffer} does it ({@code 'hex'}): lower-case text out,
 * lenient and truncating text in. To be reached through {@code Encoding.HEX}.
 *
 * <p>Reading text ({@link #encode}, Node's {@code Buffer.from(s, 'hex')} and {@code buf.write(s,
 * offset, length, 'hex')}) never fails:
 *
 * <ul>
 *   <li>Each UTF-16 code unit is first reduced to its low 8 bits, as Node's C++ does when it
 *       narrows the string: {@code 'İ'} (U+0130) reads as {@code '0'}, {@code 'ı'} (U+0131) as
 *       {@code '1'}, {@code 'š'} (U+0161) as {@code 'a'}.
 *   <li>The units are read in pairs from the start; both cases of {@code a-f} are accepted.
 *   <li>At the first pair in which either unit is not a hex digit, reading <em>stops</em>, and
 *       the bytes decoded so far are the result: {@code "abzz12"} gives {@code ab}, {@code "zzab"}
 *       gives nothing, {@code "ab cd"} gives {@code ab}.
 *   <li>A final unpaired unit is ignored: {@code "abc"} gives {@code ab}.
 *   <li>Reading also stops when the destination range is full.
 * </ul>
 *
 * <p>{@link #byteLength} is Node's upper bound, half the string length, not the count {@link
 * #encode} will actually produce.
 */
final class Hex implements Codec {

  /** The value 0..15 of each low byte that is a hex digit ({@code 0-9 a-f A-F}), else -1. */
  private static final byte[] NIBBLE = new byte[256];

  private static final HexFormat LOWER = HexFormat.of();

  /**
   * Whether {@link HexFormat#formatHex(byte[], int, int)} builds its string without a copy and
   * without a {@code StringBuilder}: from JDK 22 on (JDK-8316426), where it fills a {@code byte[]}
   * from a table of digit pairs and hands it to the string as is. No code outside the JDK can skip
   * that final copy, so there it is the fastest way. On JDK 17 to 21 it appends to a {@code
   * StringBuilder}, and {@link #decodeByTable} is faster (measured on JDK 17.0.15, 1 MiB, CPU time
   * per call: 1.35 ms for {@code HexFormat}, 0.72 ms for the table and its copy).
   */
  private static final boolean FORMAT_HEX_NO_COPY = Runtime.version().feature() >= 22;

  /**
   * {@code PAIRS[b]}: the two lower-case digits of byte {@code b}, high nibble first, as the
   * little-endian {@code short} that {@link #SHORT_LE} stores: low byte = first character.
   */
  private static final short[] PAIRS = new short[256];

  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  static {
    Arrays.fill(NIBBLE, (byte) -1);
    String lower = "0123456789abcdef";
    String upper = "0123456789ABCDEF";
    for (int v = 0; v < 16; v++) {
      NIBBLE[lower.charAt(v)] = (byte) v;
      NIBBLE[upper.charAt(v)] = (byte) v;
    }
    for (int b = 0; b < 256; b++) {
      PAIRS[b] = (short) (lower.charAt(b >>> 4) | (lower.charAt(b & 0xF) << 8));
    }
  }

  /** The one instance, {@link Encoding#HEX}'s. */
  static final Hex INSTANCE = new Hex();

  private Hex() {}

  /**
   * Returns Node's {@code Buffer.byteLength(s, 'hex')}: {@code s.length() >>> 1}. This is an upper
   * bound: invalid digits are not looked at ({@code "zz"} gives 1 although it decodes to nothing).
   */
  @Override
  public int byteLength(String s) {
    return s.length() >>> 1;
  }

  /**
   * Decodes the hex text {@code s} into {@code dst[offset, offset + length)} as Node's {@code
   * buf.write(s, offset, length, 'hex')} does, and returns the number of bytes written.
   *
   * <p>Pair {@code i} (units {@code 2i} and {@code 2i+1}, each reduced to its low 8 bits) becomes
   * byte {@code i}. Writing stops at the first pair holding a unit that is not {@code [0-9a-fA-F]},
   * when fewer than two units remain (a final odd unit is ignored), or when the range is full,
   * whichever comes first. So {@code "aabb"} into 1 byte writes 1, {@code "zz"} writes 0. Bytes of
   * {@code dst} past the returned count are not touched.
   *
   * @return the number of bytes written, {@code 0 <= n <= min(length, s.length() / 2)}
   * @throws IndexOutOfBoundsException if the range is not inside {@code dst} (checked before any
   *     byte is written)
   */
  @Override
  public int encode(String s, byte[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int pairs = Math.min(s.length() >>> 1, length);
    for (int i = 0; i < pairs; i++) {
      int hi = NIBBLE[s.charAt(2 * i) & 0xFF];
      int lo = NIBBLE[s.charAt(2 * i + 1) & 0xFF];
      if ((hi | lo) < 0) {
        return i; // a non-digit in this pair: Node keeps the bytes before it, and stops
      }
      dst[offset + i] = (byte) ((hi << 4) | lo);
    }
    return pairs;
  }

  /**
   * Encodes {@code src[offset, offset + length)} as lower-case hex text, two characters per byte,
   * high nibble first, as Node's {@code buf.toString('hex', start, end)} does: {@code [0x01,
   * 0xab]} gives {@code "01ab"}.
   *
   * <p>This is exactly {@link HexFormat#of()}'s {@link HexFormat#formatHex(byte[], int, int)}
   * (lower case, no delimiter, prefix or suffix), which is used from JDK 22 on, where it builds the
   * string without copying its bytes, which no code outside the JDK can do; before, {@link
   * #decodeByTable} (see {@link #FORMAT_HEX_NO_COPY}).
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   * @throws OutOfMemoryError if the text, {@code 2 * length} characters, is longer than a Java
   *     string can be (over 1 GiB of input; Node already refuses results over 2^29 - 24 characters
   *     with {@code ERR_STRING_TOO_LONG}, a check that belongs to the caller)
   */
  @Override
  public String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    return FORMAT_HEX_NO_COPY
        ? LOWER.formatHex(src, offset, offset + length)
        : decodeByTable(src, offset, length);
  }

  /**
   * {@link #decode} without {@link HexFormat}: each byte's two digits stored at once from {@link
   * #PAIRS} into the shared {@link Latin1Scratch} array, then the Latin-1 string of them (one
   * copy). Package-private so that the tests, which run on a JDK 22+, check it against {@code
   * HexFormat} too. The range must have been checked.
   *
   * <p>Tried and slower, on JDK 17 and 25: a SWAR loop making the 16 digits of 8 bytes with long
   * arithmetic (0.42 ms per MiB against the table's 0.27 ms).
   */
  static String decodeByTable(byte[] src, int offset, int length) {
    int textLength = Math.multiplyExact(length, 2);
    byte[] text = Latin1Scratch.take(textLength);
    for (int i = 0; i < length; i++) {
      SHORT_LE.set(text, 2 * i, PAIRS[src[offset + i] & 0xFF]);
    }
    return Latin1Scratch.toStringAndGiveBack(text, textLength);
  }
}
