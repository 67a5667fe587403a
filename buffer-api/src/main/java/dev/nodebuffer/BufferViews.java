package dev.nodebuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * {@link Buffer}'s views and iteration: {@code subarray} and {@code slice} (views sharing memory),
 * the in-place {@code reverse}, {@code copyWithin} and {@code sort}, {@code map} and {@code
 * filter}, {@code toJSON}, {@code inspect}, Node's deprecated {@code parent} and {@code offset},
 * and the Java views of the same bytes ({@code asByteBuffer}, {@code asInputStream}, {@code
 * asOutputStream}). The members shared with every {@code Uint8Array} ({@code at}, {@code join},
 * {@code keys}, {@code every} ...) are {@link Uint8Array}'s.
 *
 * <p>The overloads are alike by design: each is one of Node's call shapes (an omitted trailing
 * argument is an overload without it), and each is one line that fills in Node's default and
 * calls the full form.
 *
 * <p>One of the package-private facets that {@link Buffer}'s instance surface is cut into, one
 * concern per file (see {@code buffer-api/DESIGN.md}). Users never name this class: its public
 * methods are {@code Buffer}'s, javac gives {@code Buffer} a public bridge for each, and javadoc
 * documents them on {@code Buffer}.
 */
abstract class BufferViews extends Uint8Array {

