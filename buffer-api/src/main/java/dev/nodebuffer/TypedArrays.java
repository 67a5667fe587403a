package dev.nodebuffer;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code %TypedArray%} algorithms, written once for every element kind: what differs between
 * kinds is only {@link ElementKind}'s width and conversion. Indices are ECMAScript's relative
 * indices (a negative one counts from the end, then everything is clamped to {@code [0,
 * length]}). The views passed in were checked when made, so element {@code i < length} of a view
 * is always inside its buffer.
 */
final class TypedArrays {
  private TypedArrays() {}

  // ---- making views ----

  /**
   * The byte length of a new array of {@code length} elements, after V8's check: a negative
   * length, or more bytes than {@link Buffers#kMaxLength()}, is {@code RangeError: Invalid typed
   * array length: N}.
   */
  static int byteLengthFor(ElementKind kind, int length) {
    return Limits.checkTypedArrayLength(length, kind.width) * kind.width;
  }

  /** V8's checks of {@code new X(buffer, byteOffset, length)}, in V8's order. */
  static void checkView(ElementKind kind, ArrayBuffer buffer, int byteOffset, int length) {
    checkOffset(kind, byteOffset);
    if (length < 0 || byteOffset + ((long) length << kind.shift) > buffer.bytes.length) {
      throw invalidLength(length);
    }
  }

  /**
   * The length of {@code new X(buffer, byteOffset)}, a view to the end, after V8's checks: the
   * offset's, then that the buffer holds whole elements, then that the offset is inside it.
   */
  static int lengthToEnd(ElementKind kind, ArrayBuffer buffer, int byteOffset) {
    checkOffset(kind, byteOffset);
    if (buffer.bytes.length % kind.width != 0) {
      throw Errors.v8RangeError(
          "byte length of " + kind.typeName + " should be a multiple of " + kind.width);
    }
    if (byteOffset > buffer.bytes.length) {
      throw Errors.v8StartOffset(byteOffset);
    }
    return (buffer.bytes.length - byteOffset) / kind.width;
  }

  private static void checkOffset(ElementKind kind, int byteOffset) {
    if (byteOffset < 0) {
      throw Errors.v8StartOffset(byteOffset);
    }
    if ((byteOffset & (kind.width - 1)) != 0) {
      throw Errors.v8RangeError(
          "start offset of " + kind.typeName + " should be a multiple of " + kind.width);
    }
  }

  private static NodeArgumentException invalidLength(long length) {
    return Errors.v8RangeError("Invalid typed array length: " + length);
  }

  /** A new array of {@code view}'s kind holding a copy of its elements {@code [from, from + count)}. */
  static <A extends TypedArray<A>> A copy(A view, int from, int count) {
    A copy = view.newView(new ArrayBuffer(count * view.kind.width), 0, count);
    System.arraycopy(
        view.buffer.bytes, view.byteOffset + from * view.kind.width, copy.buffer.bytes, 0, count * view.kind.width);
    return copy;
  }

  /** ECMAScript's relative index: {@code index + length} floored at 0 if negative, else capped at {@code length}. */
  static int relative(int index, int length) {
    return index < 0 ? Math.max(length + index, 0) : Math.min(index, length);
  }

  /** The length of the range {@code [start, end)} of two relative indices, never negative. */
  static int rangeLength(int start, int end) {
    return Math.max(end - start, 0);
  }

  /** The element index {@code index} names for {@code at} and {@code with}, or -1 if there is none. */
  static int absolute(int index, int length) {
    int k = index < 0 ? length + index : index;
    return k >= 0 && k < length ? k : -1;
  }

  /** The index in the backing array of element {@code i} of {@code view}. */
  static int at(TypedArray<?> view, int i) {
    return view.byteOffset + i * view.kind.width;
  }

  // ---- elements ----

  /** Element {@code i} of a Number kind, as the Number JavaScript reads. */
  static double number(TypedArray<?> view, int i) {
    return view.kind.get(view.buffer.bytes, at(view, i));
  }

  /** Stores {@code value} at element {@code i} of a Number kind, converted as that kind converts. */
  static void putNumber(TypedArray<?> view, int i, double value) {
    view.kind.put(view.buffer.bytes, at(view, i), value);
  }

