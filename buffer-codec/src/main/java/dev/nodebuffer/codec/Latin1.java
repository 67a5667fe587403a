package dev.nodebuffer.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Latin-1 exactly as Node 22's {@code Buffer} does it, under both of Node's names for it, {@code
 * latin1} and {@code binary}. Reached through {@link Encoding#LATIN1}; {@link Ascii} encodes
 * through here too (it extends this class, and overrides {@code decode} only).
 *
 * <p>One UTF-16 code unit is one byte, both ways:
 *
 * <ul>
 *   <li>Encoding keeps the <em>low 8 bits</em> of every code unit, {@code c & 0xFF}, with no error
 *       and no replacement: {@code "é€😀"} (units 00E9 20AC D83D DE00) gives {@code e9 ac 3d 00}.
 *       Code units are taken one at a time, so a surrogate pair is two bytes and a lone surrogate
 *       one, like any other unit.
 *   <li>Decoding maps byte {@code b} to U+00{@code b}; every byte is valid.
 * </ul>
 *
 * <p>The JDK's ISO-8859-1 charset is exact for decoding but not for encoding: {@code
 * String.getBytes(ISO_8859_1)} writes {@code ?} (3F) for every unit above U+00FF, where Node keeps
 * the low 8 bits. The encoder uses {@link String#getBytes(int, int, byte[], int)} instead, whose
 * specification is exactly Node's rule (see {@link #encode}).
 */
sealed class Latin1 implements Codec permits Ascii {

  /** The one instance, {@link Encoding#LATIN1}'s. */
  static final Latin1 INSTANCE = new Latin1();

  /** For {@link #INSTANCE} and {@link Ascii}, which encodes as latin1 and decodes otherwise. */
  Latin1() {}

  /**
   * Returns {@code s.length()}, as Node's {@code Buffer.byteLength(s, 'latin1')}: one byte per
   * UTF-16 code unit, so {@code '😀'} counts 2.
   */
  @Override
  public int byteLength(String s) {
    return s.length();
  }

  /**
   * Encodes {@code s} into {@code dst[offset, offset + length)} as Node's {@code buf.write(s,
   * offset, length, 'latin1')} does, and returns the number of bytes written.
   *
   * <p>Code unit {@code i} becomes byte {@code offset + i}, holding the unit's low 8 bits. When
   * the room is short, the first {@code min(length, s.length())} units are written: every unit is
   * a whole character here, so there is nothing to split. Bytes of {@code dst} past the returned
   * count are not touched.
   *
   * <p>Why the JDK call is exact: {@code String.getBytes(srcBegin, srcEnd, dst, dstBegin)} is
   * specified as "each byte receives the 8 low-order bits of the corresponding character; the
   * eight high-order bits of each character are not copied", which is {@code (byte) c}, Node's
   * rule word for word; it is deprecated only because it is not a charset encoding, which is why
   * it suits here. It copies exactly {@code srcEnd - srcBegin} units to consecutive bytes starting
   * at {@code dstBegin}, and nothing else. (On a JDK with compact strings, a string whose units
   * all fit in 8 bits is copied with {@code System.arraycopy}.)
   *
   * @return the number of bytes written, {@code min(length, s.length())}
   * @throws IndexOutOfBoundsException if the range is not inside {@code dst} (checked before any
   *     byte is written)
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact, see above
  @Override
  public int encode(String s, byte[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int n = Math.min(length, s.length());
    s.getBytes(0, n, dst, offset);
    return n;
  }

  /**
   * Decodes {@code src[offset, offset + length)} as Node's {@code buf.toString('latin1', start,
   * end)} does: byte {@code b} becomes U+00{@code b}, so the result has {@code length} code units,
   * all below U+0100.
   *
   * <p>Why the JDK call is exact: ISO-8859-1 is defined as the first 256 code points of Unicode,
   * every byte value is mapped (the charset has no malformed input and no replacement), and its
   * decoder maps byte {@code b} to {@code (char) (b & 0xFF)}.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   */
  @Override
  public String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    return new String(src, offset, length, StandardCharsets.ISO_8859_1);
  }
}
