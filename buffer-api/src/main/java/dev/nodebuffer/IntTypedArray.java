package dev.nodebuffer;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The typed arrays whose elements are Java {@code int}s: {@link Int8Array}, {@link Uint8Array},
 * {@link Uint8ClampedArray}, {@link Int16Array}, {@link Uint16Array} and {@link Int32Array}: the
 * members of {@code %TypedArray%.prototype} that name the element type.
 *
 * <p>A store converts as JavaScript does for the kind: {@code put(i, 70000)} in an {@code
 * Int16Array} stores 4464 (ToInt16), {@code put(i, 300)} in a {@code Uint8ClampedArray} stores 255,
 * and {@code put(i, 2.5)} there stores 2 (ToUint8Clamp rounds half to even).
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
public abstract class IntTypedArray<A extends IntTypedArray<A>> extends TypedArray<A> {

  IntTypedArray(ElementKind kind, int length) {
    super(kind, length);
  }

  IntTypedArray(ElementKind kind, @Nullable ArrayBuffer buffer, int byteOffset, int length) {
    super(kind, buffer, byteOffset, length);
  }

  IntTypedArray(ElementKind kind, ArrayBuffer buffer, int byteOffset, int length, CheckedRange checked) {
    super(kind, buffer, byteOffset, length, checked);
  }

  /** Element {@code i}, unchecked: callers stay inside the view. */
  int element(int i) {
    return (int) TypedArrays.number(this, i);
  }

  /**
   * {@code view[index]}: the element at {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would give {@code undefined}
   */
  public int get(int index) {
    Objects.checkIndex(index, length);
    return element(index);
  }

  /**
   * {@code view[index] = value}: stores {@code value} converted for this kind (its low bits for the wrapping kinds, clamped to 0..255 for {@code
   * Uint8ClampedArray}).
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would silently ignore the assignment
   */
  public void put(int index, int value) {
    Objects.checkIndex(index, length);
    TypedArrays.putNumber(this, index, value);
  }

  /**
   * {@code view[index] = value} for any JavaScript number: stores it as the kind's conversion does
   * (ToInt16 of {@code 70000.7} is 4464, NaN and the infinities store 0,
   * ToUint8Clamp of {@code 2.5} is 2).
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
  public int at(int index) {
    return element(TypedArrays.atIndex(this, index));
  }

  /** {@code view.fill(value)}: stores {@code value} (converted) in every element; returns this view. */
  public A fill(int value) {
    return fill(value, 0, length);
  }

  /** {@code view.fill(value, start)}: see {@link #fill(int, int, int)}. */
  public A fill(int value, int start) {
    return fill(value, start, length);
  }

  /**
   * {@code view.fill(value, start, end)}: stores {@code value}, converted for this kind, in
   * elements {@code [start, end)} (relative indices) and returns this view. Never throws.
   */
  public A fill(int value, int start, int end) {
    for (int i = TypedArrays.relative(start, length), e = TypedArrays.relative(end, length); i < e; i++) {
      TypedArrays.putNumber(this, i, value);
    }
    return self();
  }

  /** {@code view.indexOf(value)}: the first index holding {@code value}, or -1. */
  public int indexOf(int value) {
    return indexOf(value, 0);
  }

  /** {@code view.indexOf(value, fromIndex)}: the first index from {@code fromIndex} (relative) holding {@code value}, or -1. */
  public int indexOf(int value, int fromIndex) {
    return TypedArrays.indexOf(this, value, fromIndex);
  }

  /** {@code view.lastIndexOf(value)}: the last index holding {@code value}, or -1. */
  public int lastIndexOf(int value) {
    return lastIndexOf(value, length - 1);
  }

  /**
   * {@code view.lastIndexOf(value, fromIndex)}: the last index at or before {@code fromIndex}
   * (relative) holding {@code value}, or -1.
   */
  public int lastIndexOf(int value, int fromIndex) {
    return TypedArrays.lastIndexOf(this, value, fromIndex);
  }

  /** {@code view.includes(value)}: whether some element is {@code value}. */
  public boolean includes(int value) {
    return includes(value, 0);
  }

  /** {@code view.includes(value, fromIndex)}: whether some element from {@code fromIndex} (relative) is {@code value}. */
  public boolean includes(int value, int fromIndex) {
    return indexOf(value, fromIndex) >= 0;
  }

  /**
   * {@code view.with(index, value)}: a copy of this kind (a plain {@link Uint8Array} for a {@link Buffer}) with {@code value}, converted,
   * at {@code index} (negative counts from the end).
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Invalid typed array index} if there
   *     is no element at {@code index}
   */
  public A with(int index, int value) {
    int k = TypedArrays.withIndex(this, index);
    A copy = TypedArrays.copy(self(), 0, length);
    TypedArrays.putNumber(copy, k, value);
    return copy;
  }

  /** {@code view.find(callback)}: the first element passing {@code predicate}, or empty ({@code undefined}). */
  public OptionalInt find(IntPredicate predicate) {
    return found(findIndex(predicate));
  }

