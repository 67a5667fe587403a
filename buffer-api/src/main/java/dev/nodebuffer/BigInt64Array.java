package dev.nodebuffer;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code BigInt64Array}: a view of {@link #length()} elements of 8 bytes each over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. The members are {@link BigIntTypedArray}'s and
 * {@link TypedArray}'s.
 */
public final class BigInt64Array extends BigIntTypedArray<BigInt64Array> {
  /** {@code BigInt64Array.BYTES_PER_ELEMENT}: the size of one element, 8. */
  public static final int BYTES_PER_ELEMENT = 8;

  /**
   * {@code new BigInt64Array(length)}: {@code length} zero elements over a new {@link ArrayBuffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the bytes would pass {@link Buffers#kMaxLength()}
   */
  public BigInt64Array(int length) {
    super(ElementKind.BIGINT64, length);
  }

  /**
   * {@code new BigInt64Array([...])}: a new array of {@code values}, each stored as BigInt.asIntN(64) (2n ** 63n stores -9223372036854775808n); {@code null} gives an
   * empty array, as JavaScript's {@code null} does.
   */
  public BigInt64Array(BigInteger @Nullable [] values) {
    this(values == null ? 0 : values.length);
    if (values != null) {
      set(values);
    }
  }

  /**
   * {@code new BigInt64Array(typedArray)}: a new array of {@code source}'s elements, each stored as BigInt.asIntN(64) (2n ** 63n stores -9223372036854775808n); a
   * {@code null} source gives an empty array.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code Float64Array} or any other Number kind
   */
  public BigInt64Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new BigInt64Array(arrayBuffer)}: a view of all of {@code buffer}; see {@link #BigInt64Array(ArrayBuffer, int)}. */
  public BigInt64Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new BigInt64Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   * @throws NodeArgumentException V8's code-less {@code RangeError} if {@code byteOffset} is not a
   *     multiple of 8 ({@code start offset of BigInt64Array should be a multiple of 8}) or the buffer's
   *     length is not ({@code byte length of BigInt64Array should be a multiple of 8})
   */
  public BigInt64Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.BIGINT64, buffer, byteOffset));
  }

  /**
   * {@code new BigInt64Array(arrayBuffer, byteOffset, length)}: a view of {@code length} elements from
   * {@code byteOffset}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: start offset of BigInt64Array should be
   *     a multiple of 8}, or {@code RangeError: Invalid typed array length: N} if {@code length}
   *     is negative or the view passes the end of {@code buffer}
   */
  public BigInt64Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.BIGINT64, buffer, byteOffset, length);
  }

  /** {@code BigInt64Array.of(...items)}: a new array of {@code items}; see {@link #BigInt64Array(BigInteger[])}. */
  public static BigInt64Array of(BigInteger... items) {
    return new BigInt64Array(items);
  }

  /** {@code BigInt64Array.from(array)}: a new array of {@code values}; see {@link #BigInt64Array(BigInteger[])}. */
  public static BigInt64Array from(BigInteger[] values) {
    return new BigInt64Array(values);
  }

  /**
   * {@code BigInt64Array.from(typedArray)}: as {@link #BigInt64Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static BigInt64Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.BIGINT64, source);
    return new BigInt64Array(source);
  }

  @Override
  BigInt64Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new BigInt64Array(buffer, byteOffset, length);
  }
}
