package dev.nodebuffer.codec;

/**
 * One of Node's string encodings, as functions over UTF-16 strings and {@code byte[]} ranges
 * ({@code byteLength}, {@code encode}, and {@code decode}) whose results depend on their arguments
 * alone. None of them throws on data: malformed input is replaced or skipped exactly as Node does.
 * Argument checks (ranges inside arrays) are the caller's job.
 */
public interface Codec {

  /**
   * Returns what Node's {@code Buffer.byteLength(s, encoding)} returns: the exact encoded length
   * for utf8, utf16le, latin1 and ascii, Node's estimate for base64 and hex.
   */
  int byteLength(String s);

  /**
   * Encodes {@code s} into {@code dst[offset, offset + length)} with Node's partial-write rules
   * ({@code buf.write}): only whole characters are written, and writing stops at the first one
   * that does not fit. Bytes past the returned count are untouched.
   *
   * @return the number of bytes written, {@code 0 <= n <= length}
   */
  int encode(String s, byte[] dst, int offset, int length);

  /**
   * {@link #encode(String, byte[], int, int)} for a caller that has just computed {@code
   * byteLength(s)} and passes it on, so that the codec need not find out again what that told it:
   * the result and the bytes written are the same. For UTF-8, a byte length equal to {@code
   * s.length()} means that every unit is below U+0080, so the units are copied without being
   * scanned; the other codecs ignore it.
   *
   * <p>This is what {@code Buffer.from(s)} does: {@code byteLength(s)} for the size of the buffer
   * (or pool reservation), then the encoding into it. Passing any other number than {@code
   * byteLength(s)} may write wrong bytes (never outside the range).
   *
   * @param byteLength what {@link #byteLength byteLength(s)} returned
   * @return the number of bytes written, {@code 0 <= n <= length}
   */
  default int encode(String s, int byteLength, byte[] dst, int offset, int length) {
    return encode(s, dst, offset, length);
  }

  /** Decodes {@code src[offset, offset + length)} as Node's {@code buf.toString(encoding)} does. */
  String decode(byte[] src, int offset, int length);
}