  /** {@code view.findLast(callback)}: the last element passing {@code predicate}, or empty ({@code undefined}). */
  public OptionalInt findLast(IntPredicate predicate) {
    return found(findLastIndex(predicate));
  }

  private OptionalInt found(int index) {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(element(index));
  }

  /** {@code view.findIndex(callback)}: the index of the first element passing {@code predicate}, or -1. */
  public int findIndex(IntPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> predicate.test(element(i)), SearchDirection.FORWARD);
  }

  /** {@code view.findLastIndex(callback)}: the index of the last element passing {@code predicate}, or -1. */
  public int findLastIndex(IntPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> predicate.test(element(i)), SearchDirection.BACKWARD);
  }

  /** {@code view.every(callback)}: whether every element passes {@code predicate} (true when empty). */
  public boolean every(IntPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.findIndex(this, i -> !predicate.test(element(i)), SearchDirection.FORWARD) < 0;
  }

  /** {@code view.some(callback)}: whether some element passes {@code predicate} (false when empty). */
  public boolean some(IntPredicate predicate) {
    return findIndex(predicate) >= 0;
  }

  /** {@code view.forEach(callback)}: calls {@code action} with each element, in order. */
  public void forEach(IntConsumer action) {
    TypedArrays.callback(action);
    for (int i = 0; i < length; i++) {
      action.accept(element(i));
    }
  }

  /**
   * {@code view.map(callback)}: a new array of this kind holding {@code mapper}'s result for each
   * element, converted for the kind ({@code Uint8Array}: 300 stores 44). {@link Buffer#map} returns a {@link Buffer}, as in
   * Node.
   */
  public A map(IntUnaryOperator mapper) {
    TypedArrays.callback(mapper);
    A mapped = species(length);
    for (int i = 0; i < length; i++) {
      TypedArrays.putNumber(mapped, i, mapper.applyAsInt(element(i)));
    }
    return mapped;
  }

  /**
   * {@code view.filter(callback)}: a new array of this kind holding the elements {@code predicate}
   * accepts, in order. {@link Buffer#filter} returns a {@link Buffer}, as in Node.
   */
  public A filter(IntPredicate predicate) {
    TypedArrays.callback(predicate);
    return TypedArrays.filter(self(), i -> predicate.test(element(i)));
  }

  /**
   * {@code view.reduce(callback)}: folds the elements from the left, starting from the first.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Reduce of empty array with no
   *     initial value} if the view is empty
   */
  public int reduce(IntBinaryOperator reducer) {
    return fold(reducer, false, 0, SearchDirection.FORWARD);
  }

  /** {@code view.reduce(callback, initialValue)}: folds the elements from the left, starting from {@code initial}. */
  public int reduce(IntBinaryOperator reducer, int initial) {
    return fold(reducer, true, initial, SearchDirection.FORWARD);
  }

  /**
   * {@code view.reduceRight(callback)}: folds the elements from the right, starting from the last.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: Reduce of empty array with no
   *     initial value} if the view is empty
   */
  public int reduceRight(IntBinaryOperator reducer) {
    return fold(reducer, false, 0, SearchDirection.BACKWARD);
  }

  /** {@code view.reduceRight(callback, initialValue)}: folds the elements from the right, starting from {@code initial}. */
  public int reduceRight(IntBinaryOperator reducer, int initial) {
    return fold(reducer, true, initial, SearchDirection.BACKWARD);
  }

  private int fold(IntBinaryOperator reducer, boolean hasInitial, int initial, SearchDirection direction) {
    TypedArrays.callback(reducer);
    if (!hasInitial && length == 0) {
      throw TypedArrays.reduceOfEmpty();
    }
    boolean forward = direction == SearchDirection.FORWARD;
    int n = hasInitial ? 0 : 1;
    int accumulator = hasInitial ? initial : element(forward ? 0 : length - 1);
    for (; n < length; n++) {
      accumulator = reducer.applyAsInt(accumulator, element(forward ? n : length - 1 - n));
    }
    return accumulator;
  }

  /**
   * {@code view.values()} (and {@code view[Symbol.iterator]()}): the elements, as a single-use
   * iterator that is also {@link Iterable}: {@code for (int v : view.values())}. Live: each step
   * reads the element then. See {@link ArrayIterator}.
   */
  public ArrayIterator<Integer> values() {
    return ArrayIterator.of(length, this::element);
  }

  /**
   * {@code view.entries()}: {@code [index, element]} pairs as new {@code int[] {index, value}}
   * arrays, in a single-use iterator that is also {@link Iterable}. See {@link ArrayIterator}.
   */
  public ArrayIterator<int[]> entries() {
    return ArrayIterator.of(length, i -> new int[] {i, element(i)});
  }

  /** {@code view.set(array)}: stores {@code array}'s values from the start; see {@link #set(int[], int)}. */
  public void set(int[] source) {
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
  public void set(int @Nullable [] source, int offset) {
    TypedArrays.checkSet(this, source == null ? -1 : source.length, offset);
    int[] values = Objects.requireNonNull(source);
    for (int i = 0; i < values.length; i++) {
      TypedArrays.putNumber(this, offset + i, values[i]);
    }
  }
}
