package dev.nodebuffer;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The typed arrays whose elements are BigInts, Java {@link BigInteger}s: {@link BigInt64Array} and
 * {@link BigUint64Array} (as {@link Buffer#readBigInt64LE(int)} returns one): the members of
 * {@code %TypedArray%.prototype} that name the element type.
 *
 * <p>A store keeps the value's low 64 bits, as BigInt.asIntN(64) and asUintN(64) do; a {@code
 * null} value, JavaScript's {@code undefined}, is V8's code-less {@code TypeError: Cannot convert
 * undefined to a BigInt}.
 *
 * <p>Callbacks receive the element only, not JavaScript's {@code (value, index, array)}; a {@code
 * null} callback, JavaScript's {@code undefined}, throws V8's code-less {@code TypeError: undefined
 * is not a function}. The algorithms are {@link TypedArrays}'s, shared by every kind; the four
 * element families ({@link IntTypedArray}, {@link LongTypedArray}, {@link DoubleTypedArray}, {@link
 * BigIntTypedArray}) have the same members on purpose, each in its element's Java type and
 * functional interfaces.
 *
 * @param <A> the concrete kind
 */
public abstract class BigIntTypedArray<A extends BigIntTypedArray<A>> extends TypedArray<A> {

  BigIntTypedArray(ElementKind kind, int length) {
    super(kind, length);
  }

  BigIntTypedArray(ElementKind kind, @Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(kind, buffer, byteOffset, length);
  }

  /** Element {@code i}, unchecked: callers stay inside the view. */
  BigInteger element(int i) {
    return TypedArrays.big(this, i);
  }

  /**
   * {@code view[index]}: the element at {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would give {@code undefined}
   */
  public BigInteger get(int index) {
    Objects.checkIndex(index, length);
    return element(index);
  }

  /**
   * {@code view[index] = value}: stores BigInt.asIntN(64) of {@code value} in a {@code
   * BigInt64Array}, asUintN(64) in a {@code BigUint64Array} (its low 64 bits either way).
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would silently ignore the assignment
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined to a
   *     BigInt} if {@code value} is {@code null}
   */
  public void put(int index, @Nullable BigInteger value) {
    Objects.checkIndex(index, length);
    TypedArrays.putBits(this, index, TypedArrays.bigInt(value).longValue());
  }

  /**
   * {@code view.at(index)}: the element at {@code index}, a negative index counting from the end.
   *
   * @throws IndexOutOfBoundsException if there is no element there, where JavaScript gives {@code
   *     undefined}
   */
  public BigInteger at(int index) {
    return element(TypedArrays.atIndex(this, index));
  }

  /** {@code view.fill(value)}: stores {@code value} (converted) in every element; returns this view. */
  public A fill(@Nullable BigInteger value) {
    return fill(value, 0, length);
  }

  /** {@code view.fill(value, start)}: see {@link #fill(BigInteger, int, int)}. */
  public A fill(@Nullable BigInteger value, int start) {
    return fill(value, start, length);
  }

  /**
   * {@code view.fill(value, start, end)}: stores {@code value}, converted for this kind, in
   * elements {@code [start, end)} (relative indices) and returns this view.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined to a
   *     BigInt} if {@code value} is {@code null}
   */
  public A fill(@Nullable BigInteger value, int start, int end) {
    long bits = TypedArrays.bigInt(value).longValue();
    for (int i = TypedArrays.relative(start, length), e = TypedArrays.relative(end, length); i < e; i++) {
      TypedArrays.putBits(this, i, bits);
    }
    return self();
  }

  /** {@code view.indexOf(value)}: the first index holding {@code value}, or -1. */
  public int indexOf(@Nullable BigInteger value) {
    return indexOf(value, 0);
  }

  /** {@code view.indexOf(value, fromIndex)}: the first index from {@code fromIndex} (relative) holding {@code value}, or -1. */
  public int indexOf(@Nullable BigInteger value, int fromIndex) {
    return value == null ? -1 : TypedArrays.indexOf(this, value, fromIndex);
  }

