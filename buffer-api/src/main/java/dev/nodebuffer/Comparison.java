package dev.nodebuffer;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Node 22's {@code Buffer.compare}, {@code buf.compare} and {@code buf.equals}
 * ({@code Compare} and {@code CompareOffset} in {@code src/node_buffer.cc}): unsigned byte order, a shorter run first on ties, results exactly
 * -1, 0 or 1. The bytes are compared by the JDK's vectorised {@link Arrays#compareUnsigned} and
 * {@link Arrays#equals} over ranges. Java's {@link Buffer#compareTo}, {@link
 * Buffer#equals(Object)} and {@link Buffer#hashCode()} use the same content comparison.
 */
final class Comparison {
  private Comparison() {}

  /** {@code Buffer.compare(buf1, buf2)}. */
  static int compare(@Nullable Uint8Array buf1, @Nullable Uint8Array buf2) {
    if (buf1 == null) {
      throw Errors.notABufferOrUint8Array("buf1");
    }
    if (buf2 == null) {
      throw Errors.notABufferOrUint8Array("buf2");
    }
    return buf1 == buf2 ? 0 : compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
  }

  /**
   * {@code source.compare(target, targetStart, targetEnd, sourceStart, sourceEnd)}, checks in
   * Node's order: {@code target}, then each bound. Starts may lie past the end (an empty range);
   * ends may not.
   */
  static int compare(
      Uint8Array source,
      @Nullable Uint8Array target,
      int targetStart,
      int targetEnd,
      int sourceStart,
      int sourceEnd) {
    if (target == null) {
      throw Errors.notABufferOrUint8Array("target");
    }
    if (targetStart < 0) {
      throw Errors.positionOutOfRange("targetStart", ">= 0 && <= " + Errors.K_MAX_LENGTH, targetStart);
    }
    if (targetEnd < 0 || targetEnd > target.length) {
      throw Errors.positionOutOfRange("targetEnd", ">= 0 && <= " + target.length, targetEnd);
    }
    if (sourceStart < 0) {
      throw Errors.positionOutOfRange("sourceStart", ">= 0 && <= " + Errors.K_MAX_LENGTH, sourceStart);
    }
    if (sourceEnd < 0 || sourceEnd > source.length) {
      throw Errors.positionOutOfRange("sourceEnd", ">= 0 && <= " + source.length, sourceEnd);
    }
    if (sourceStart >= sourceEnd) {
      return targetStart >= targetEnd ? 0 : -1;
    }
    if (targetStart >= targetEnd) {
      return 1;
    }
    return compareRanges(source, sourceStart, sourceEnd, target, targetStart, targetEnd);
  }

  /** {@code buf.equals(otherBuffer)}: the same bytes, or the same object. */
  static boolean equals(Uint8Array self, @Nullable Uint8Array other) {
    if (other == null) {
      throw Errors.notABufferOrUint8Array("otherBuffer");
    }
    if (self == other) {
      return true;
    }
    return self.length == other.length
        && Arrays.equals(
            self.buffer.bytes, self.byteOffset, self.byteOffset + self.length,
            other.buffer.bytes, other.byteOffset, other.byteOffset + other.length);
  }

  /** Node's {@code memcmp} then length comparison, normalised to -1, 0, 1; ranges are valid. */
  private static int compareRanges(Uint8Array a, int aStart, int aEnd, Uint8Array b, int bStart, int bEnd) {
    return Integer.signum(
        Arrays.compareUnsigned(
            a.buffer.bytes, a.byteOffset + aStart, a.byteOffset + aEnd,
            b.buffer.bytes, b.byteOffset + bStart, b.byteOffset + bEnd));
  }

  /** {@code Arrays.hashCode} of the view's bytes, without copying them. */
  static int hash(Uint8Array view) {
    byte[] bytes = view.buffer.bytes;
    int h = 1;
    for (int i = view.byteOffset, end = view.byteOffset + view.length; i < end; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }
}
