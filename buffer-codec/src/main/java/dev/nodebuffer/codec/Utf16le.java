package dev.nodebuffer.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * UTF-16LE exactly as Node 22's {@code Buffer} does it, under all of Node's names for it ({@code
 * utf16le}, {@code utf-16le}, {@code ucs2}, {@code ucs-2}). Reached through {@link
 * Encoding#UTF16LE}.
 *
 * <p>This is a copy of the code units, not a Unicode transformation: nothing is validated either
 * way.
 *
 * <ul>
 *   <li>Encoding writes each UTF-16 code unit as 2 bytes, low byte first. A lone surrogate is
 *       written as it is: {@code "\ud800"} gives {@code 00 d8}.
 *   <li>Decoding reads each pair of bytes, low byte first, as one code unit; lone and reversed
 *       surrogates are kept. <em>An odd final byte is ignored</em>: {@code 61 62 63} gives {@code
 *       "\u6261"}, and {@code 61} alone gives {@code ""}.
 * </ul>
 *
 * <p>The JDK's UTF-16LE charset is not used because it validates: {@code
 * String.getBytes(UTF_16LE)} writes {@code fd ff} (U+FFFD) for a lone surrogate, and {@code new
 * String(bytes, UTF_16LE)} gives U+FFFD for an unpaired surrogate and for an odd final byte, where
 * Node keeps the former and drops the latter.
 *
 * <p>The code units are moved with a {@code byte[]} view {@link VarHandle} of {@code char} in
 * little-endian order, which is exact by its specification: a {@code set} of unit {@code c} at
 * index {@code p} stores the low 8 bits of {@code c} at {@code p} and the high 8 bits at {@code p +
 * 1}, a {@code get} composes the same two bytes back, at any index (only atomic access modes need
 * alignment; plain ones are used), and nothing is interpreted. It is the same as shifting and
 * masking byte by byte, and about twice as fast.
 */
final class Utf16le implements Codec {

  /** Plain reads and writes of a UTF-16 code unit as 2 bytes, low byte first, at any index. */
  private static final VarHandle UNIT_LE =
      MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

  /** The one instance, {@link Encoding#UTF16LE}'s. */
  static final Utf16le INSTANCE = new Utf16le();

  private Utf16le() {}

  /**
   * Returns {@code 2 * s.length()}, as Node's {@code Buffer.byteLength(s, 'utf16le')}.
   *
   * @throws ArithmeticException if that exceeds {@link Integer#MAX_VALUE}; this needs a string of
   *     more than 2^30 code units, longer than any JavaScript string can be (V8's limit is 2^29 -
   *     24)
   */
  @Override
  public int byteLength(String s) {
    return Math.multiplyExact(s.length(), 2);
  }

  /**
   * Encodes {@code s} into {@code dst[offset, offset + length)} as Node's {@code buf.write(s,
   * offset, length, 'utf16le')} does, and returns the number of bytes written.
   *
   * <p>Code unit {@code i} becomes bytes {@code offset + 2i} (low 8 bits) and {@code offset + 2i +
   * 1} (high 8 bits). When the room is short, the first {@code min(length / 2, s.length())} units
   * are written whole (never half a unit), so with an odd room the last byte of the range is left
   * as it was: {@code "abc"} into 5 bytes writes 4. A surrogate pair is two independent units
   * here, and may be cut between them. Bytes of {@code dst} past the returned count are not
   * touched.
   *
   * @return the number of bytes written, {@code 2 * min(length / 2, s.length())}
   * @throws IndexOutOfBoundsException if the range is not inside {@code dst} (checked before any
   *     byte is written)
   */
  @Override
  public int encode(String s, byte[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int units = Math.min(length >>> 1, s.length());
    for (int i = 0, p = offset; i < units; i++, p += 2) {
      UNIT_LE.set(dst, p, s.charAt(i)); // dst[p] = low 8 bits, dst[p + 1] = high 8 bits
    }
    return units << 1;
  }

  /**
   * Decodes {@code src[offset, offset + length)} as Node's {@code buf.toString('utf16le', start,
   * end)} does: bytes {@code offset + 2i} and {@code offset + 2i + 1} become code unit {@code i},
   * the first byte being the low one. The result has {@code length / 2} units; with an odd {@code
   * length} the last byte of the range is ignored. The pairs are counted from {@code offset},
   * whatever its parity.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   */
  @Override
  public String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    char[] units = new char[length >>> 1];
    for (int i = 0, p = offset; i < units.length; i++, p += 2) {
      units[i] = (char) UNIT_LE.get(src, p); // src[p] | src[p + 1] << 8
    }
    return new String(units);
  }
}
