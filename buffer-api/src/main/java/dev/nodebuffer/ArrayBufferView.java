package dev.nodebuffer;

/**
 * JavaScript's {@code ArrayBufferView}: a typed array ({@link TypedArray}, {@link Uint8Array},
 * {@link Buffer}) or a {@code DataView}, a window of {@link #byteLength()} bytes of an {@link
 * ArrayBuffer} starting at {@link #byteOffset()}. {@code ArrayBuffer.isView(x)} is {@code x
 * instanceof ArrayBufferView}, and the {@code buffer} module's functions that take "a Buffer,
 * TypedArray or DataView" take one.
 */
public interface ArrayBufferView {
  /** {@code view.buffer}: the memory this view shares. */
  ArrayBuffer buffer();

  /** {@code view.byteOffset}: where this view starts in {@link #buffer()}. */
  int byteOffset();

  /** {@code view.byteLength}: how many bytes this view spans. */
  int byteLength();
}
