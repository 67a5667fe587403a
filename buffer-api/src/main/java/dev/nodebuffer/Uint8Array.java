package dev.nodebuffer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Uint8Array}: a view of {@link #length()} bytes of an {@link ArrayBuffer},
 * starting at {@link #byteOffset()}, each an unsigned value 0..255. Views share memory with their
 * buffer and with each other. {@link Buffer} extends it, as in Node. The members are {@link
 * IntTypedArray}'s and {@link TypedArray}'s.
 *
 * <p>JavaScript's {@code for (const b of view)} is {@code for (int b : view.values())}. The view
 * itself is not {@link Iterable}: a {@link Buffer} is {@link Comparable}, and a type that is both
 * makes {@code assertThat(buf)} ambiguous in Truth and similar libraries.
 */
public class Uint8Array extends IntTypedArray<Uint8Array> {
  /**
   * {@code Uint8Array.BYTES_PER_ELEMENT} (also {@code Buffer.BYTES_PER_ELEMENT}): the size of one
   * element, 1.
   */
  public static final int BYTES_PER_ELEMENT = 1;

  /**
   * {@code new Uint8Array(length)}: a zero-filled view over a new {@link ArrayBuffer} of its own.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: -1}
   *     if {@code length} is negative or above {@link Buffers#kMaxLength()}
   */
  public Uint8Array(int length) {
    super(ElementKind.UINT8, length);
  }

  /** {@code new Uint8Array([1, 2, 300])}: a new array of {@code values}, each stored as ToUint8 ({@code & 0xFF}). */
  public Uint8Array(int @Nullable [] values) {
    this(values == null ? 0 : values.length);
    set(values == null ? new int[0] : values);
  }

  /**
   * {@code new Uint8Array(typedArray)}: a new array holding {@code source}'s elements, each
   * converted by ToUint8 (a {@code Float64Array}'s 300.5 gives 44); a {@code null} source gives an
   * empty array, as JavaScript's {@code null} does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public Uint8Array(@Nullable TypedArray<?> source) {
    this(source == null ? 0 : source.length);
    if (source != null) {
      TypedArrays.copyElements(source, this, 0);
    }
  }

  /** {@code new Uint8Array(arrayBuffer)}: a view of all of {@code buffer}; a {@code null} buffer gives an empty array. */
  public Uint8Array(@Nullable ArrayBuffer buffer) {
    this(buffer == null ? new ArrayBuffer(0) : buffer, 0);
  }

  /**
   * {@code new Uint8Array(arrayBuffer, byteOffset)}: a view from {@code byteOffset} to the end.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset N is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or past the end
   */
  public Uint8Array(@Nullable ArrayBuffer buffer, int byteOffset) {
    this(buffer, byteOffset, buffer == null ? 0 : TypedArrays.lengthToEnd(ElementKind.UINT8, buffer, byteOffset));
  }

  /**
   * {@code new Uint8Array(arrayBuffer, byteOffset, length)}: a view of {@code buffer[byteOffset,
   * byteOffset + length)}.
   *
   * <p>A {@code null} buffer gives an empty array whatever the other arguments, as V8 takes
   * JavaScript's {@code null} (and {@code undefined}) first argument for the length 0.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length: N}
   *     if {@code length} is negative or the range passes the end of {@code buffer}
   */
  public Uint8Array(@Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(ElementKind.UINT8, buffer, byteOffset, length);
  }

  /** A view of a range the caller has checked: {@link Buffer}'s, through its facets. */
  Uint8Array(ArrayBuffer buffer, int byteOffset, int length, CheckedRange checked) {
    super(ElementKind.UINT8, buffer, byteOffset, length, checked);
  }

  /** {@code Uint8Array.of(...items)}: a new array of {@code items}, each stored as ToUint8. */
  public static Uint8Array of(int... items) {
    return new Uint8Array(items);
  }

  /** {@code Uint8Array.from(array)}: a new array of {@code values}, each stored as ToUint8. */
  public static Uint8Array from(int[] values) {
    return new Uint8Array(values);
  }

  /**
   * {@code Uint8Array.from(typedArray)}: as {@link #Uint8Array(TypedArray)}, but element by element as
   * JavaScript iterates, so mixing BigInts and Numbers fails as a conversion does.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert a BigInt value
   *     to a number} (a BigInt source into a Number kind) or {@code TypeError: Cannot convert 7 to a
   *     BigInt} (a Number source into a BigInt kind), for the first element
   */
  public static Uint8Array from(TypedArray<?> source) {
    TypedArrays.checkFrom(ElementKind.UINT8, source);
    return new Uint8Array(source);
  }

  @Override
  Uint8Array newView(ArrayBuffer buffer, int byteOffset, int length) {
    return new Uint8Array(buffer, byteOffset, length);
  }

  @Override
  final int element(int i) {
    return buffer.bytes[byteOffset + i] & 0xFF;
  }

  /**
   * {@code view[index]}: the byte at {@code index}, as an unsigned value 0..255.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would give {@code undefined}
   */
  @Override
  public final int get(int index) {
    Objects.checkIndex(index, length);
    return buffer.bytes[byteOffset + index] & 0xFF;
  }

  /**
   * {@code view[index] = value}: stores {@code value & 0xFF}, as JavaScript's ToUint8 does ({@code
   * 256} stores 0, {@code -1} stores 255).
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would silently ignore the assignment
   */
  @Override
  public final void put(int index, int value) {
    Objects.checkIndex(index, length);
    buffer.bytes[byteOffset + index] = (byte) value;
  }
}
