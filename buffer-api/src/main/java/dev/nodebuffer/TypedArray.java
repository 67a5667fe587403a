package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code %TypedArray%}: a view of {@link #length()} elements of one type over an
 * {@link ArrayBuffer}, starting at {@link #byteOffset()}. Views share memory with their buffer and
 * with each other; elements are stored little-endian, as V8 stores them.
 *
 * <p>The eleven kinds differ only in their element's width and conversion. This class holds the
 * members whose signatures do not name the element type; the four element families hold the rest
 * in the element's Java type: {@link IntTypedArray} ({@link Int8Array}, {@link Uint8Array}, {@link
 * Uint8ClampedArray}, {@link Int16Array}, {@link Uint16Array}, {@link Int32Array}), {@link
 * LongTypedArray} ({@link Uint32Array}), {@link DoubleTypedArray} ({@link Float32Array}, {@link
 * Float64Array}) and {@link BigIntTypedArray} ({@link BigInt64Array}, {@link BigUint64Array}).
 *
 * <p>Indices are ECMAScript's relative indices: a negative one counts from the end, and then every
 * index is clamped to {@code [0, length()]}; none of the members taking a range throws for one.
 * Where JavaScript answers {@code undefined} (a missing element, nothing found), Java answers an
 * empty {@code Optional*} or throws {@link IndexOutOfBoundsException}, as each member says.
 *
 * <p>Not synchronised, like {@link java.nio.ByteBuffer}.
 *
 * @param <A> the concrete kind, which the members that make a new array return
 */
public abstract class TypedArray<A extends TypedArray<A>> implements ArrayBufferView {
  final ElementKind kind;
  final ArrayBuffer buffer;
  final int byteOffset;
  final int length;

  /** {@code new X(length)}: zero-filled, over a new {@link ArrayBuffer} of its own. */
  TypedArray(ElementKind kind, int length) {
    this(kind, new ArrayBuffer(TypedArrays.byteLengthFor(kind, length)), 0, length);
  }

  /**
   * {@code new X(buffer, byteOffset, length)} with V8's checks, in V8's order: a negative offset,
   * an offset not a multiple of the width, a negative length, then the range. Only the checked
   * range is ever kept, so every member may index the memory without a check of its own. A {@code
   * null} buffer, JavaScript's {@code null} or {@code undefined}, gives an empty array and no check:
   * V8 takes a first argument that is not an object for a length, and ToIndex(null) is 0.
   */
  TypedArray(ElementKind kind, @Nullable ArrayBuffer buffer, int byteOffset, int length) {
    this.kind = kind;
    if (buffer == null) {
      this.buffer = new ArrayBuffer(0);
      this.byteOffset = 0;
      this.length = 0;
      return;
    }
    TypedArrays.checkView(kind, buffer, byteOffset, length);
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.length = length;
  }

  /**
   * A view of a range its maker has already checked, with no check of its own: how {@link Buffer}'s
   * factories and views are made, on the allocation hot path ({@code allocUnsafe(64)} lost about a
   * tenth of its speed to the checks above).
   */
  TypedArray(ElementKind kind, ArrayBuffer buffer, int byteOffset, int length, CheckedRange checked) {
    this.kind = kind;
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.length = length;
  }

  /** The marker of the constructor for a range already checked. */
  enum CheckedRange {
    CHECKED
  }

  /** A new view of the same kind (a plain one: {@code Buffer} overrides what must give a Buffer). */
  abstract A newView(ArrayBuffer buffer, int byteOffset, int length);

  /**
   * A new zero-filled array of {@code length} elements made as JavaScript's species constructor
   * makes the results of {@code map} and {@code filter}: of this kind ({@link Buffer} overrides it
   * to give a Buffer, as Node's {@code Buffer[Symbol.species]} does).
   */
  A species(int length) {
    return newView(new ArrayBuffer(length * kind.width), 0, length);
  }

  /** {@code this}, as the concrete type. */
  @SuppressWarnings("unchecked")
  A self() {
    return (A) this;
  }

  /** {@code view.length}: the number of elements. */
  public final int length() {
    return length;
  }

