package dev.nodebuffer;

/**
 * The checks of a caller's size against {@link Buffers#kMaxLength()}, made before anything is
 * allocated, so that a size above it fails with the error Node or V8 gives when its own limit is
 * passed, never with the JVM's {@code OutOfMemoryError} or a buffer the port says it cannot make.
 *
 * <p>Each kind of allocation has Node's check for it: the {@code Buffer} factories validate a
 * {@code size} ({@code ERR_OUT_OF_RANGE}), V8's {@code ArrayBuffer} constructor a byte length and
 * its typed-array constructors an element count (code-less {@code RangeError}s), and Node's
 * {@code fromArrayLike} none at all (V8 fails to allocate). The bound each message names is
 * explained at {@link Buffers#kMaxLength()}.
 */
final class Limits {
  /** {@link Buffers#kMaxLength()}: {@code Integer.MAX_VALUE - 8}, 2147483639. */
  static final int K_MAX_LENGTH = Integer.MAX_VALUE - 8;

  private Limits() {}

  /**
   * Node's {@code validateNumber(size, 'size', 0, kMaxLength)} of {@code Buffer.alloc}, {@code
   * allocUnsafe}, {@code allocUnsafeSlow} (and so of {@code from(string)}'s own buffer and of
   * {@code concat}'s result): returns {@code size} as an {@code int} if it is in 0..kMaxLength.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE}: {@code The value of "size" is out of
   *     range. It must be >= 0 && <= 9007199254740991. Received -1} for a negative size (Node 22's
   *     text), {@code ... It must be >= 0 && <= 2147483639. Received 2147483640} above the limit
   */
  static int checkSize(long size) {
    return checkRange("size", size);
  }

  /**
   * Node's {@code validateOffset(length, 'length')} of {@code Buffer.concat}'s {@code totalLength}:
   * the same bounds and texts as {@link #checkSize}, naming {@code "length"}.
   */
  static int checkTotalLength(long totalLength) {
    return checkRange("length", totalLength);
  }

  private static int checkRange(String name, long value) {
    if (value < 0) {
      throw Errors.outOfRange(name, ">= 0 && <= " + Errors.K_MAX_LENGTH, value);
    }
    if (value > K_MAX_LENGTH) {
      throw Errors.outOfRange(name, ">= 0 && <= " + K_MAX_LENGTH, Errors.receivedNumber(value));
    }
    return (int) value;
  }

  /**
   * V8's check in the {@code ArrayBuffer} constructor ({@code builtins-arraybuffer.cc}, {@code
   * ConstructBuffer}): a byte length that is negative or above the maximum byte length.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid array buffer length}
   */
  static int checkArrayBufferLength(long byteLength) {
    if (byteLength < 0 || byteLength > K_MAX_LENGTH) {
      throw Errors.v8RangeError("Invalid array buffer length");
    }
    return (int) byteLength;
  }

  /**
   * V8's check in the typed-array constructors ({@code new Uint8Array(length)}, {@code new
   * Float64Array(length)}...): {@code elements} elements of {@code bytesPerElement} bytes each
   * must be a byte length of 0..kMaxLength. For the typed-array classes to call before they
   * allocate.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length:
   *     N}, N being {@code elements} ({@code -1}, {@code 2147483640}) if {@code elements} is
   *     negative or {@code elements * bytesPerElement > kMaxLength}
   */
  static int checkTypedArrayLength(long elements, int bytesPerElement) {
    // elements * bytesPerElement > K_MAX_LENGTH, without overflowing a long.
    if (elements < 0 || elements > K_MAX_LENGTH / bytesPerElement) {
      throw Errors.v8RangeError("Invalid typed array length: " + elements);
    }
    return (int) elements;
  }

  /**
   * Node's {@code fromArrayLike} ({@code Buffer.from(array)}, {@code Buffer.from({length})}) has no
   * size check of its own: V8 clamps the length to 2^53 - 1 and fails to allocate what it cannot
   * hold. A length above kMaxLength is a length the port cannot hold.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Array buffer allocation failed}
   *     if {@code length > kMaxLength}
   */
  static int checkArrayLikeLength(long length) {
    if (length > K_MAX_LENGTH) {
      throw Errors.v8RangeError("Array buffer allocation failed");
    }
    return (int) length;
  }

  /**
   * {@code Buffer.byteLength(string)} returns an {@code int}, which a Java string's byte count
   * can pass (715,827,883 characters from U+0800 take 2^31 + 1 bytes in UTF-8; 2^30 characters
   * 2^31 in UTF-16LE). Node cannot reach such a count: V8's longest string has 0x1fffffe8
   * characters, 1.5 GiB in UTF-8 at most. So the count is returned when an {@code int} holds it
   * (above {@link #K_MAX_LENGTH} too: it is a length, not a buffer), and beyond, the error is
   * Node's {@code ERR_OUT_OF_RANGE} naming the bound that was passed.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE}: {@code The value of "byteLength" is
   *     out of range. It must be >= 0 && <= 2147483647. Received 2147483648} if {@code byteLength
   *     > Integer.MAX_VALUE}
   */
  static int checkStringByteLength(long byteLength) {
    if (byteLength > Integer.MAX_VALUE) {
      throw Errors.outOfRange(
          "byteLength", ">= 0 && <= " + Integer.MAX_VALUE, Errors.receivedNumber(byteLength));
    }
    return (int) byteLength;
  }

  /**
   * The pool's slab factory: a slab of {@code poolSize} bytes, which {@code Buffer.setPoolSize}
   * lets be up to {@code Integer.MAX_VALUE}, as Node lets {@code Buffer.poolSize} be any number.
   * Node 22 makes a slab of 2^31 bytes when asked; this port cannot make one above {@link
   * #K_MAX_LENGTH}, and fails as Node's {@code createPool} fails when it cannot allocate its slab
   * (Node 22 with {@code Buffer.poolSize = 2 ** 52 + 2 ** 31}: {@code RangeError: Array buffer
   * allocation failed}). The pool is left as it was (see {@code Carver}), so lowering the pool
   * size makes it work again.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Array buffer allocation
   *     failed} if {@code poolSize > kMaxLength}
   */
  static ArrayBuffer slab(int poolSize) {
    if (poolSize > K_MAX_LENGTH) {
      throw Errors.v8RangeError("Array buffer allocation failed");
    }
    return new ArrayBuffer(poolSize);
  }
}
