package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code ArrayBuffer}: a fixed-length run of bytes that views ({@link Uint8Array},
 * {@link Buffer}) read and write. It owns the memory; views over one {@code ArrayBuffer} share it.
 *
 * <p>A pooled {@link Buffer} (from {@link Buffer#allocUnsafe(int)} or {@link Buffer#from(String)})
 * is a view into a shared 8 KiB slab, so its {@code buffer()} is that slab, exactly as in Node:
 * {@code Buffer.allocUnsafe(4).buffer().byteLength()} is 8192.
 *
 * <p>Identity is reference identity, as {@code ===} in JavaScript.
 */
public final class ArrayBuffer {
  final byte[] bytes;

  /**
   * {@code new ArrayBuffer(byteLength)}: a zero-filled buffer.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid array buffer length}
   *     if {@code byteLength} is negative or above {@link Buffers#kMaxLength()} (checked before
   *     anything is allocated), as V8 says for a length above its maximum byte length
   */
  public ArrayBuffer(int byteLength) {
    this.bytes = new byte[Limits.checkArrayBufferLength(byteLength)];
  }

  /**
   * Adopts {@code bytes} as this buffer's memory, without copying: writes through either side are
   * seen by the other. For {@link Buffer#wrap(byte[])}.
   */
  ArrayBuffer(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * {@code ArrayBuffer.isView(value)}: whether {@code value} is a view of an {@code ArrayBuffer}, a
   * typed array (a {@link Buffer} too) or a {@code DataView}.
   */
  public static boolean isView(@Nullable Object value) {
    return value instanceof ArrayBufferView;
  }

  /** {@code ab.byteLength}. */
  public int byteLength() {
    return bytes.length;
  }
}
