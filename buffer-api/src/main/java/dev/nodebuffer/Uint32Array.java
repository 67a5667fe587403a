package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Uint32Array}: a view of {@link #length()} elements of 4 bytes each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link LongTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class Uint32Array extends LongTypedArray<Uint32Array> {
  /** {@code Uint32Array.BYTES_PER_ELEMENT}: the size of one element, 4. */
  public static final int BYTES_PER_ELEMENT = 4;

  /**
   * {@code new Uint32Array(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public Uint32Array(int length) {
    super(ElementKind.UINT32, length);
  }

  /**
   * {@code new Uint32Array([...])}: a new array of {@code values}, each stored as ToUint32 (its low 32 bits: -1 stores 4294967295); {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public Uint32Array(long @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new Uint32Array(typedArray)}: a new array of {@code source}'s elements, each stored as ToUint32 (its low 32 bits: -1 stores 4294967295); a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public Uint32Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new Uint32Array(arrayBuffer)}: a view of all of {@code buffer}; see {@link #Uint32Array(ArrayBuffer, int)}. */
  public Uint32Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new Uint32Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 4 ({@code start offset of Uint32Array should be a multiple of 4}) or the buffer's
   *     length is not ({@code byte length of Uint32Array should be a multiple of 4})
   */
  public Uint32Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.UINT32, buffer, byteOffset));
  }

  /**
   * {@code new Uint32Array(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of Uint32Array should be
   *     a multiple of 4}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public Uint32Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.UINT32, buffer, byteOffset, length);
  }

  /** {@code Uint32Array.of(...items)}: a new array of {@code items}; see {@link #Uint32Array(long[])}. */
  public static Uint32Array of(long... items) {
    return new Uint32Array(items);
  }

  /** {@code Uint32Array.from(array)}: a new array of {@code values}; see {@link #Uint32Array(long[])}. */
  public static Uint32Array from(long[] values) {
    return new Uint32Array(values);
  }

  /**
   * {@code Uint32Array.from(typedArray)}: as {@link #Uint32Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static Uint32Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.UINT32, source);
    return new Uint32Array(source);
  }

  @Override
  Uint32Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new Uint32Array(buffer, byteOffset, length);
  }
}
