package dev.nodebuffer;

import java.util.Objects;

/**
 * JavaScript's {@code Uint8Array}: a view of {@link #length()} bytes of an {@link ArrayBuffer},
 * starting at {@link #byteOffset()}. Views share memory with their buffer and with each other.
 *
 * <p>Not synchronised, like {@link java.nio.ByteBuffer}.
 */
public class Uint8Array {
  final ArrayBuffer buffer;
  final int byteOffset;
  final int length;

  /**
   * {@code new Uint8Array(length)}: a zero-filled view over a new {@link ArrayBuffer} of its own.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length:
   *     -1} if {@code length} is negative
   */
  public Uint8Array(int length) {
    this(newBuffer(length), 0, length);
  }

  /** A view of {@code buffer[byteOffset, byteOffset + length)}; the caller checked the range. */
  Uint8Array(ArrayBuffer buffer, int byteOffset, int length) {
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.length = length;
  }

  private static ArrayBuffer newBuffer(int length) {
    if (length < 0) {
      throw Errors.v8RangeError("Invalid typed array length: " + length);
    }
    return new ArrayBuffer(length);
  }

  /** {@code view.length}: the number of bytes in this view. */
  public final int length() {
    return length;
  }

  /** {@code view.byteLength}: the same as {@link #length()} for a byte view. */
  public final int byteLength() {
    return length;
  }

  /** {@code view.byteOffset}: where this view starts in {@link #buffer()}. */
  public final int byteOffset() {
    return byteOffset;
  }

  /**
   * {@code view.buffer}: the memory this view shares. For a pooled {@link Buffer} this is the
   * whole slab, holding other buffers' bytes too.
   */
  public final ArrayBuffer buffer() {
    return buffer;
  }

  /**
   * {@code view[index]}: the byte at {@code index}, as an unsigned value 0..255.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would give {@code undefined}
   */
  public final int get(int index) {
    Objects.checkIndex(index, length);
    return buffer.bytes[byteOffset + index] & 0xFF;
  }

  /**
   * {@code view[index] = value}: stores {@code value & 0xFF}, as JavaScript's ToUint8 does ({@code
   * 256} stores 0, {@code -1} stores 255).
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would silently ignore the assignment
   */
  public final void put(int index, int value) {
    Objects.checkIndex(index, length);
    buffer.bytes[byteOffset + index] = (byte) value;
  }
}