  BufferViews(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length, CheckedRange.CHECKED);
  }

  /** This object as the {@link Buffer} it is: {@code Buffer} is the one class below the facets. */
  @Override
  final Buffer self() {
    return (Buffer) this;
  }

  /** {@code buf.subarray()}: a view of the whole buffer; see {@link #subarray(int, int)}. */
  @Override
  public Buffer subarray() {
    return subarray(0, length);
  }

  /** {@code buf.subarray(start)}: a view from {@code start} to the end; see {@link #subarray(int, int)}. */
  @Override
  public Buffer subarray(int start) {
    return subarray(start, length);
  }

  /**
   * {@code buf.subarray(start, end)}: a {@link Buffer} viewing bytes {@code [start, end)} of this
   * one: the same memory ({@link #buffer()}), so a write through either is seen by both. Never
   * throws: a negative index counts from the end and is floored at 0 ({@code subarray(-2)} is the
   * last two bytes), an index past the end is the end, and {@code end <= start} gives an empty
   * buffer, as in Node.
   */
  @Override
  public Buffer subarray(int start, int end) {
    int from = TypedArrays.relative(start, length);
    int count = TypedArrays.rangeLength(from, TypedArrays.relative(end, length));
    return new Buffer(buffer, byteOffset + from, count);
  }

  /** {@code buf.slice()}: a view of the whole buffer, not a copy; see {@link #slice(int, int)}. */
  @Override
  public Buffer slice() {
    return subarray(0, length);
  }

  /** {@code buf.slice(start)}: a view from {@code start}, not a copy; see {@link #slice(int, int)}. */
  @Override
  public Buffer slice(int start) {
    return subarray(start, length);
  }

  /**
   * {@code buf.slice(start, end)}: the same as {@link #subarray(int, int)}, a <em>view</em> sharing
   * memory, not a copy (unlike {@link Uint8Array#slice(int, int)} and Java's {@code
   * Arrays.copyOfRange}). Deprecated in Node's documentation in favour of {@code subarray}.
   */
  @Override
  public Buffer slice(int start, int end) {
    return subarray(start, end);
  }

  /** {@code buf.reverse()}: reverses the bytes in place and returns this buffer. */
  @Override
  public Buffer reverse() {
    super.reverse();
    return self();
  }

  /** {@code buf.copyWithin(target, start)}: see {@link #copyWithin(int, int, int)}. */
  @Override
  public Buffer copyWithin(int target, int start) {
    return copyWithin(target, start, length);
  }

  /**
   * {@code buf.copyWithin(target, start, end)}: copies bytes {@code [start, end)} to {@code
   * target} in place and returns this buffer; see {@link Uint8Array#copyWithin(int, int, int)}.
   */
  @Override
  public Buffer copyWithin(int target, int start, int end) {
    super.copyWithin(target, start, end);
    return self();
  }

  /** {@code buf.sort()}: sorts the bytes ascending in place and returns this buffer. */
  @Override
  public Buffer sort() {
    super.sort();
    return self();
  }

  /**
   * {@code buf.map(callback)}: a new {@link Buffer} (never pooled, as Node's species constructor
   * gives) of {@code mapper}'s results, each stored as {@code & 0xFF}; see {@link
   * Uint8Array#map(IntUnaryOperator)}.
   */
  @Override
  public Buffer map(IntUnaryOperator mapper) {
    return (Buffer) super.map(mapper);
  }

  /**
   * {@code buf.filter(callback)}: a new {@link Buffer} (never pooled) of the bytes {@code
   * predicate} accepts; see {@link Uint8Array#filter(IntPredicate)}.
   */
  @Override
  public Buffer filter(IntPredicate predicate) {
    return (Buffer) super.filter(predicate);
  }

  /** A Buffer, never pooled: Node's {@code Buffer[Symbol.species]} makes {@code map}'s and {@code filter}'s results. */
  @Override
  final Uint8Array species(int length) {
    return Buffer.unpooled(length);
  }

  /**
   * {@code buf.toJSON()}: Node's {@code { type: 'Buffer', data: [ ...bytes ] }} as a new mutable
   * map whose iteration order is {@code type} ({@code "Buffer"}), then {@code data} (a new {@code
   * List<Integer>} of the byte values 0..255, empty for an empty buffer). Jackson, Gson and similar
   * serialise it as {@code JSON.stringify(buf)} does: {@code {"type":"Buffer","data":[1,2,3]}}.
   * A snapshot: later writes to the buffer do not change it.
   */
  public Map<String, Object> toJSON() {
    List<Integer> data = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      data.add(buffer.bytes[byteOffset + i] & 0xFF);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "Buffer");
    json.put("data", data);
    return json;
  }

  /**
   * {@code buf.inspect()} (what {@code util.inspect(buf)} and {@code console.log(buf)} print):
   * {@code <Buffer 68 69>}: the first {@link Buffers#INSPECT_MAX_BYTES()} bytes (50 by default) in
   * lower-case hex, then {@code ... N more bytes} ({@code byte} for one) if there are more; {@code
   * <Buffer >} when empty; {@code <Buffer  ... 3 more bytes>} (two spaces) with a limit of 0.
   *
   * @throws NodeArgumentException {@code ERR_STRING_TOO_LONG} ({@code Cannot create a string
   *     longer than 0x1fffffe8 characters}) if more than 268435444 bytes are to be shown (their
   *     hex passes {@link Buffers#kStringMaxLength()}), as Node's inspect, which starts with {@code
   *     hexSlice} of those bytes, throws; below that the text is made, where Node 22 aborts from
   *     about 5e7 bytes
   */
  @Override
  public String inspect() {
    return Inspect.buffer(this);
  }

  /**
   * {@code buf.parent}: the same as {@link #buffer()}.
   *
   * @deprecated as in Node's documentation; use {@link #buffer()}
   */
  @Deprecated
  public ArrayBuffer parent() {
    return buffer;
  }

  /**
   * {@code buf.offset}: the same as {@link #byteOffset()}.
   *
   * @deprecated as in Node's documentation; use {@link #byteOffset()}
   */
  @Deprecated
  public int offset() {
    return byteOffset;
  }

  /**
   * Java-only: a {@link ByteBuffer} view of exactly this buffer's bytes, sharing its memory
   * (writes either way are seen by the other). Each call returns a new {@link ByteBuffer} with
   * position 0, limit and capacity {@link #length()}, writable, and {@link
   * java.nio.ByteOrder#BIG_ENDIAN BIG_ENDIAN} as every new {@code ByteBuffer} is: call {@code
   * order(ByteOrder.LITTLE_ENDIAN)} to match Node's {@code *LE} methods.
   *
   * <p>Its {@code get}/{@code put} methods reach only this buffer's bytes, even for a pooled
   * buffer or a view. Like {@link #buffer()}, though, {@code array()} is the whole backing memory
   * (for a pooled buffer, the slab shared with other buffers), with {@code arrayOffset()} equal to
   * {@link #byteOffset()}.
   */
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(buffer.bytes, byteOffset, length).slice();
  }

  /**
   * Java-only: an {@link InputStream} of this buffer's bytes, from index 0 to {@link #length()}.
   *
   * <p>It reads the buffer live: a byte changed before the stream reaches it is read as changed.
   * {@code read(byte[], int, int)}, {@code readAllBytes}, {@code skip} and {@code available} work
   * on the whole remaining range at once; {@code transferTo} copies in chunks, so that the
   * backing memory (for a pooled buffer, a slab shared with other buffers) is never handed to the
   * {@link OutputStream}. Marks are supported, with no read limit; {@code reset()} without a mark
   * goes back to the start. {@code close()} has no effect, as for {@link
   * java.io.ByteArrayInputStream}. Not synchronised. Never throws {@link IOException}, except
   * {@link java.io.EOFException} from {@code skipNBytes} past the end, as its contract says.
   */
  public InputStream asInputStream() {
    return new BufferInputStream(buffer.bytes, byteOffset, byteOffset + length);
  }

  /**
   * Java-only: an {@link OutputStream} that writes into this buffer from index 0 on, as a fixed
   * capacity of {@link #length()} bytes.
   *
   * <p>A write that does not fit in the room left throws {@link java.io.EOFException} and writes
   * none of its bytes, so the bytes of every write that returned are in the buffer and nothing
   * else changed. {@code flush()} and {@code close()} have no effect (the bytes are in the buffer
   * at once; writing after {@code close()} still works, as for {@link
   * java.io.ByteArrayOutputStream}). Not synchronised. To write from an index {@code i}, take
   * the stream of a view starting at {@code i}.
   */
  public OutputStream asOutputStream() {
    return new BufferOutputStream(buffer.bytes, byteOffset, byteOffset + length);
  }
}