  /** {@code view.byteLength}: {@link #length()} times {@link #BYTES_PER_ELEMENT()}. */
  @Override
  public final int byteLength() {
    return length * kind.width;
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
   * {@code view.BYTES_PER_ELEMENT}: the width of one element in bytes (1, 2, 4 or 8). Each class
   * also has it as the constant {@code BYTES_PER_ELEMENT}, JavaScript's static property.
   */
  @SuppressWarnings("MethodName") // JavaScript's property name, by the API naming rule
  public final int BYTES_PER_ELEMENT() {
    return kind.width;
  }

  /** {@code view.subarray()}: a view of all the elements; see {@link #subarray(int, int)}. */
  public A subarray() {
    return subarray(0, length);
  }

  /** {@code view.subarray(start)}: a view from {@code start} to the end; see {@link #subarray(int, int)}. */
  public A subarray(int start) {
    return subarray(start, length);
  }

  /**
   * {@code view.subarray(start, end)}: a view of elements {@code [start, end)} sharing this view's
   * memory (writes through either are seen by both). Never throws: the indices are relative, and
   * {@code end <= start} gives an empty view.
   */
  public A subarray(int start, int end) {
    int from = TypedArrays.relative(start, length);
    int count = TypedArrays.rangeLength(from, TypedArrays.relative(end, length));
    return newView(buffer, byteOffset + from * kind.width, count);
  }

  /** {@code view.slice()}: a copy of all the elements; see {@link #slice(int, int)}. */
  public A slice() {
    return slice(0, length);
  }

  /** {@code view.slice(start)}: a copy from {@code start} to the end; see {@link #slice(int, int)}. */
  public A slice(int start) {
    return slice(start, length);
  }

  /**
   * {@code view.slice(start, end)}: a <em>copy</em> of elements {@code [start, end)} in a new
   * {@link ArrayBuffer}, the indices taken as {@link #subarray(int, int)} takes them.
   *
   * <p>Careful, as in Node: {@link Buffer#slice(int, int)} overrides this with a <em>view</em>.
   */
  public A slice(int start, int end) {
    int from = TypedArrays.relative(start, length);
    return TypedArrays.copy(self(), from, TypedArrays.rangeLength(from, TypedArrays.relative(end, length)));
  }

  /** {@code view.set(source)}: copies {@code source}'s elements to the start; see {@link #set(TypedArray, int)}. */
  public void set(TypedArray<?> source) {
    set(source, 0);
  }

  /**
   * {@code view.set(source, offset)}: stores {@code source}'s elements from element {@code offset},
   * each converted to this view's type (a {@code Float64Array}'s 1.5 stored in an {@code Int8Array}
   * is 1). Views of one {@link ArrayBuffer} may overlap: the elements are copied as they were
   * before the call.
   *
   * @throws NodeIndexException V8's code-less {@code RangeError: offset is out of bounds} if {@code
   *     offset} is negative or {@code source} does not fit
   * @throws NodeArgumentException V8's code-less {@code TypeError: Cannot convert undefined or null
   *     to object} if {@code source} is {@code null} (checked after a negative offset); {@code
   *     TypeError: Cannot mix BigInt and other types, use explicit conversions} if one holds
   *     BigInts and the other Numbers
   */
  public void set(@Nullable TypedArray<?> source, int offset) {
    TypedArrays.set(this, source, offset);
  }

  /** {@code view.reverse()}: reverses the elements in place and returns this view. */
  public A reverse() {
    TypedArrays.reverse(this);
    return self();
  }

  /** {@code view.copyWithin(target, start)}: see {@link #copyWithin(int, int, int)}. */
  public A copyWithin(int target, int start) {
    return copyWithin(target, start, length);
  }

  /**
   * {@code view.copyWithin(target, start, end)}: copies elements {@code [start, end)} to {@code
   * target}, in place (overlap-safe), as many as fit before the end, and returns this view. The
   * indices are relative; nothing is copied when {@code end <= start}. Never throws.
   */
  public A copyWithin(int target, int start, int end) {
    TypedArrays.copyWithin(this, target, start, end);
    return self();
  }

  /**
   * {@code view.sort()}: sorts the elements in place in ascending numeric order ({@code -0} before
   * {@code 0}, NaN last) and returns this view. JavaScript's comparator argument is not offered.
   */
  public A sort() {
    TypedArrays.sort(this);
    return self();
  }

  /**
   * {@code view.toReversed()}: a reversed copy, of this kind (a plain {@link Uint8Array} for a
   * {@link Buffer}, as in Node).
   */
  public A toReversed() {
    return TypedArrays.copy(self(), 0, length).reverse();
  }

  /** {@code view.toSorted()}: a sorted copy, of this kind (a plain {@link Uint8Array} for a {@link Buffer}). */
  public A toSorted() {
    return TypedArrays.copy(self(), 0, length).sort();
  }

  /** {@code view.join()}: the elements as JavaScript prints them, separated by {@code ","}. */
  public String join() {
    return join(null);
  }

  /**
   * {@code view.join(separator)}: the elements as JavaScript's {@code String(element)} prints them
   * ({@code 1.5}, {@code NaN}, {@code 1e+21}, {@code 0} for {@code -0}, BigInts without {@code n}),
   * separated by {@code separator}; {@code ""} when empty. A {@code null} separator means {@code
   * ","}, as {@code undefined} does in JavaScript.
   *
   * @throws NodeArgumentException V8's code-less {@code RangeError: Invalid string length} if the
   *     result would be longer than {@link Buffers#kStringMaxLength()} characters, V8's longest
   *     string (Node 22: {@code new Uint8Array(268435445).join()})
   */
  public String join(@Nullable String separator) {
    return TypedArrays.join(this, separator == null ? "," : separator);
  }

  /**
   * {@code view.keys()}: the indices {@code 0..length()-1}, as a single-use iterator that is also
   * {@link Iterable}; see {@link ArrayIterator}.
   */
  public ArrayIterator<Integer> keys() {
    return ArrayIterator.keys(this);
  }

  /**
   * {@code util.inspect(view)}: {@code Int16Array(2) [ 1, -2 ]}, {@code Float64Array(1) [ -0 ]},
   * {@code BigInt64Array(1) [ 5n ]}; at most 100 elements then {@code ... N more items}, and Node's
   * column layout for long arrays. {@link Buffer#inspect()} prints {@code <Buffer 01 02>} instead.
   */
  public String inspect() {
    return Inspect.typedArray(this);
  }

  /**
   * JavaScript's {@code %TypedArray%.prototype.toString}, the same as {@link #join()}: {@code
   * "1,2,3"}. {@link Buffer#toString()} decodes UTF-8 instead, as in Node. Throws as {@link
   * #join(String)} does for a result above {@link Buffers#kStringMaxLength()}.
   */
  @Override
  public String toString() {
    return join();
  }
}
