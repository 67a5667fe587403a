package dev.nodebuffer;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The typed arrays whose elements are Java {@code long}s: {@link Uint32Array}, whose elements
 * 0..4294967295 do not fit an {@code int} (as {@link Buffer#readUInt32LE(int)} returns a {@code
 * long}): the members of {@code %TypedArray%.prototype} that name the element type.
 *
 * <p>A store converts as JavaScript's ToUint32 does: its low 32 bits ({@code put(i, -1)} stores
 * 4294967295).
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
public abstract class LongTypedArray<A extends LongTypedArray<A>> extends TypedArray<A> {

  LongTypedArray(ElementKind kind, int length) {
    super(kind, length);
  }

  LongTypedArray(ElementKind kind, @Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(kind, buffer, byteOffset, length);
  }

  /** Element {@code i}, unchecked: callers stay inside the view. */
  long element(int i) {
    return (long) TypedArrays.number(this, i);
  }

  /**
   * {@code view[index]}: the element at {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would give {@code undefined}
   */
  public long get(int index) {
    Objects.checkIndex(index, length);
    return element(index);
  }

  /**
   * {@code view[index] = value}: stores {@code value} converted for this kind (ToUint32: its low 32 bits).
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would silently ignore the assignment
   */
  public void put(int index, long value) {
    Objects.checkIndex(index, length);
    TypedArrays.putNumber(this, index, value);
  }

  /**
   * {@code view[index] = value} for any JavaScript number: stores it as the kind's conversion does
   * (ToUint32: truncated, then modulo 2^32; NaN and the infinities store
   * 0).
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would silently ignore the assignment
   */
  public void put(int index, double value) {
    Objects.checkIndex(index, length);
    TypedArrays.putNumber(this, index, value);
  }

  /**
   * {@code view.at(index)}: the element at {@code index}, a negative index counting from the end.
   *
   * @throws IndexOutOfBoundsException if there is no element there, where JavaScript gives {@code
   *     undefined}
   */
  public long at(int index) {
    return element(TypedArrays.atIndex(this, index));
  }

  /** {@code view.fill(value)}: stores {@code value} (converted) in every element; returns this view. */
  public A fill(long value) {
    return fill(value, 0, length);
  }

  /** {@code view.fill(value, start)}: see {@link #fill(long, int, int)}. */
  public A fill(long value, int start) {
    return fill(value, start, length);
  }

  /**
   * {@code view.fill(value, start, end)}: stores {@code value}, converted for this kind, in
   * elements {@code [start, end)} (relative indices) and returns this view. Never throws.
   */
  public A fill(long value, int start, int end) {
    for (int i = TypedArrays.relative(start, length), e = TypedArrays.relative(end, length); i < e; i++) {
      TypedArrays.putNumber(this, i, value);
    }
    return self();
  }

  /** {@code view.indexOf(value)}: the first index holding {@code value}, or -1. */
  public int indexOf(long value) {
    return indexOf(value, 0);
  }

  /** {@code view.indexOf(value, fromIndex)}: the first index from {@code fromIndex} (relative) holding {@code value}, or -1. */
  public int indexOf(long value, int fromIndex) {
    return TypedArrays.indexOf(this, value, fromIndex);
  }

  /** {@code view.lastIndexOf(value)}: the last index holding {@code value}, or -1. */
  public int lastIndexOf(long value) {
    return lastIndexOf(value, length - 1);
  }

  /**
   * {@code view.lastIndexOf(value, fromIndex)}: the last index at or before {@code fromIndex}
   * (relative) holding {@code value}, or -1.
   */
  public int lastIndexOf(long value, int fromIndex) {
    return TypedArrays.lastIndexOf(this, value, fromIndex);
  }

  /** {@code view.includes(value)}: whether some element is {@code value}. */
  public boolean includes(long value) {
    return includes(value, 0);
  }

  /** {@code view.includes(value, fromIndex)}: whether some element from {@code fromIndex} (relative) is {@code value}. */
  public boolean includes(long value, int fromIndex) {
    return indexOf(value, fromIndex) >= 0;
  }

  /**
   * {@code view.with(index, value)}: a copy of this kind with {@code value}, converted,
   * at {@code index} (negative counts from the end).
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Invalid typed array index} if there
   *     is no element at {@code index}
   */
  public A with(int index, long value) {
    int k = TypedArrays.withIndex(this, index);
    A copy = TypedArrays.copy(self(), 0, length);
    TypedArrays.putNumber(copy, k, value);
    return copy;
  }

  /** {@code view.find(callback)}: the first element passing {@code predicate}, or empty ({@code undefined}). */
  public OptionalLong find(LongPredicate predicate) {
    return found(findIndex(predicate));
  }

  /** {@code view.findLast(callback)}: the last element passing {@code predicate}, or empty ({@code undefined}). */
  public OptionalLong findLast(LongPredicate predicate) {
    return found(findLastIndex(predicate));
  }

