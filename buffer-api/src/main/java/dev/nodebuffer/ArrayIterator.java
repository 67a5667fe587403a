package dev.nodebuffer;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * What {@link Uint8Array#keys()}, {@link Uint8Array#values()} and {@link Uint8Array#entries()}
 * return: JavaScript's Array Iterator, which is an iterator and an iterable of itself. So it works
 * in a Java for-each loop, once, as a JavaScript iterator works in {@code for...of} once:
 *
 * <pre>{@code
 * for (int b : buf.values()) { ... }                 // for (const b of buf.values())
 * for (int[] pair : buf.entries()) { pair[0]; pair[1]; } // for (const [i, b] of buf.entries())
 * }</pre>
 *
 * <p>As in JavaScript the iterator is live: each step reads the view's byte at that moment. Unlike
 * JavaScript's {@code next()}, which returns {@code { value, done }}, Java's {@link #next()}
 * returns the value and {@link #hasNext()} tells whether there is one.
 *
 * @param <T> {@code Integer} for keys and values, {@code int[]} ({@code {index, value}}) for entries
 */
public final class ArrayIterator<T> implements Iterator<T>, Iterable<T> {
  private final int length;
  private final IntFunction<T> element;
  private int next;

  private ArrayIterator(int length, IntFunction<T> element) {
    this.length = length;
    this.element = element;
  }

  static ArrayIterator<Integer> keys(Uint8Array view) {
    return new ArrayIterator<>(view.length, Integer::valueOf);
  }

  static ArrayIterator<Integer> values(Uint8Array view) {
    return new ArrayIterator<>(view.length, i -> view.buffer.bytes[view.byteOffset + i] & 0xFF);
  }

  static ArrayIterator<int[]> entries(Uint8Array view) {
    return new ArrayIterator<>(
        view.length, i -> new int[] {i, view.buffer.bytes[view.byteOffset + i] & 0xFF});
  }

  /** Whether another element remains (JavaScript's {@code done} is its negation). */
  @Override
  public boolean hasNext() {
    return next < length;
  }

  /**
   * The next element: an index for {@code keys()}, a byte 0..255 for {@code values()}, a new
   * {@code int[] {index, value}} for {@code entries()}.
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
