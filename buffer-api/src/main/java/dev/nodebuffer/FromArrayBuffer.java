package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/** Node's {@code fromArrayBuffer}: {@code Buffer.from(arrayBuffer, byteOffset, length)}, a view. */
final class FromArrayBuffer {
  private FromArrayBuffer() {}

  /**
   * A buffer viewing {@code buffer[byteOffset, byteOffset + length)}, sharing its memory;
   * without a {@code length} (null) the view runs to the end. The checks in Node's order: {@code
   * byteLength - byteOffset < 0} is {@code "offset"} out of bounds; a positive length beyond that
   * rest is {@code "length"} out of bounds, a negative one means 0; only then does a negative
   * offset fail, with V8's code-less {@code Start offset -1 is outside the bounds of the buffer}.
   */
  static Buffer view(ArrayBuffer buffer, int byteOffset, @Nullable Integer length) {
    if (buffer == null) {
      throw ArrayLikes.firstArgument(null);
    }
    long maxLength = (long) buffer.byteLength() - byteOffset;
    if (maxLength < 0) {
      throw Errors.bufferOutOfBounds("offset");
    }
    int viewLength;
    if (length == null) {
      viewLength = (int) Math.min(maxLength, Integer.MAX_VALUE);
    } else if (length > 0) {
      if (length > maxLength) {
        throw Errors.bufferOutOfBounds("length");
      }
      viewLength = length;
    } else {
      viewLength = 0;
    }
    if (byteOffset < 0) {
      throw Errors.v8StartOffset(byteOffset);
    }
    return new Buffer(buffer, byteOffset, viewLength);
  }
}