  private OptionalLong found(int index) {
    return index < 0 ? OptionalLong.empty() : OptionalLong.of(element(index));
  }

  /** {@code view.findIndex(callback)}: the index of the first element passing {@code predicate}, or -1. */
  public int findIndex(LongPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> predicate.test(element(i)), SearchDirection.FORWARD);
  }

  /** {@code view.findLastIndex(callback)}: the index of the last element passing {@code predicate}, or -1. */
  public int findLastIndex(LongPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> predicate.test(element(i)), SearchDirection.BACKWARD);
  }

  /** {@code view.every(callback)}: whether every element passes {@code predicate} (true when empty). */
  public boolean every(LongPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> !predicate.test(element(i)), SearchDirection.FORWARD) < 0;
  }

  /** {@code view.some(callback)}: whether some element passes {@code predicate} (false when empty). */
  public boolean some(LongPredicate predicate) {
    return findIndex(predicate) >= 0;
  }

  /** {@code view.forEach(callback)}: calls {@code action} with each element, in order. */
  public void forEach(LongConsumer action) {
    TypedArrays.callback(action);
    for (int i = 0; i < length; i++) {
      action.accept(element(i));
    }
  }

  /**
   * {@code view.map(callback)}: a new array of this kind holding {@code mapper}'s result for each
   * element, converted for the kind.
   */
  public A map(LongUnaryOperator mapper) {
    TypedArrays.callback(mapper);
    A mapped = species(length);
    for (int i = 0; i < length; i++) {
      TypedArrays.putNumber(mapped, i, mapper.applyAsLong(element(i)));
    }
    return mapped;
  }

  /**
   * {@code view.filter(callback)}: a new array of this kind holding the elements {@code predicate}
   * accepts, in order.
   */
  public A filter(LongPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.filter(self(), i -> predicate.test(element(i)));
  }

  /**
   * {@code view.reduce(callback)}: folds the elements from the left, starting from the first.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Reduce of empty array with no
   *     initial value} if the view is empty
   */
  public long reduce(LongBinaryOperator reducer) {
    return fold(reducer, false, 0, SearchDirection.FORWARD);
  }

  /** {@code view.reduce(callback, initialValue)}: folds the elements from the left, starting from {@code initial}. */
  public long reduce(LongBinaryOperator reducer, long initial) {
    return fold(reducer, true, initial, SearchDirection.FORWARD);
  }

  /**
   * {@code view.reduceRight(callback)}: folds the elements from the right, starting from the last.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Reduce of empty array with no
   *     initial value} if the view is empty
   */
  public long reduceRight(LongBinaryOperator reducer) {
    return fold(reducer, false, 0, SearchDirection.BACKWARD);
  }

  /** {@code view.reduceRight(callback, initialValue)}: folds the elements from the right, starting from {@code initial}. */
  public long reduceRight(LongBinaryOperator reducer, long initial) {
    return fold(reducer, true, initial, SearchDirection.BACKWARD);
  }

  private long fold(LongBinaryOperator reducer, boolean hasInitial, long initial, SearchDirection direction) {
    TypedArrays.callback(reducer);
    if (!hasInitial && length == 0) {
      throw TypedArrays.reduceOfEmpty();
    }
    boolean forward = direction == SearchDirection.FORWARD;
    int n = hasInitial ? 0 : 1;
    long accumulator = hasInitial ? initial : element(forward ? 0 : length - 1);
    for (; n < length; n++) {
      accumulator = reducer.applyAsLong(accumulator, element(forward ? n : length - 1 - n));
    }
    return accumulator;
  }

  /**
   * {@code view.values()} (and {@code view[Symbol.iterator]()}): the elements, as a single-use
   * iterator that is also {@link Iterable}: {@code for (long v : view.values())}. Live: each step
   * reads the element then. See {@link ArrayIterator}.
   */
  public ArrayIterator<Long> values() {
    return ArrayIterator.of(length, this::element);
  }

  /**
   * {@code view.entries()}: {@code [index, element]} pairs as new {@code long[] {index, value}}
   * arrays, in a single-use iterator that is also {@link Iterable}. See {@link ArrayIterator}.
   */
  public ArrayIterator<long[]> entries() {
    return ArrayIterator.of(length, i -> new long[] {i, element(i)});
  }

  /** {@code view.set(array)}: stores {@code array}'s values from the start; see {@link #set(long[], int)}. */
  public void set(long[] source) {
    set(source, 0);
  }

  /**
   * {@code view.set(array, offset)}: stores each value of {@code source}, converted for this kind,
   * from element {@code offset}.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: offset is out of bounds} if {@code
   *     offset} is negative or {@code source} does not fit
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined or null
   *     to object} if {@code source} is {@code null}
   */
  public void set(long @Nullable [] source, int offset) {
    TypedArrays.checkSet(this, source == null ? -1 : source.length, offset);
    long[] values = Objects.requireNonNull(source);
    for (int i = 0; i < values.length; i++) {
      TypedArrays.putNumber(this, offset + i, values[i]);
    }
  }
}
