package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;
import dev.nodebuffer.pool.SlabWriter;
import dev.nodebuffer.pool.Slice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Node.js's {@code Buffer}: a {@link Uint8Array} with Node's factories, encodings and pool.
 *
 * <p>Names follow Node's: {@code Buffer.alloc(n)} is {@link #alloc(int)}, the property
 * {@code buf.length} is {@link #length()}, {@code Buffer.poolSize = n} is {@link
 * #setPoolSize(int)}. Results, pool placement ({@link #buffer()}, {@link #byteOffset()}) and
 * errors (code and message) are Node 22's.
 *
 * <h2>The pool</h2>
 *
 * <p>As in Node, small {@link #allocUnsafe(int)} and {@link #from(String)} results are carved out
 * of a shared slab of {@link #poolSize()} bytes (8192 by default), 8-byte aligned: two
 * {@code allocUnsafe(4)} in a row share one {@link #buffer()} and their offsets differ by 8. A
 * request is pooled when {@code 0 < size < poolSize() >>> 1}. Node has one pool per thread
 * (worker); so does this library by default, so that each thread sees Node's sequence of offsets.
 * The system property {@code dev.nodebuffer.pool=shared} selects one pool shared by all threads
 * instead. Either way no two live buffers ever overlap.
 */
public class Buffer extends Uint8Array implements Comparable<Buffer> {

  Buffer(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /**
   * {@code Buffer.alloc(size)}: a zero-filled buffer over an {@link ArrayBuffer} of its own (never
   * pooled).
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative
   */
  public static Buffer alloc(int size) {
    return unpooled(checkSize(size));
  }

  /**
   * {@code Buffer.allocUnsafe(size)}: a buffer whose contents are unspecified (in this library they
   * are zero, as a slab is never reused). Taken from the pool when {@code 0 < size < poolSize()
   * >>> 1}; otherwise over an {@link ArrayBuffer} of its own. {@code allocUnsafe(0)} is a new empty
   * buffer.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative
   */
  public static Buffer allocUnsafe(int size) {
    Slice<ArrayBuffer> slice = Pool.POOL.allocate(checkSize(size));
    return slice != null ? view(slice) : unpooled(size);
  }

  /**
   * {@code Buffer.allocUnsafeSlow(size)}: like {@link #allocUnsafe(int)} but never pooled.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative
   */
  public static Buffer allocUnsafeSlow(int size) {
    return unpooled(checkSize(size));
  }

  /** {@code Buffer.from(string)}: the UTF-8 bytes of {@code string}; see {@link #from(String, String)}. */
  public static Buffer from(String string) {
    return from(string, null);
  }

  /**
   * {@code Buffer.from(string, encoding)}: {@code string} encoded with {@code encoding}.
   *
   * <p>A {@code null} or empty {@code encoding} means UTF-8, as {@code undefined} and {@code ''} do
   * in Node. An empty string gives a new empty buffer. Otherwise the result is placed as Node
   * places it: pooled when {@code string.length() < poolSize() >>> 1} and the space reserved for it
   * (4 bytes per UTF-16 unit, or the exact byte length when that reservation is half a pool or
   * more) is under half a pool; a reservation that does not fit the slab's rest starts a new slab
   * even when the real bytes would have fitted.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} if Node does not know {@code
   *     encoding} (checked even for an empty string); {@code ERR_INVALID_ARG_TYPE} if {@code
   *     string} is {@code null}
   */
  public static Buffer from(String string, @Nullable String encoding) {
    if (string == null) {
      throw Errors.invalidArgTypeNull(
          "The first argument",
          "of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object");
    }
    Encoding codec = encodingOrUtf8(encoding);
    if (string.isEmpty()) {
      return unpooled(0);
    }
    return fromString(string, codec);
  }

  /** Node's {@code fromStringFast}: the pooled string path, and its fall-back to an own buffer. */
  private static Buffer fromString(String string, Encoding codec) {
    int half = Pool.POOL.poolSize() >>> 1;
    if (string.length() < half) {
      // Node reserves 4 bytes per UTF-16 unit, whatever the encoding; only a reservation of half
      // a pool or more is replaced by the (slower to compute) real byte length.
      long reservation = 4L * string.length();
      SlabWriter<ArrayBuffer> writer =
          (slab, offset, room) -> codec.encode(string, slab.bytes, offset, room);
      if (reservation >= half) {
        // UTF-8 takes at most 3 bytes per unit. When 3 per unit is under half a pool and fits in
        // the slab's rest, the exact length would too: Node would write right there, no new slab,
        // and with room for the whole string the encoder writes what it would with the exact
        // room. So the byte count (a scan of the string) is skipped (allocateIfRoom returns null,
        // changing nothing, when the bound does not settle the place). With the default pool this
        // is strings of 1024 to 1365 units. Measured on JDK 25, CPU time per call, 3 runs each:
        // 1024 ASCII units 259-278 -> 247-268 ns, 1024 units of mixed text 2.44-3.34 -> 2.47-2.64 us.
        if (codec == Encoding.UTF8 && 3L * string.length() < half) {
          Slice<ArrayBuffer> slice = Pool.POOL.allocateIfRoom(3 * string.length(), writer);
          if (slice != null) {
            return view(slice);
          }
        }
        reservation = codec.byteLength(string);
      }
      if (reservation < half) {
        Slice<ArrayBuffer> slice = Pool.POOL.allocate((int) reservation, writer);
        if (slice != null) {
          return view(slice);
        }
      }
    }
    // Node's createFromString: an own buffer of byteLength bytes, viewed up to what was written.
    ArrayBuffer own = new ArrayBuffer(codec.byteLength(string));
    int written = codec.encode(string, own.bytes, 0, own.byteLength());
    return new Buffer(own, 0, written);
  }

  /**
   * The encoding named {@code encoding} for {@code from}, {@code write} and {@code fill}: a
   * missing or empty name is UTF-8 (Node's {@code !encoding}), an unknown one is an error.
   */
  private static Encoding encodingOrUtf8(@Nullable String encoding) {
    return encoding == null || encoding.isEmpty() ? Encoding.UTF8 : known(encoding);
  }

  /** The encoding named {@code encoding}, which must be one Node knows. */
  private static Encoding known(String encoding) {
    Encoding resolved = Encoding.lookup(encoding);
    if (resolved == null) {
      throw Errors.unknownEncoding(encoding);
    }
    return resolved;
  }

  // ---- Factories from bytes: alloc with fill, from(array, ArrayBuffer, view, object), concat ----

  /**
   * {@code Buffer.isEncoding(encoding)}: whether {@code encoding} names an encoding Node knows,
   * case-insensitively ({@code "UTF-8"}, {@code "binary"}, {@code "ucs-2"}). {@code null} and
   * {@code ""} are not encodings here, although {@code from}, {@code write} and {@code fill} take
   * them as UTF-8.
   */
  public static boolean isEncoding(@Nullable String encoding) {
    return encoding != null && !encoding.isEmpty() && Encoding.lookup(encoding) != null;
  }

  /** {@code Buffer.byteLength(string)}: the UTF-8 length of {@code string}. */
  public static int byteLength(String string) {
    return byteLength(string, null);
  }

  /**
   * {@code Buffer.byteLength(string, encoding)}: how many bytes {@code Buffer.from(string,
   * encoding)} needs at most. Exact for utf8, utf16le, latin1 and ascii; for base64 and hex it is
   * Node's estimate from the string's length ({@code "QUJDRA==="} gives 5 although it decodes to
   * 4 bytes). A missing, empty or unknown encoding means UTF-8: this function never rejects one.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code string} is {@code null}
   */
  public static int byteLength(String string, @Nullable String encoding) {
    if (string == null) {
      throw Errors.invalidArgTypeNull(
          "The \"string\" argument", "of type string or an instance of Buffer or ArrayBuffer");
    }
    Encoding known = encoding == null || encoding.isEmpty() ? null : Encoding.lookup(encoding);
    return (known != null ? known : Encoding.UTF8).byteLength(string);
  }

  /**
   * {@code Buffer.poolSize}: the size of each new slab, 8192 by default. Requests under half of it
   * are pooled.
   */
  public static int poolSize() {
    return Pool.POOL.poolSize();
  }

  /**
   * {@code Buffer.poolSize = poolSize}. As in Node the pooling threshold changes at once, while the
   * current slab keeps its size until a request no longer fits it.
   *
   * @throws IllegalArgumentException if {@code poolSize} is negative (Node accepts any number)
   */
  public static void setPoolSize(int poolSize) {
    Pool.POOL.setPoolSize(poolSize);
  }

  /** {@code buf.toString()}: the bytes decoded as UTF-8, invalid sequences replaced as Node does. */
  @Override
  public String toString() {
    return decode(Encoding.UTF8, 0, length);
  }

  /** {@code buf.toString(encoding)}: see {@link #toString(String, int, int)}. */
  public String toString(@Nullable String encoding) {
    return toString(encoding, 0, length);
  }

  /** {@code buf.toString(encoding, start)}: see {@link #toString(String, int, int)}. */
  public String toString(@Nullable String encoding, int start) {
    return toString(encoding, start, length);
  }

  /**
   * {@code buf.toString(encoding, start, end)}: bytes {@code [start, end)} decoded with {@code
   * encoding}.
   *
   * <p>Never throws for positions, as in Node: a negative {@code start} means 0, an {@code end}
   * past the length means the length, and an empty range gives {@code ""}, <em>before</em> the
   * encoding is looked at ({@code toString("bogus", 10)} on a short buffer is {@code ""}). A
   * {@code null} encoding means UTF-8, as {@code undefined} does in Node; {@code ""} is unknown.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know
   *     (when the range is not empty); {@code ERR_STRING_TOO_LONG} (an {@code Error}) when the
   *     result would be longer than Node's {@code kStringMaxLength}, 536870888 characters (for
   *     UTF-8 Node compares the byte count)
   */
  public String toString(@Nullable String encoding, int start, int end) {
    int from = Math.max(start, 0);
    if (from >= length) {
      return "";
    }
    int to = Math.min(end, length);
    if (to <= from) {
      return "";
    }
    return decode(encoding == null ? Encoding.UTF8 : known(encoding), from, to);
  }

  private String decode(Encoding encoding, int start, int end) {
    if (Strings.decodedLength(encoding, end - start) > Strings.K_STRING_MAX_LENGTH) {
      throw Errors.stringTooLong();
    }
    return encoding.decode(buffer.bytes, byteOffset + start, end - start);
  }

  /** {@code buf.write(string)}: writes {@code string} as UTF-8 from offset 0; see {@link #write(String, int, int, String)}. */
  public int write(String string) {
    return writeChecked(string, Encoding.UTF8, 0, length);
  }

  /** {@code buf.write(string, encoding)}: from offset 0; see {@link #write(String, int, int, String)}. */
  public int write(String string, @Nullable String encoding) {
    return writeChecked(string, encodingOrUtf8(encoding), 0, length);
  }

  /** {@code buf.write(string, offset)}: as UTF-8; see {@link #write(String, int, int, String)}. */
  public int write(String string, int offset) {
    return write(string, offset, length - checkWriteOffset(offset), null);
  }

  /** {@code buf.write(string, offset, encoding)}: see {@link #write(String, int, int, String)}. */
  public int write(String string, int offset, @Nullable String encoding) {
    return write(string, offset, length - checkWriteOffset(offset), encoding);
  }

  /** {@code buf.write(string, offset, length)}: as UTF-8; see {@link #write(String, int, int, String)}. */
  public int write(String string, int offset, int length) {
    return write(string, offset, length, null);
  }

  /**
   * {@code buf.write(string, offset, length, encoding)}: writes {@code string}, encoded, into
   * {@code [offset, offset + length)} and returns the number of bytes written.
   *
   * <p>As in Node, only whole characters are written and writing stops at the first one that does
   * not fit ({@code Buffer.alloc(4).write("a😀")} is 1); hex and base64 text is decoded until
   * the room runs out or, for hex, the first invalid pair. Bytes past the count are untouched.
   * {@code length} must be at most the buffer's length (not the room after {@code offset}) and is
   * then clamped to that room. A {@code null} or empty encoding means UTF-8.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length()]} or {@code length} outside {@code [0, length()]}
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know;
   *     {@code ERR_INVALID_ARG_TYPE} if {@code string} is {@code null} (checked after the encoding)
   */
  public int write(String string, int offset, int length, @Nullable String encoding) {
    checkWriteOffset(offset);
    if (length < 0 || length > this.length) {
      throw Errors.positionOutOfRange("length", ">= 0 && <= " + this.length, length);
    }
    return writeChecked(string, encodingOrUtf8(encoding), offset, Math.min(length, this.length - offset));
  }

  private int checkWriteOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw Errors.positionOutOfRange("offset", ">= 0 && <= " + length, offset);
    }
    return offset;
  }

  private int writeChecked(String string, Encoding encoding, int offset, int room) {
    if (string == null) {
      throw Errors.argumentMustBeAString();
    }
    return encoding.encode(string, buffer.bytes, byteOffset + offset, room);
  }

  /** {@code buf.fill(value)}: fills with {@code value & 0xFF}; see {@link #fill(int, int, int)}. */
  public Buffer fill(int value) {
    return fill(value, 0, length);
  }

  /** {@code buf.fill(value, offset)}: see {@link #fill(int, int, int)}. */
  public Buffer fill(int value, int offset) {
    return fill(value, offset, length);
  }

  /**
   * {@code buf.fill(value, offset, end)}: sets every byte of {@code [offset, end)} to {@code value
   * & 0xFF} (257 gives 1, -1 gives 255), as Node's ToUint8 does, and returns this buffer. An
   * {@code offset} at or past {@code end} (even past the length) changes nothing.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative or {@code end}
   *     outside {@code [0, length()]}
   */
  public Buffer fill(int value, int offset, int end) {
    if (checkFillRange(offset, end)) {
      Arrays.fill(buffer.bytes, byteOffset + offset, byteOffset + end, (byte) value);
    }
    return this;
  }

  /** {@code buf.fill(string)}: as UTF-8 over the whole buffer; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value) {
    return fill(value, null);
  }

  /** {@code buf.fill(string, encoding)}: over the whole buffer; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, @Nullable String encoding) {
    if (value == null) {
      return fill(0);
    }
    return fillPattern(value, encodingOrUtf8(encoding), 0, length);
  }

  /** {@code buf.fill(string, offset)}: as UTF-8; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, int offset) {
    return fill(value, offset, length, null);
  }

  /** {@code buf.fill(string, offset, encoding)}: see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, int offset, @Nullable String encoding) {
    return fill(value, offset, length, encoding);
  }

  /** {@code buf.fill(string, offset, end)}: as UTF-8; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, int offset, int end) {
    return fill(value, offset, end, null);
  }

  /**
   * {@code buf.fill(string, offset, end, encoding)}: repeats the bytes of {@code value}, encoded,
   * over {@code [offset, end)} and returns this buffer. The last copy is cut wherever the range
   * ends, even inside a character ({@code Buffer.alloc(5).fill("😀")} is {@code f0 9f 98 80 f0}).
   * An empty string fills with zeros; so does a {@code null} value, as {@code undefined} does in
   * Node (the encoding is then ignored). A {@code null} or empty encoding means UTF-8.
   *
   * <p>The order of checks is Node's: the encoding first (even for an empty range), then the
   * range; an empty range ({@code offset >= end}, even with {@code offset} past the length)
   * changes nothing and does not look at {@code value}.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know;
   *     {@code ERR_INVALID_ARG_VALUE} if {@code value} encodes to no bytes (hex {@code "zz"})
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative or {@code end}
   *     outside {@code [0, length()]}
   */
  public Buffer fill(String value, int offset, int end, @Nullable String encoding) {
    if (value == null) {
      return fill(0, offset, end);
    }
    Encoding known = encodingOrUtf8(encoding);
    return checkFillRange(offset, end) ? fillPattern(value, known, offset, end) : this;
  }

  private Buffer fillPattern(String value, Encoding encoding, int offset, int end) {
    int start = byteOffset + offset;
    int stop = byteOffset + end;
    if (start >= stop) {
      return this;
    }
    if (value.isEmpty()) {
      Arrays.fill(buffer.bytes, start, stop, (byte) 0);
      return this;
    }
    byte[] pattern = new byte[encoding.byteLength(value)];
    int patternLength = encoding.encode(value, pattern, 0, pattern.length);
    if (patternLength == 0) {
      throw Errors.invalidArgValue("value", Strings.inspect(value));
    }
    repeat(pattern, patternLength, buffer.bytes, start, stop);
    return this;
  }

  /** Node's fill: copies the pattern, then doubles what is written until the range is full. */
  private static void repeat(byte[] pattern, int patternLength, byte[] dst, int start, int stop) {
    int first = Math.min(patternLength, stop - start);
    System.arraycopy(pattern, 0, dst, start, first);
    for (int filled = first; filled < stop - start; filled *= 2) {
      System.arraycopy(dst, start, dst, start + filled, Math.min(filled, stop - start - filled));
    }
  }

  /** Node's fill range checks; returns whether {@code [offset, end)} is non-empty. */
  private boolean checkFillRange(int offset, int end) {
    if (offset < 0) {
      throw Errors.positionOutOfRange("offset", ">= 0 && <= " + Errors.K_MAX_LENGTH, offset);
    }
    if (end < 0 || end > length) {
      throw Errors.positionOutOfRange("end", ">= 0 && <= " + length, end);
    }
    return offset < end;
  }

  // ---- Numbers: the read*/write* family and swap16/32/64 ----

  // ---- Search and comparison: indexOf, lastIndexOf, includes, compare, equals, copy ----

  // ---- Views and conversions: subarray, slice, toJSON, keys, values, entries, inspect ----

  // ---- Java interop: wrap, asByteBuffer, streams, Comparable, equals, hashCode ----

  /**
   * Java-only: a buffer over {@code array} itself, without copying. Writes through the buffer are
   * seen in {@code array} and the other way round. The buffer is never pooled: its {@link
   * #buffer()} is an {@link ArrayBuffer} over exactly {@code array}, at {@link #byteOffset()} 0.
   *
   * <p>Node has no equivalent (its nearest is {@code Buffer.from(arrayBuffer)}, a view that shares
   * memory). Being Java-only, this follows Java's conventions for arguments, as {@link
   * ByteBuffer#wrap(byte[])} does, not Node's errors.
   *
   * @throws NullPointerException if {@code array} is {@code null}
   */
  public static Buffer wrap(byte[] array) {
    Objects.requireNonNull(array, "array");
    return new Buffer(new ArrayBuffer(array), 0, array.length);
  }

  /**
   * Java-only: a buffer over {@code array[offset, offset + length)}, without copying, like {@link
   * ByteBuffer#wrap(byte[], int, int)}. Its {@link #buffer()} is an {@link ArrayBuffer} over the
   * whole of {@code array} and its {@link #byteOffset()} is {@code offset}, just as a view made
   * with {@code Buffer.from(arrayBuffer, offset, length)} is in Node; the bytes outside the range
   * are reachable through {@code buffer()} only.
   *
   * <p>Java conventions for arguments, not Node's errors (see {@link #wrap(byte[])}).
   *
   * @throws NullPointerException if {@code array} is {@code null}
   * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or {@code
   *     offset + length > array.length} (from {@link Objects#checkFromIndexSize}; not a {@link
   *     NodeError})
   */
  public static Buffer wrap(byte[] array, int offset, int length) {
    Objects.requireNonNull(array, "array");
    Objects.checkFromIndexSize(offset, length, array.length);
    return new Buffer(new ArrayBuffer(array), offset, length);
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

  /**
   * Java-only ({@link Comparable}): orders buffers exactly as Node's {@code Buffer.compare(this,
   * other)} does, and returns what it returns: -1, 0 or 1. Bytes compare as unsigned values
   * ({@code 0x80} after {@code 0x7f}); when one buffer is a prefix of the other, the shorter comes
   * first. Consistent with {@link #equals(Object)}: 0 exactly when the bytes are the same.
   *
   * @throws NullPointerException if {@code other} is {@code null}, as {@link Comparable} requires
   */
  @Override
  public int compareTo(Buffer other) {
    Objects.requireNonNull(other, "other");
    return ByteRanges.compare(this, other);
  }

  /**
   * Java-only: whether {@code other} is a {@link Buffer} holding the same bytes, wherever they are
   * (another slab, another offset, the same memory). A plain {@link Uint8Array} is never equal to
   * a {@code Buffer} here, so that equality stays symmetric. Like {@link ByteBuffer#equals}, this
   * depends on mutable contents.
   *
   * <p>This is {@code Object.equals}, not Node's {@code buf.equals(otherBuffer)}; for a {@code
   * Buffer} argument the two agree.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof Buffer that && ByteRanges.sameBytes(this, that));
  }

  /**
   * Java-only: a hash of this buffer's bytes, consistent with {@link #equals(Object)}: {@code
   * Arrays.hashCode} of the same bytes as a {@code byte[]}. As for {@link ByteBuffer#hashCode()}, it
   * changes when the contents change, so a buffer used as a key in a hash-based collection must not
   * be modified while it is there (the collection would lose it). Takes time proportional to
   * {@link #length()}.
   */
  @Override
  public int hashCode() {
    return ByteRanges.hash(this);
  }

  private static int checkSize(int size) {
    if (size < 0) {
      throw Errors.outOfRange("size", ">= 0 && <= " + Errors.K_MAX_LENGTH, size);
    }
    return size;
  }

  private static Buffer unpooled(int size) {
    return new Buffer(new ArrayBuffer(size), 0, size);
  }

  private static Buffer view(Slice<ArrayBuffer> slice) {
    return new Buffer(slice.slab(), slice.offset(), slice.length());
  }
}
