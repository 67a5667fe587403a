package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Uint8ClampedArray}: a view of {@link #length()} elements of 1 byte each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link IntTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class Uint8ClampedArray extends IntTypedArray<Uint8ClampedArray> {
  /** {@code Uint8ClampedArray.BYTES_PER_ELEMENT}: the size of one element, 1. */
  public static final int BYTES_PER_ELEMENT = 1;

  /**
   * {@code new Uint8ClampedArray(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public Uint8ClampedArray(int length) {
    super(ElementKind.UINT8_CLAMPED, length);
  }

  /**
   * {@code new Uint8ClampedArray([...])}: a new array of {@code values}, each stored as ToUint8Clamp (clamped to 0..255: 300 stores 255, -1 stores 0); {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public Uint8ClampedArray(int @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new Uint8ClampedArray(typedArray)}: a new array of {@code source}'s elements, each stored as ToUint8Clamp (clamped to 0..255: 300 stores 255, -1 stores 0); a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public Uint8ClampedArray(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new Uint8ClampedArray(arrayBuffer)}: a view of all of {@code buffer}; see {@link #Uint8ClampedArray(ArrayBuffer, int)}. */
  public Uint8ClampedArray(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new Uint8ClampedArray(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 1 ({@code start offset of Uint8ClampedArray should be a multiple of 1}) or the buffer's
   *     length is not ({@code byte length of Uint8ClampedArray should be a multiple of 1})
   */
  public Uint8ClampedArray(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.UINT8_CLAMPED, buffer, byteOffset));
  }

  /**
   * {@code new Uint8ClampedArray(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of Uint8ClampedArray should be
   *     a multiple of 1}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public Uint8ClampedArray(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.UINT8_CLAMPED, buffer, byteOffset, length);
  }

  /** {@code Uint8ClampedArray.of(...items)}: a new array of {@code items}; see {@link #Uint8ClampedArray(int[])}. */
  public static Uint8ClampedArray of(int... items) {
    return new Uint8ClampedArray(items);
  }

  /** {@code Uint8ClampedArray.from(array)}: a new array of {@code values}; see {@link #Uint8ClampedArray(int[])}. */
  public static Uint8ClampedArray from(int[] values) {
    return new Uint8ClampedArray(values);
  }

  /**
   * {@code Uint8ClampedArray.from(typedArray)}: as {@link #Uint8ClampedArray(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static Uint8ClampedArray from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.UINT8_CLAMPED, source);
    return new Uint8ClampedArray(source);
  }

  @Override
  Uint8ClampedArray newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new Uint8ClampedArray(buffer, byteOffset, length);
  }
}