  /** The 64 bits of element {@code i} of a BigInt kind. */
  static long bits(TypedArray<?> view, int i) {
    return ElementKind.getBits(view.buffer.bytes, at(view, i));
  }

  /** Stores BigInt.asIntN(64) / asUintN(64) of {@code value} (the same bits) at element {@code i}. */
  static void putBits(TypedArray<?> view, int i, long bits) {
    ElementKind.putBits(view.buffer.bytes, at(view, i), bits);
  }

  /** {@link #bits} as JavaScript's BigInt value. */
  static BigInteger big(TypedArray<?> view, int i) {
    return view.kind.bigValue(bits(view, i));
  }

  /**
   * The bits element {@code i} must have to equal {@code value} ({@code ===} of two BigInts), or
   * {@code null} when no element of {@code kind} can equal it.
   */
  static @Nullable Long bitsEqualTo(ElementKind kind, BigInteger value) {
    boolean fits =
        kind == ElementKind.BIGINT64
            ? value.bitLength() < 64
            : value.signum() >= 0 && value.bitLength() <= 64;
    return fits ? value.longValue() : null;
  }

  /**
   * V8's check of a BigInt argument ({@code null} is JavaScript's {@code undefined}): {@code
   * TypeError: Cannot convert undefined to a BigInt}.
   */
  static BigInteger bigInt(@Nullable BigInteger value) {
    if (value == null) {
      throw Errors.v8TypeError("Cannot convert undefined to a BigInt");
    }
    return value;
  }

  // ---- members ----

  /**
   * {@code target.set(source, offset)}: V8 checks the offset, then the source, then that it fits,
   * then that both hold Numbers or both BigInts. Overlapping views (one {@link ArrayBuffer}) copy
   * as if through a temporary, as the specification requires.
   */
  static void set(TypedArray<?> target, @Nullable TypedArray<?> source, int offset) {
    checkSet(target, source == null ? -1 : source.length, offset);
    copyElements(Objects.requireNonNull(source), target, offset);
  }

  /**
   * V8's checks of {@code target.set(source, offset)}, in V8's order: the offset, the source
   * ({@code sourceLength} -1 for {@code null}), then that it fits.
   */
  static void checkSet(TypedArray<?> target, int sourceLength, int offset) {
    if (offset < 0) {
      throw Errors.offsetIsOutOfBounds();
    }
    if (sourceLength < 0) {
      throw Errors.cannotConvertNullToObject();
    }
    if ((long) sourceLength + offset > target.length) {
      throw Errors.offsetIsOutOfBounds();
    }
  }

  /**
   * The conversion error of {@code X.from(source)}, which converts element by element as an
   * iteration does: the first element of a BigInt source cannot become a Number, nor a Number a
   * BigInt. An empty source converts nothing, so nothing fails.
   */
  static void checkFrom(ElementKind target, TypedArray<?> source) {
    if (source == null || source.length == 0 || source.kind.isBigInt() == target.isBigInt()) {
      return;
    }
    if (source.kind.isBigInt()) {
      throw Errors.v8TypeError("Cannot convert a BigInt value to a number");
    }
    throw Errors.v8TypeError("Cannot convert " + elementString(source, 0, false) + " to a BigInt");
  }

  /** {@code new X(source)}: a new array of {@code target}'s kind holds {@code source}'s elements, converted. */
  static void copyElements(TypedArray<?> source, TypedArray<?> target, int offset) {
    if (source.kind.isBigInt() != target.kind.isBigInt()) {
      throw Errors.cannotMixBigInt();
    }
    int count = source.length;
    if (source.kind == target.kind || source.kind.isBigInt()) {
      // The same bits: BigInt.asIntN(64) and asUintN(64) of either kind's value keep them.
      System.arraycopy(
          source.buffer.bytes, source.byteOffset, target.buffer.bytes, at(target, offset), count * source.kind.width);
      return;
    }
    byte[] from = source.buffer.bytes;
    int fromOffset = source.byteOffset;
    if (source.buffer == target.buffer) {
      from = Arrays.copyOfRange(from, fromOffset, fromOffset + count * source.kind.width);
      fromOffset = 0;
    }
    for (int i = 0; i < count; i++) {
      putNumber(target, offset + i, source.kind.get(from, fromOffset + i * source.kind.width));
    }
  }

