package dev.nodebuffer;

import java.util.Arrays;

/**
 * Content comparison of two views, whatever array, offset and slab they live in: the work behind
 * {@link Buffer#compareTo}, {@link Buffer#equals(Object)} and {@link Buffer#hashCode()}.
 */
final class ByteRanges {
  private ByteRanges() {}

  /**
   * Node's {@code Buffer.compare(a, b)}: -1, 0 or 1, comparing bytes as unsigned values, the
   * shorter view first when one is a prefix of the other.
   */
  static int compare(Uint8Array a, Uint8Array b) {
    // Arrays.compareUnsigned gives the first differing pair's difference, or the length
    // difference for a prefix; Node answers exactly -1, 0 or 1.
    return Integer.signum(
        Arrays.compareUnsigned(
            a.buffer.bytes, a.byteOffset, a.byteOffset + a.length,
            b.buffer.bytes, b.byteOffset, b.byteOffset + b.length));
  }

  /** Whether the two views hold the same bytes. */
  static boolean sameBytes(Uint8Array a, Uint8Array b) {
    return Arrays.equals(
        a.buffer.bytes, a.byteOffset, a.byteOffset + a.length,
        b.buffer.bytes, b.byteOffset, b.byteOffset + b.length);
  }

  /** {@code Arrays.hashCode} of the view's bytes, without copying them. */
  static int hash(Uint8Array a) {
    byte[] bytes = a.buffer.bytes;
    int h = 1;
    for (int i = a.byteOffset, end = a.byteOffset + a.length; i < end; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }
}
