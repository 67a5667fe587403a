package dev.nodebuffer.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Node 22's {@code ascii} encoding, which is not US-ASCII in either direction. Reached through
 * {@link Encoding#ASCII}.
 *
 * <ul>
 *   <li>Encoding is <em>identical to latin1</em>, so {@code byteLength} and {@code encode} are
 *       {@link Latin1}'s, inherited: each UTF-16 code unit keeps its low 8 bits, with no 7-bit
 *       masking and no {@code ?}. {@code "é€"} gives {@code e9 ac}, bytes that are not ASCII at
 *       all; {@code byteLength(s)} is {@code s.length()}.
 *   <li>Decoding <em>masks each byte with 0x7F</em>: byte {@code b} becomes U+00{@code (b &
 *       0x7F)}, so {@code 41 80 c8 ff} gives {@code "A\u0000H\u007f"}. No U+FFFD, and the result
 *       is always pure ASCII.
 * </ul>
 *
 * <p>So decoding does not invert encoding outside ASCII: {@code "é"} encodes to {@code e9}, which
 * decodes to {@code "i"}. The JDK's US-ASCII charset differs both ways: {@code
 * getBytes(US_ASCII)} writes {@code ?} for every unit above U+007F, and {@code new String(bytes,
 * US_ASCII)} gives U+FFFD for every byte above 7F.
 */
final class Ascii extends Latin1 {

  /** The one instance, {@link Encoding#ASCII}'s. */
  static final Ascii INSTANCE = new Ascii();

  private Ascii() {}

  /**
   * Decodes {@code src[offset, offset + length)} as Node's {@code buf.toString('ascii', start,
   * end)} does: byte {@code b} becomes U+00{@code (b & 0x7F)}, one code unit per byte.
   *
   * <p>Bytes 00..7F are their own code units under every ASCII-compatible charset, so a range with
   * no byte above 7F is handed to the JDK's ISO-8859-1 decoder as it is (exact, see {@link
   * Latin1#decode}). Otherwise the range is copied into the shared {@link Latin1Scratch} array,
   * each byte from the first high one on masked, and that copy, now all 00..7F, becomes the string.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   */
  @Override
  public String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    int end = offset + length;
    int i = offset;
    while (i < end && src[i] >= 0) {
      i++;
    }
    if (i == end) {
      return new String(src, offset, length, StandardCharsets.ISO_8859_1);
    }
    byte[] masked = Latin1Scratch.take(length);
    System.arraycopy(src, offset, masked, 0, i - offset);
    for (int k = i - offset; k < length; k++) {
      masked[k] = (byte) (src[offset + k] & 0x7F);
    }
    return Latin1Scratch.toStringAndGiveBack(masked, length);
  }
}
