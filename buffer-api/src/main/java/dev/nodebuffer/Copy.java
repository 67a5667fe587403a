package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * Node 22's {@code buf.copy(target, targetStart, sourceStart, sourceEnd)} ({@code _copy} and
 * {@code _copyActual} in {@code lib/buffer.js}).
 */
final class Copy {
  private Copy() {}

  /**
   * Copies {@code source[sourceStart, sourceEnd)} into {@code target} at {@code targetStart},
   * cut to what fits, and returns the number of bytes copied. Checks in Node's order; an empty
   * source range or a {@code targetStart} at or past the target's end copies nothing (but the
   * checks still apply). Overlapping views of one {@link ArrayBuffer} are copied as {@code
   * memmove} does: {@link System#arraycopy} on one array behaves as if through a temporary copy.
   */
  static int copy(Uint8Array source, @Nullable ArrayBufferView target, int targetStart, int sourceStart, int sourceEnd) {
    if (target == null) {
      throw Errors.notABufferOrUint8Array("target");
    }
    if (targetStart < 0) {
      throw Errors.positionOutOfRange("targetStart", ">= 0", targetStart);
    }
    if (sourceStart < 0 || sourceStart > source.length) {
      throw Errors.positionOutOfRange("sourceStart", ">= 0 && <= " + source.length, sourceStart);
    }
    if (sourceEnd < 0) {
      throw Errors.positionOutOfRange("sourceEnd", ">= 0", sourceEnd);
    }
    int targetLength = target.byteLength();
    if (targetStart >= targetLength || sourceStart >= sourceEnd) {
      return 0;
    }
    // _copyActual: what fits in the target after targetStart, and what the source has.
    int count = Math.min(sourceEnd - sourceStart, targetLength - targetStart);
    count = Math.min(count, source.length - sourceStart);
    if (count <= 0) {
      return 0;
    }
    System.arraycopy(
        source.buffer.bytes, source.byteOffset + sourceStart,
        target.buffer().bytes, target.byteOffset() + targetStart,
        count);
    return count;
  }
}
