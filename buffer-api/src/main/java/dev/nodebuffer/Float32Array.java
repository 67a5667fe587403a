package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Float32Array}: a view of {@link #length()} elements of 4 bytes each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link DoubleTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class Float32Array extends DoubleTypedArray<Float32Array> {
  /** {@code Float32Array.BYTES_PER_ELEMENT}: the size of one element, 4. */
  public static final int BYTES_PER_ELEMENT = 4;

  /**
   * {@code new Float32Array(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public Float32Array(int length) {
    super(ElementKind.FLOAT32, length);
  }

  /**
   * {@code new Float32Array([...])}: a new array of {@code values}, each rounded to the nearest {@code float} (0.1 stores 0.10000000149011612); {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public Float32Array(double @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new Float32Array(typedArray)}: a new array of {@code source}'s elements, each rounded to the nearest {@code float} (0.1 stores 0.10000000149011612); a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public Float32Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new Float32Array(arrayBuffer)}: a view of all of {@code buffer}; see {@link #Float32Array(ArrayBuffer, int)}. */
  public Float32Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new Float32Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 4 ({@code start offset of Float32Array should be a multiple of 4}) or the buffer's
   *     length is not ({@code byte length of Float32Array should be a multiple of 4})
   */
  public Float32Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.FLOAT32, buffer, byteOffset));
  }

  /**
   * {@code new Float32Array(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of Float32Array should be
   *     a multiple of 4}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public Float32Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.FLOAT32, buffer, byteOffset, length);
  }

  /** {@code Float32Array.of(...items)}: a new array of {@code items}; see {@link #Float32Array(double[])}. */
  public static Float32Array of(double... items) {
    return new Float32Array(items);
  }

  /** {@code Float32Array.from(array)}: a new array of {@code values}; see {@link #Float32Array(double[])}. */
  public static Float32Array from(double[] values) {
    return new Float32Array(values);
  }

  /**
   * {@code Float32Array.from(typedArray)}: as {@link #Float32Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static Float32Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.FLOAT32, source);
    return new Float32Array(source);
  }

  @Override
  Float32Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new Float32Array(buffer, byteOffset, length);
  }
}
