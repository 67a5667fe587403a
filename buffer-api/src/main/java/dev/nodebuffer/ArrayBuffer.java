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

  /**
   * {@code ab.slice()}: a copy of all of this buffer, in a new {@code ArrayBuffer} that shares
   * nothing with it.
   */
  public ArrayBuffer slice() {
    return slice(0, bytes.length);
  }

  /** {@code ab.slice(begin)}: a copy from {@code begin} to the end; see {@link #slice(int, int)}. */
  public ArrayBuffer slice(int begin) {
    return slice(begin, bytes.length);
  }

  /**
   * {@code ab.slice(begin, end)}: a copy of the bytes {@code [begin, end)} in a new {@code
   * ArrayBuffer}. The indices are relative as in V8: a negative one counts from the end, then
   * both are clamped to {@code [0, byteLength()]}; an empty range ({@code end <= begin}) gives an
   * empty buffer. Never throws.
   */
  public ArrayBuffer slice(int begin, int end) {
    int first = TypedArrays.relative(begin, bytes.length);
    int count = TypedArrays.rangeLength(first, TypedArrays.relative(end, bytes.length));
    ArrayBuffer copy = new ArrayBuffer(count);
    System.arraycopy(bytes, first, copy.bytes, 0, count);
    return copy;
  }

  /**
   * {@code ab.resizable}: always {@code false}; this library makes only fixed-length buffers
   * (README, "Differences from Node.js", for {@code resize}).
   */
  public boolean resizable() {
    return false;
  }

  /** {@code ab.maxByteLength}: {@link #byteLength()}, as for every fixed-length buffer. */
  public int maxByteLength() {
    return bytes.length;
  }

  /**
   * {@code ab.detached}: always {@code false}; nothing in this library detaches a buffer (README,
   * "Differences from Node.js", for {@code transfer}).
   */
  public boolean detached() {
    return false;
  }
}