  /** {@code view.reverse()}, in place: element blocks swapped whole. */
  static void reverse(TypedArray<?> view) {
    byte[] bytes = view.buffer.bytes;
    int width = view.kind.width;
    for (int i = view.byteOffset, j = at(view, view.length - 1); i < j; i += width, j -= width) {
      for (int b = 0; b < width; b++) {
        byte t = bytes[i + b];
        bytes[i + b] = bytes[j + b];
        bytes[j + b] = t;
      }
    }
  }

  /** {@code view.copyWithin(target, start, end)}, in place, overlap-safe. */
  static void copyWithin(TypedArray<?> view, int target, int start, int end) {
    int length = view.length;
    int to = relative(target, length);
    int from = relative(start, length);
    int count = Math.min(relative(end, length) - from, length - to);
    if (count > 0) {
      byte[] bytes = view.buffer.bytes;
      System.arraycopy(bytes, at(view, from), bytes, at(view, to), count * view.kind.width);
    }
  }

  /** {@code view.sort()}: ascending, {@code -0} before {@code 0}, NaN last; BigUint64 unsigned. */
  static void sort(TypedArray<?> view) {
    int n = view.length;
    switch (view.kind) {
      case UINT8 -> countingSort(view);
      case BIGINT64, BIGUINT64 -> {
        // Unsigned order is signed order with the sign bit flipped.
        long flip = view.kind == ElementKind.BIGUINT64 ? Long.MIN_VALUE : 0;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
          values[i] = bits(view, i) ^ flip;
        }
        Arrays.sort(values);
        for (int i = 0; i < n; i++) {
          putBits(view, i, values[i] ^ flip);
        }
      }
      default -> {
        // Arrays.sort(double[]) orders as Double.compare does: -0.0 before 0.0, NaN last.
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = number(view, i);
        }
        Arrays.sort(values);
        for (int i = 0; i < n; i++) {
          putNumber(view, i, values[i]);
        }
      }
    }
  }

  private static void countingSort(TypedArray<?> view) {
    int[] counts = new int[256];
    byte[] bytes = view.buffer.bytes;
    int end = view.byteOffset + view.length;
    for (int i = view.byteOffset; i < end; i++) {
      counts[bytes[i] & 0xFF]++;
    }
    int at = view.byteOffset;
    for (int value = 0; value < 256; value++) {
      Arrays.fill(bytes, at, at + counts[value], (byte) value);
      at += counts[value];
    }
  }

  /**
   * {@code view.join(separator)}: each element as {@code String(element)} between separators.
   *
   * <p>V8 makes no string longer than {@link Strings#K_STRING_MAX_LENGTH} and throws {@code
   * RangeError: Invalid string length} for a longer join (Node 22: {@code new
   * Uint8Array(268435445).join()}); so does this, before building anything when every element
   * taking one character already passes the limit, else as soon as the text does.
   */
  static String join(TypedArray<?> view, String separator) {
    int n = view.length;
    if (n == 0) {
      return "";
    }
    long least = n + (long) (n - 1) * separator.length();
    if (least > Strings.K_STRING_MAX_LENGTH) {
      throw invalidStringLength();
    }
    StringBuilder out = new StringBuilder((int) Math.min(least + 2L * n, Strings.K_STRING_MAX_LENGTH));
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(separator);
      }
      String element = elementString(view, i, false);
      if ((long) out.length() + element.length() > Strings.K_STRING_MAX_LENGTH) {
        throw invalidStringLength();
      }
      out.append(element);
    }
    return out.toString();
  }

  /** V8's code-less {@code RangeError: Invalid string length}, for a string above its limit. */
  private static NodeArgumentException invalidStringLength() {
    return Errors.v8RangeError("Invalid string length");
  }

  /**
   * Element {@code i} as JavaScript's {@code String(element)} writes it ({@code 0} for {@code -0},
   * no {@code n} after a BigInt), or, for {@code inspect}, as {@code util.inspect} does ({@code -0},
   * {@code 5n}).
   */
  static String elementString(TypedArray<?> view, int i, boolean inspect) {
    if (view.kind.isBigInt()) {
      String digits = big(view, i).toString();
      return inspect ? digits + "n" : digits;
    }
    double value = number(view, i);
    if (value == (int) value && (value != 0 || 1 / value > 0)) {
      return Integer.toString((int) value);
    }
    return value == 0 && !inspect ? "0" : JsValues.numberToString(value);
  }

  // ---- search ----

  /** {@code indexOf(value, fromIndex)} of a Number kind: strict equality (NaN is never found, -0 is 0). */
  static int indexOf(TypedArray<?> view, double value, int fromIndex) {
    for (int i = relative(fromIndex, view.length); i < view.length; i++) {
      if (number(view, i) == value) {
        return i;
      }
    }
    return -1;
  }

  /** {@code lastIndexOf(value, fromIndex)} of a Number kind, searching down from {@code fromIndex}. */
  static int lastIndexOf(TypedArray<?> view, double value, int fromIndex) {
    for (int i = lastStart(view, fromIndex); i >= 0; i--) {
      if (number(view, i) == value) {
        return i;
      }
    }
    return -1;
  }

  /** {@code includes(value, fromIndex)} of a Number kind: SameValueZero (NaN is found, -0 is 0). */
  static boolean includes(TypedArray<?> view, double value, int fromIndex) {
    if (!Double.isNaN(value)) {
      return indexOf(view, value, fromIndex) >= 0;
    }
    for (int i = relative(fromIndex, view.length); i < view.length; i++) {
      if (Double.isNaN(number(view, i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code indexOf(value, fromIndex)} of a BigInt kind. */
  static int indexOf(TypedArray<?> view, BigInteger value, int fromIndex) {
    Long wanted = bitsEqualTo(view.kind, value);
    if (wanted != null) {
      for (int i = relative(fromIndex, view.length); i < view.length; i++) {
        if (bits(view, i) == wanted) {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@code lastIndexOf(value, fromIndex)} of a BigInt kind. */
  static int lastIndexOf(TypedArray<?> view, BigInteger value, int fromIndex) {
    Long wanted = bitsEqualTo(view.kind, value);
    if (wanted != null) {
      for (int i = lastStart(view, fromIndex); i >= 0; i--) {
        if (bits(view, i) == wanted) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Where {@code lastIndexOf} starts: {@code fromIndex} capped at the last element, or counted from the end. */
  private static int lastStart(TypedArray<?> view, int fromIndex) {
    return fromIndex >= 0 ? Math.min(fromIndex, view.length - 1) : view.length + fromIndex;
  }

  // ---- callbacks ----

  /**
   * V8's check of a callback argument, made before anything else: {@code null} (JavaScript's
   * {@code undefined}) is the code-less {@code TypeError: undefined is not a function}.
   */
  static <T> T callback(@Nullable T function) {
    if (function == null) {
      throw Errors.v8TypeError("undefined is not a function");
    }
    return function;
  }

  /** The first index, searching in {@code direction}, whose element passes {@code test}, or -1. */
  static int findIndex(TypedArray<?> view, IntPredicate test, SearchDirection direction) {
    for (int n = 0; n < view.length; n++) {
      int i = direction == SearchDirection.BACKWARD ? view.length - 1 - n : n;
      if (test.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** A new array of {@code view}'s kind holding, in order, the elements whose index passes {@code keep}. */
  static <A extends TypedArray<A>> A filter(A view, IntPredicate keep) {
    int width = view.kind.width;
    byte[] kept = new byte[view.length * width];
    int count = 0;
    for (int i = 0; i < view.length; i++) {
      if (keep.test(i)) {
        System.arraycopy(view.buffer.bytes, at(view, i), kept, count++ * width, width);
      }
    }
    A filtered = view.species(count);
    System.arraycopy(kept, 0, filtered.buffer.bytes, 0, count * width);
    return filtered;
  }

  /** V8's {@code TypeError} of {@code reduce} and {@code reduceRight} on an empty array without an initial value. */
  static NodeArgumentException reduceOfEmpty() {
    return Errors.v8TypeError("Reduce of empty array with no initial value");
  }

  /** V8's {@code RangeError: Invalid typed array index} of {@code with}. */
  static int withIndex(TypedArray<?> view, int index) {
    int k = absolute(index, view.length);
    if (k < 0) {
      throw Errors.invalidTypedArrayIndex();
    }
    return k;
  }

  /** {@code at(index)}'s element index; no element there is an {@link IndexOutOfBoundsException} in Java. */
  static int atIndex(TypedArray<?> view, int index) {
    int k = absolute(index, view.length);
    if (k < 0) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + view.length);
    }
    return k;
  }
}
