package dev.nodebuffer;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * What a typed array's {@link TypedArray#keys()}, {@code values()} and {@code entries()}
 * return: JavaScript's Array Iterator, which is an iterator and an iterable of itself. So it works
 * in a Java for-each loop, once, as a JavaScript iterator works in {@code for...of} once:
 *
 * <pre>{@code
 * for (int b : buf.values()) { ... }                 // for (const b of buf.values())
 * for (int[] pair : buf.entries()) { pair[0]; pair[1]; } // for (const [i, b] of buf.entries())
 * }</pre>
 *
 * <p>As in JavaScript the iterator is live: each step reads the view's element at that moment. Unlike
 * JavaScript's {@code next()}, which returns {@code { value, done }}, Java's {@link #next()}
 * returns the value and {@link #hasNext()} tells whether there is one.
 *
 * @param <T> {@code Integer} for keys; the element's boxed type for values; for entries a pair
 *     array ({@code int[]}, {@code long[]} or {@code double[]} holding {@code {index, value}}), or a
 *     {@code Map.Entry<Integer, BigInteger>} for the BigInt kinds
 */
public final class ArrayIterator<T> implements Iterator<T>, Iterable<T> {
  private final int length;
  private final IntFunction<T> element;
  private int next;

  private ArrayIterator(int length, IntFunction<T> element) {
    this.length = length;
    this.element = element;
  }

  /** The indices of {@code view}, {@code 0..length()-1}. */
  static ArrayIterator<Integer> keys(TypedArray<?> view) {
    return new ArrayIterator<>(view.length, Integer::valueOf);
  }

  /** The {@code length} elements {@code element} gives for indices {@code 0..length-1}, each read at its step. */
  static <T> ArrayIterator<T> of(int length, IntFunction<T> element) {
    return new ArrayIterator<>(length, element);
  }

  /** Whether another element remains (JavaScript's {@code done} is its negation). */
  @Override
  public boolean hasNext() {
    return next < length;
  }

  /**
   * The next element: an index for {@code keys()}, an element for {@code values()}, a new
   * {@code {index, value}} pair for {@code entries()}.
   *
   * @throws NoSuchElementException when there is none (JavaScript gives {@code { value:
   *     undefined, done: true }})
   */
  @Override
  public T next() {
    if (next >= length) {
      throw new NoSuchElementException();
    }
    return element.apply(next++);
  }

  /** This iterator itself, as JavaScript's {@code [Symbol.iterator]()} of an iterator is. */
  @Override
  public Iterator<T> iterator() {
    return this;
  }
}
