package dev.nodebuffer;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code BigUint64Array}: a view of {@link #length()} elements of 8 bytes each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link BigIntTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class BigUint64Array extends BigIntTypedArray<BigUint64Array> {
  /** {@code BigUint64Array.BYTES_PER_ELEMENT}: the size of one element, 8. */
  public static final int BYTES_PER_ELEMENT = 8;

  /**
   * {@code new BigUint64Array(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public BigUint64Array(int length) {
    super(ElementKind.BIGUINT64, length);
  }

  /**
   * {@code new BigUint64Array([...])}: a new array of {@code values}, each stored as BigInt.asUintN(64) (-1n stores 18446744073709551615n); {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public BigUint64Array(BigInteger @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new BigUint64Array(typedArray)}: a new array of {@code source}'s elements, each stored as BigInt.asUintN(64) (-1n stores 18446744073709551615n); a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code Float64Array} or any other Number kind
   */
  public BigUint64Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new BigUint64Array(arrayBuffer)}: a view of all of {@code buffer}; see {@link #BigUint64Array(ArrayBuffer, int)}. */
  public BigUint64Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new BigUint64Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 8 ({@code start offset of BigUint64Array should be a multiple of 8}) or the buffer's
   *     length is not ({@code byte length of BigUint64Array should be a multiple of 8})
   */
  public BigUint64Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.BIGUINT64, buffer, byteOffset));
  }

  /**
   * {@code new BigUint64Array(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of BigUint64Array should be
   *     a multiple of 8}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public BigUint64Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.BIGUINT64, buffer, byteOffset, length);
  }

  /** {@code BigUint64Array.of(...items)}: a new array of {@code items}; see {@link #BigUint64Array(BigInteger[])}. */
  public static BigUint64Array of(BigInteger... items) {
    return new BigUint64Array(items);
  }

  /** {@code BigUint64Array.from(array)}: a new array of {@code values}; see {@link #BigUint64Array(BigInteger[])}. */
  public static BigUint64Array from(BigInteger[] values) {
    return new BigUint64Array(values);
  }

  /**
   * {@code BigUint64Array.from(typedArray)}: as {@link #BigUint64Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static BigUint64Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.BIGUINT64, source);
    return new BigUint64Array(source);
  }

  @Override
  BigUint64Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new BigUint64Array(buffer, byteOffset, length);
  }
}
