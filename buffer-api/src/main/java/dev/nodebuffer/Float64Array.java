package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Float64Array}: a view of {@link #length()} elements of 8 bytes each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link DoubleTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class Float64Array extends DoubleTypedArray<Float64Array> {
  /** {@code Float64Array.BYTES_PER_ELEMENT}: the size of one element, 8. */
  public static final int BYTES_PER_ELEMENT = 8;

  /**
   * {@code new Float64Array(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public Float64Array(int length) {
    super(ElementKind.FLOAT64, length);
  }

  /**
   * {@code new Float64Array([...])}: a new array of {@code values}, each stored exactly; {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public Float64Array(double @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new Float64Array(typedArray)}: a new array of {@code source}'s elements, each stored exactly; a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public Float64Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new Float64Array(arrayBuffer)}: a view of all of {@code buffer}; see {@link #Float64Array(ArrayBuffer, int)}. */
  public Float64Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new Float64Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 8 ({@code start offset of Float64Array should be a multiple of 8}) or the buffer's
   *     length is not ({@code byte length of Float64Array should be a multiple of 8})
   */
  public Float64Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.FLOAT64, buffer, byteOffset));
  }

  /**
   * {@code new Float64Array(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of Float64Array should be
   *     a multiple of 8}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public Float64Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.FLOAT64, buffer, byteOffset, length);
  }

  /** {@code Float64Array.of(...items)}: a new array of {@code items}; see {@link #Float64Array(double[])}. */
  public static Float64Array of(double... items) {
    return new Float64Array(items);
  }

  /** {@code Float64Array.from(array)}: a new array of {@code values}; see {@link #Float64Array(double[])}. */
  public static Float64Array from(double[] values) {
    return new Float64Array(values);
  }

  /**
   * {@code Float64Array.from(typedArray)}: as {@link #Float64Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static Float64Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.FLOAT64, source);
    return new Float64Array(source);
  }

  @Override
  Float64Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new Float64Array(buffer, byteOffset, length);
  }
}