  /** {@code view.lastIndexOf(value)}: the last index holding {@code value}, or -1. */
  public int lastIndexOf(@Nullable BigInteger value) {
    return lastIndexOf(value, length - 1);
  }

  /**
   * {@code view.lastIndexOf(value, fromIndex)}: the last index at or before {@code fromIndex}
   * (relative) holding {@code value}, or -1.
   */
  public int lastIndexOf(@Nullable BigInteger value, int fromIndex) {
    return value == null ? -1 : TypedArrays.lastIndexOf(this, value, fromIndex);
  }

  /** {@code view.includes(value)}: whether some element is {@code value}. */
  public boolean includes(@Nullable BigInteger value) {
    return includes(value, 0);
  }

  /** {@code view.includes(value, fromIndex)}: whether some element from {@code fromIndex} (relative) is {@code value}. */
  public boolean includes(@Nullable BigInteger value, int fromIndex) {
    return indexOf(value, fromIndex) >= 0;
  }

  /**
   * {@code view.with(index, value)}: a copy of this kind with {@code value}, converted,
   * at {@code index} (negative counts from the end).
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Invalid typed array index} if there
   *     is no element at {@code index};
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined to a
   *     BigInt} if {@code value} is {@code null}
   */
  public A with(int index, @Nullable BigInteger value) {
    int k = TypedArrays.withIndex(this, index);
    long bits = TypedArrays.bigInt(value).longValue();
    A copy = TypedArrays.copy(self(), 0, length);
    TypedArrays.putBits(copy, k, bits);
    return copy;
  }

  /** {@code view.find(callback)}: the first element passing {@code predicate}, or empty ({@code undefined}). */
  public Optional<BigInteger> find(Predicate<BigInteger> predicate) {
    return found(findIndex(predicate));
  }

  /** {@code view.findLast(callback)}: the last element passing {@code predicate}, or empty ({@code undefined}). */
  public Optional<BigInteger> findLast(Predicate<BigInteger> predicate) {
    return found(findLastIndex(predicate));
  }

  private Optional<BigInteger> found(int index) {
    return index < 0 ? Optional.empty() : Optional.of(element(index));
  }

