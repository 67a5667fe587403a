package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Int32Array}: a view of {@link #length()} elements of 4 bytes each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link IntTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class Int32Array extends IntTypedArray<Int32Array> {
  /** {@code Int32Array.BYTES_PER_ELEMENT}: the size of one element, 4. */
  public static final int BYTES_PER_ELEMENT = 4;

  /**
   * {@code new Int32Array(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public Int32Array(int length) {
    super(ElementKind.INT32, length);
  }

  /**
   * {@code new Int32Array([...])}: a new array of {@code values}, each stored as it is (ToInt32 of a Java {@code int} is the {@code int}); {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public Int32Array(int @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new Int32Array(typedArray)}: a new array of {@code source}'s elements, each stored as it is (ToInt32 of a Java {@code int} is the {@code int}); a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public Int32Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new Int32Array(arrayBuffer)}: a view of all of {@code buffer}; see {@link #Int32Array(ArrayBuffer, int)}. */
  public Int32Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new Int32Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 4 ({@code start offset of Int32Array should be a multiple of 4}) or the buffer's
   *     length is not ({@code byte length of Int32Array should be a multiple of 4})
   */
  public Int32Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.INT32, buffer, byteOffset));
  }

  /**
   * {@code new Int32Array(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of Int32Array should be
   *     a multiple of 4}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public Int32Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.INT32, buffer, byteOffset, length);
  }

  /** {@code Int32Array.of(...items)}: a new array of {@code items}; see {@link #Int32Array(int[])}. */
  public static Int32Array of(int... items) {
    return new Int32Array(items);
  }

  /** {@code Int32Array.from(array)}: a new array of {@code values}; see {@link #Int32Array(int[])}. */
  public static Int32Array from(int[] values) {
    return new Int32Array(values);
  }

  /**
   * {@code Int32Array.from(typedArray)}: as {@link #Int32Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static Int32Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.INT32, source);
    return new Int32Array(source);
  }

  @Override
  Int32Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new Int32Array(buffer, byteOffset, length);
  }
}
