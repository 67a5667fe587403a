package dev.nodebuffer;

import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code Uint8Array}: a view of {@link #length()} bytes of an {@link ArrayBuffer},
 * starting at {@link #byteOffset()}. Views share memory with their buffer and with each other.
 *
 * <p>The callback members ({@code map}, {@code filter}, {@code every}, {@code some}, {@code
 * findIndex}, {@code findLastIndex}, {@code forEach}) get the byte value only; a {@code null}
 * callback, JavaScript's {@code undefined}, throws V8's code-less {@code TypeError: undefined is
 * not a function}, as in Node.
 *
 * <p>JavaScript's {@code for (const b of view)} is {@code for (int b : view.values())}. The view
 * itself is not {@link Iterable}: a {@link Buffer} is {@link Comparable}, and a type that is both
 * makes {@code assertThat(buf)} ambiguous in Truth and similar libraries.
 *
 * <p>Not synchronised, like {@link java.nio.ByteBuffer}.
 */
public class Uint8Array implements ArrayBufferView {
  /**
   * {@code Uint8Array.BYTES_PER_ELEMENT} (also {@code Buffer.BYTES_PER_ELEMENT} and {@code
   * view.BYTES_PER_ELEMENT}): the size of one element, 1.
   */
  public static final int BYTES_PER_ELEMENT = 1;

  final ArrayBuffer buffer;
  final int byteOffset;
  final int length;

  /**
   * {@code new Uint8Array(length)}: a zero-filled view over a new {@link ArrayBuffer} of its own.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid typed array length:
   *     -1} if {@code length} is negative
   */
  public Uint8Array(int length) {
    this(newBuffer(length), 0, length);
  }

  /** A view of {@code buffer[byteOffset, byteOffset + length)}; the caller checked the range. */
  Uint8Array(ArrayBuffer buffer, int byteOffset, int length) {
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.length = length;
  }

  private static ArrayBuffer newBuffer(int length) {
    if (length < 0) {
      throw Errors.v8RangeError("Invalid typed array length: " + length);
    }
    return new ArrayBuffer(length);
  }

  /** {@code view.length}: the number of bytes in this view. */
  public final int length() {
    return length;
  }

  /** {@code view.byteLength}: the same as {@link #length()} for a byte view. */
  @Override
  public final int byteLength() {
    return length;
  }

  /** {@code view.byteOffset}: where this view starts in {@link #buffer()}. */
  @Override
  public final int byteOffset() {
    return byteOffset;
  }

  /**
   * {@code view.buffer}: the memory this view shares. For a pooled {@link Buffer} this is the
   * whole slab, holding other buffers' bytes too.
   */
  @Override
  public final ArrayBuffer buffer() {
    return buffer;
  }

  /**
   * {@code view[index]}: the byte at {@code index}, as an unsigned value 0..255.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, length())}, where
   *     JavaScript would give {@code undefined}
   */
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
  public final void put(int index, int value) {
    Objects.checkIndex(index, length);
    buffer.bytes[byteOffset + index] = (byte) value;
  }

  /** {@code view.subarray()}: a view of all of this view's bytes; see {@link #subarray(int, int)}. */
  public Uint8Array subarray() {
    return subarray(0, length);
  }

  /** {@code view.subarray(start)}: a view from {@code start} to the end; see {@link #subarray(int, int)}. */
  public Uint8Array subarray(int start) {
    return subarray(start, length);
  }

  /**
   * {@code view.subarray(start, end)}: a view of bytes {@code [start, end)} that shares this view's
   * memory (writes through either are seen by both). Never throws: a negative index counts from
   * the end ({@code -2} is {@code length() - 2}) and is floored at 0, an index past the end is the
   * end, and {@code end <= start} gives an empty view.
   *
   * <p>{@link Buffer#subarray(int, int)} returns a {@link Buffer}.
   */
  public Uint8Array subarray(int start, int end) {
    int from = TypedArrays.relative(start, length);
    int count = TypedArrays.rangeLength(from, TypedArrays.relative(end, length));
    return new Uint8Array(buffer, byteOffset + from, count);
  }

  /** {@code view.slice()}: a copy of all the bytes; see {@link #slice(int, int)}. */
  public Uint8Array slice() {
    return slice(0, length);
  }

  /** {@code view.slice(start)}: a copy from {@code start} to the end; see {@link #slice(int, int)}. */
  public Uint8Array slice(int start) {
    return slice(start, length);
  }

  /**
   * {@code uint8Array.slice(start, end)}: a <em>copy</em> of bytes {@code [start, end)} in a new
   * {@link ArrayBuffer}, the indices taken as {@link #subarray(int, int)} takes them.
   *
   * <p>Careful, as in Node: {@link Buffer#slice(int, int)} overrides this with a <em>view</em>
   * sharing memory, exactly as {@code Buffer.prototype.slice} overrides {@code
   * Uint8Array.prototype.slice}.
   */
  public Uint8Array slice(int start, int end) {
    return TypedArrays.copyOf(this, start, end);
  }

  /**
   * {@code view.at(index)}: the byte (0..255) at {@code index}, a negative index counting from the
   * end ({@code at(-1)} is the last byte).
   *
   * @throws IndexOutOfBoundsException if there is no byte there ({@code index < -length()} or
   *     {@code index >= length()}), where JavaScript gives {@code undefined}; the same as {@link
   *     #get(int)} does
   */
  public int at(int index) {
    return TypedArrays.at(this, index);
  }

  /** {@code view.set(source)}: copies {@code source}'s bytes to the start; see {@link #set(Uint8Array, int)}. */
  public void set(Uint8Array source) {
    set(source, 0);
  }

  /**
   * {@code view.set(source, offset)}: copies all of {@code source}'s bytes into this view from
   * {@code offset}. Views of one {@link ArrayBuffer} may overlap: the bytes are copied as they were
   * before the call.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: offset is out of bounds} if {@code
   *     offset} is negative or {@code source} does not fit ({@code offset + source.length() >
   *     length()})
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined or null
   *     to object} if {@code source} is {@code null} (checked after a negative offset)
   */
  public void set(Uint8Array source, int offset) {
    TypedArrays.set(this, source, offset);
  }

  /** {@code view.set(array)}: stores {@code array}'s numbers from the start; see {@link #set(int[], int)}. */
  public void set(int[] source) {
    set(source, 0);
  }

  /**
   * {@code view.set(array, offset)}: stores each number of {@code source} from {@code offset} as
   * ToUint8 does ({@code v & 0xFF}: 257 stores 1, -1 stores 255).
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: offset is out of bounds} if {@code
   *     offset} is negative or {@code source} does not fit
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined or null
   *     to object} if {@code source} is {@code null}
   */
  public void set(int[] source, int offset) {
    TypedArrays.set(this, source, offset);
  }

  /**
   * {@code view.reverse()}: reverses the bytes in place and returns this view. {@link
   * Buffer#reverse()} returns the {@link Buffer}.
   */
  public Uint8Array reverse() {
    TypedArrays.reverse(this);
    return this;
  }

  /** {@code view.copyWithin(target, start)}: see {@link #copyWithin(int, int, int)}. */
  public Uint8Array copyWithin(int target, int start) {
    return copyWithin(target, start, length);
  }

  /**
   * {@code view.copyWithin(target, start, end)}: copies bytes {@code [start, end)} to {@code
   * target}, in place (overlap-safe), as many as fit before the end, and returns this view. The
   * three indices are relative as in {@link #subarray(int, int)}; nothing is copied when {@code
   * end <= start}. Never throws.
   */
  public Uint8Array copyWithin(int target, int start, int end) {
    TypedArrays.copyWithin(this, target, start, end);
    return this;
  }

  /**
   * {@code view.sort()}: sorts the bytes in place, ascending by value (0..255, numerically, as a
   * typed array sorts), and returns this view. JavaScript's comparator argument is not offered.
   */
  public Uint8Array sort() {
    TypedArrays.sort(this);
    return this;
  }

  /** {@code view.join()}: the byte values in decimal, separated by {@code ","}: {@code "1,2,3"}. */
  public String join() {
    return join(null);
  }

  /**
   * {@code view.join(separator)}: the byte values in decimal, separated by {@code separator}
   * ({@code join("-")} gives {@code "1-2-3"}; an empty view gives {@code ""}). A {@code null}
   * separator means {@code ","}, as {@code undefined} does in JavaScript.
   */
  public String join(@Nullable String separator) {
    return TypedArrays.join(this, separator == null ? "," : separator);
  }

  /**
   * {@code view.toReversed()}: a reversed copy, always a plain {@link Uint8Array} (also for a
   * {@link Buffer}, as in Node, where {@code toReversed} ignores the subclass).
   */
  public Uint8Array toReversed() {
    return TypedArrays.copyOf(this, 0, length).reverse();
  }

  /** {@code view.toSorted()}: an ascending copy, always a plain {@link Uint8Array} (as in Node). */
  public Uint8Array toSorted() {
    return TypedArrays.copyOf(this, 0, length).sort();
  }

  /**
   * {@code view.with(index, value)}: a copy, always a plain {@link Uint8Array}, with the byte at
   * {@code index} (negative counts from the end) set to {@code value & 0xFF}.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: Invalid typed array index} if there
   *     is no byte at {@code index}
   */
  public Uint8Array with(int index, int value) {
    return TypedArrays.with(this, index, value);
  }

  /**
   * {@code view.map(callback)}: a new array of the same length holding {@code mapper}'s result for
   * each byte, stored as ToUint8 ({@code & 0xFF}: 300 stores 44). {@link Buffer#map} returns a
   * {@link Buffer}, as in Node. {@code mapper} receives the value only.
   */
  public Uint8Array map(IntUnaryOperator mapper) {
    Uint8Array mapped = new Uint8Array(length);
    TypedArrays.map(this, mapper, mapped);
    return mapped;
  }

  /**
   * {@code view.filter(callback)}: a new array of the bytes {@code predicate} accepts, in order.
   * {@link Buffer#filter} returns a {@link Buffer}, as in Node. {@code predicate} receives the
   * value only.
   */
  public Uint8Array filter(IntPredicate predicate) {
    byte[] kept = TypedArrays.filter(this, predicate);
    Uint8Array filtered = new Uint8Array(kept.length);
    System.arraycopy(kept, 0, filtered.buffer.bytes, 0, kept.length);
    return filtered;
  }

  /** {@code view.every(callback)}: whether every byte passes {@code predicate} (true when empty). */
  public boolean every(IntPredicate predicate) {
    TypedArrays.callback(predicate);
    for (int i = 0; i < length; i++) {
      if (!predicate.test(buffer.bytes[byteOffset + i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /** {@code view.some(callback)}: whether some byte passes {@code predicate} (false when empty). */
  public boolean some(IntPredicate predicate) {
    return TypedArrays.findIndex(this, predicate, SearchDirection.FORWARD) >= 0;
  }

  /** {@code view.findIndex(callback)}: the index of the first byte passing {@code predicate}, or -1. */
  public int findIndex(IntPredicate predicate) {
    return TypedArrays.findIndex(this, predicate, SearchDirection.FORWARD);
  }

  /** {@code view.findLastIndex(callback)}: the index of the last byte passing {@code predicate}, or -1. */
  public int findLastIndex(IntPredicate predicate) {
    return TypedArrays.findIndex(this, predicate, SearchDirection.BACKWARD);
  }

  /**
   * {@code view.keys()}: the indices {@code 0..length()-1}, as a single-use iterator that is also
   * {@link Iterable} (for a for-each loop); see {@link ArrayIterator}.
   */
  public ArrayIterator<Integer> keys() {
    return ArrayIterator.keys(this);
  }

  /**
   * {@code view.values()} (and {@code view[Symbol.iterator]()}, which is the same function in
   * JavaScript): the bytes 0..255, as a
   * single-use iterator that is also {@link Iterable}: {@code for (int b : buf.values())}. Live:
   * each step reads the byte then. See {@link ArrayIterator}.
   */
  public ArrayIterator<Integer> values() {
    return ArrayIterator.values(this);
  }

  /**
   * {@code view.entries()}: {@code [index, byte]} pairs as new {@code int[] {index, value}}
   * arrays, in a single-use iterator that is also {@link Iterable}: {@code for (int[] e :
   * buf.entries())}. See {@link ArrayIterator}.
   */
  public ArrayIterator<int[]> entries() {
    return ArrayIterator.entries(this);
  }

  /**
   * {@code view.forEach(callback)}: calls {@code action} with each byte 0..255, in order. The
   * callback gets the value only, not JavaScript's {@code (value, index, array)}.
   */
  public void forEach(IntConsumer action) {
    TypedArrays.callback(action);
    for (int i = 0; i < length; i++) {
      action.accept(buffer.bytes[byteOffset + i] & 0xFF);
    }
  }

  /**
   * {@code util.inspect(uint8Array)}: {@code Uint8Array(3) [ 1, 2, 3 ]}, {@code Uint8Array(0) []}
   * when empty, at most 100 values then {@code ... N more items}, and Node's layout for long
   * arrays (values in right-aligned columns, one row per line, as {@code console.log} prints
   * them). {@link Buffer#inspect()} prints {@code <Buffer 01 02 03>} instead.
   */
  public String inspect() {
    return Inspect.typedArray(this);
  }

  /**
   * {@code uint8Array.toString()}: JavaScript's {@code Uint8Array.prototype.toString}, the same as
   * {@link #join()}: {@code "1,2,3"}. {@link Buffer#toString()} decodes UTF-8 instead, as in Node.
   */
  @Override
  public String toString() {
    return join();
  }
}