  /** {@code view.findIndex(callback)}: the index of the first element passing {@code predicate}, or -1. */
  public int findIndex(Predicate<BigInteger> predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> predicate.test(element(i)), SearchDirection.FORWARD);
  }

  /** {@code view.findLastIndex(callback)}: the index of the last element passing {@code predicate}, or -1. */
  public int findLastIndex(Predicate<BigInteger> predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> predicate.test(element(i)), SearchDirection.BACKWARD);
  }

  /** {@code view.every(callback)}: whether every element passes {@code predicate} (true when empty). */
  public boolean every(Predicate<BigInteger> predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> !predicate.test(element(i)), SearchDirection.FORWARD) < 0;
  }

  /** {@code view.some(callback)}: whether some element passes {@code predicate} (false when empty). */
  public boolean some(Predicate<BigInteger> predicate) {
    return findIndex(predicate) >= 0;
  }

  /** {@code view.forEach(callback)}: calls {@code action} with each element, in order. */
  public void forEach(Consumer<BigInteger> action) {
    TypedArrays.callback(action);
    for (int i = 0; i < length; i++) {
      action.accept(element(i));
    }
  }

  /**
   * {@code view.map(callback)}: a new array of this kind holding {@code mapper}'s result for each
   * element, converted for the kind.
   */
  public A map(UnaryOperator<BigInteger> mapper) {
    TypedArrays.callback(mapper);
    A mapped = species(length);
    for (int i = 0; i < length; i++) {
      TypedArrays.putBits(mapped, i, TypedArrays.bigInt(mapper.apply(element(i))).longValue());
    }
    return mapped;
  }

  /**
   * {@code view.filter(callback)}: a new array of this kind holding the elements {@code predicate}
   * accepts, in order.
   */
  public A filter(Predicate<BigInteger> predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.filter(self(), i -> predicate.test(element(i)));
  }

  /**
   * {@code view.reduce(callback)}: folds the elements from the left, starting from the first.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Reduce of empty array with no
   *     initial value} if the view is empty
   */
  public BigInteger reduce(BinaryOperator<BigInteger> reducer) {
    return fold(reducer, false, BigInteger.ZERO, SearchDirection.FORWARD);
  }

  /** {@code view.reduce(callback, initialValue)}: folds the elements from the left, starting from {@code initial}. */
  public BigInteger reduce(BinaryOperator<BigInteger> reducer, BigInteger initial) {
    return fold(reducer, true, initial, SearchDirection.FORWARD);
  }

  /**
   * {@code view.reduceRight(callback)}: folds the elements from the right, starting from the last.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Reduce of empty array with no
   *     initial value} if the view is empty
   */
  public BigInteger reduceRight(BinaryOperator<BigInteger> reducer) {
    return fold(reducer, false, BigInteger.ZERO, SearchDirection.BACKWARD);
  }

  /** {@code view.reduceRight(callback, initialValue)}: folds the elements from the right, starting from {@code initial}. */
  public BigInteger reduceRight(BinaryOperator<BigInteger> reducer, BigInteger initial) {
    return fold(reducer, true, initial, SearchDirection.BACKWARD);
  }

  private BigInteger fold(BinaryOperator<BigInteger> reducer, boolean hasInitial, BigInteger initial, SearchDirection direction) {
    TypedArrays.callback(reducer);
    if (!hasInitial && length == 0) {
      throw TypedArrays.reduceOfEmpty();
    }
    boolean forward = direction == SearchDirection.FORWARD;
    int n = hasInitial ? 0 : 1;
    BigInteger accumulator = hasInitial ? initial : element(forward ? 0 : length - 1);
    for (; n < length; n++) {
      accumulator = reducer.apply(accumulator, element(forward ? n : length - 1 - n));
    }
    return accumulator;
  }

  /**
   * {@code view.values()} (and {@code view[Symbol.iterator]()}): the elements, as a single-use
   * iterator that is also {@link Iterable}: {@code for (BigInteger v : view.values())}. Live: each step
   * reads the element then. See {@link ArrayIterator}.
   */
  public ArrayIterator<BigInteger> values() {
    return ArrayIterator.of(length, this::element);
  }

  /**
   * {@code view.entries()}: {@code [index, element]} pairs as {@link Map.Entry} (the index an
   * {@code Integer}, as JavaScript's is a Number, the element a {@code BigInteger}), in a
   * single-use iterator that is also {@link Iterable}. See {@link ArrayIterator}.
   */
  public ArrayIterator<Map.Entry<Integer, BigInteger>> entries() {
    return ArrayIterator.of(length, i -> Map.entry(i, element(i)));
  }

  /** {@code view.set(array)}: stores {@code array}'s values from the start; see {@link #set(BigInteger[], int)}. */
  public void set(BigInteger[] source) {
    set(source, 0);
  }

  /**
   * {@code view.set(array, offset)}: stores each value of {@code source}, converted for this kind,
   * from element {@code offset}.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: offset is out of bounds} if {@code
   *     offset} is negative or {@code source} does not fit
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined or null
   *     to object} if {@code source} is {@code null}, or {@code TypeError: Cannot convert undefined to a BigInt} for a {@code null}
   *     element
   */
  public void set(BigInteger @Nullable [] source, int offset) {
    TypedArrays.checkSet(this, source == null ? -1 : source.length, offset);
    BigInteger[] values = Objects.requireNonNull(source);
    for (int i = 0; i < values.length; i++) {
      TypedArrays.putBits(this, offset + i, TypedArrays.bigInt(values[i]).longValue());
    }
  }
}
