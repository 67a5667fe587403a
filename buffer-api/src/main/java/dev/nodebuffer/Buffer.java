package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;
import dev.nodebuffer.pool.Slice;
import java.math.BigInteger;
import java.util.Arrays;
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
public class Buffer extends Uint8Array {

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
      if (reservation >= half) {
        reservation = codec.byteLength(string);
      }
      if (reservation < half) {
        Slice<ArrayBuffer> slice =
            Pool.POOL.allocate(
                (int) reservation,
                (slab, offset, room) -> codec.encode(string, slab.bytes, offset, room));
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
  //
  // Node's numbers are doubles. Each read returns a Java type that holds Node's value exactly (int;
  // long for unsigned 32-bit and 48-bit; double for floats, widened as Node widens them;
  // BigInteger for the 64-bit BigInt reads). Each integer write takes a type that holds every
  // integer Node accepts (int up to 16 bits, long for 32 and 48 bits, BigInteger for 64), checks
  // it as Node does and returns offset + width. Offsets are int; Node's default offset 0 is the
  // overload without it. The work is in NumberAccess.

  /** {@code buf.readUInt8()}: {@link #readUInt8(int)} at offset 0. */
  public int readUInt8() {
    return readUInt8(0);
  }

  /**
   * {@code buf.readUInt8(offset)}: the byte at {@code offset} as an unsigned integer, 0..255.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int readUInt8(int offset) {
    return NumberAccess.readUInt8(this, offset);
  }

  /** {@code buf.readUint8()}: the alias of {@link #readUInt8()}. */
  public int readUint8() {
    return readUInt8(0);
  }

  /** {@code buf.readUint8(offset)}: the alias of {@link #readUInt8(int)}. */
  public int readUint8(int offset) {
    return readUInt8(offset);
  }

  /** {@code buf.readInt8()}: {@link #readInt8(int)} at offset 0. */
  public int readInt8() {
    return readInt8(0);
  }

  /**
   * {@code buf.readInt8(offset)}: the byte at {@code offset} as a two's complement signed integer,
   * -128..127.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int readInt8(int offset) {
    return NumberAccess.readInt8(this, offset);
  }

  /** {@code buf.readUInt16LE()}: {@link #readUInt16LE(int)} at offset 0. */
  public int readUInt16LE() {
    return readUInt16LE(0);
  }

  /**
   * {@code buf.readUInt16LE(offset)}: the little-endian unsigned 16-bit integer at {@code offset},
   * 0..65535.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readUInt16LE(int offset) {
    return NumberAccess.readUInt16(this, offset, false);
  }

  /** {@code buf.readUint16LE()}: the alias of {@link #readUInt16LE()}. */
  public int readUint16LE() {
    return readUInt16LE(0);
  }

  /** {@code buf.readUint16LE(offset)}: the alias of {@link #readUInt16LE(int)}. */
  public int readUint16LE(int offset) {
    return readUInt16LE(offset);
  }

  /** {@code buf.readUInt16BE()}: {@link #readUInt16BE(int)} at offset 0. */
  public int readUInt16BE() {
    return readUInt16BE(0);
  }

  /**
   * {@code buf.readUInt16BE(offset)}: the big-endian unsigned 16-bit integer at {@code offset},
   * 0..65535.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readUInt16BE(int offset) {
    return NumberAccess.readUInt16(this, offset, true);
  }

  /** {@code buf.readUint16BE()}: the alias of {@link #readUInt16BE()}. */
  public int readUint16BE() {
    return readUInt16BE(0);
  }

  /** {@code buf.readUint16BE(offset)}: the alias of {@link #readUInt16BE(int)}. */
  public int readUint16BE(int offset) {
    return readUInt16BE(offset);
  }

  /** {@code buf.readInt16LE()}: {@link #readInt16LE(int)} at offset 0. */
  public int readInt16LE() {
    return readInt16LE(0);
  }

  /**
   * {@code buf.readInt16LE(offset)}: the little-endian two's complement 16-bit integer at {@code
   * offset}, -32768..32767.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readInt16LE(int offset) {
    return NumberAccess.readInt16(this, offset, false);
  }

  /** {@code buf.readInt16BE()}: {@link #readInt16BE(int)} at offset 0. */
  public int readInt16BE() {
    return readInt16BE(0);
  }

  /**
   * {@code buf.readInt16BE(offset)}: the big-endian two's complement 16-bit integer at {@code
   * offset}, -32768..32767.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readInt16BE(int offset) {
    return NumberAccess.readInt16(this, offset, true);
  }

  /** {@code buf.readUInt32LE()}: {@link #readUInt32LE(int)} at offset 0. */
  public long readUInt32LE() {
    return readUInt32LE(0);
  }

  /**
   * {@code buf.readUInt32LE(offset)}: the little-endian unsigned 32-bit integer at {@code offset},
   * 0..4294967295 (a {@code long}, as an {@code int} cannot hold it).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public long readUInt32LE(int offset) {
    return NumberAccess.readUInt32LE(this, offset);
  }

  /** {@code buf.readUint32LE()}: the alias of {@link #readUInt32LE()}. */
  public long readUint32LE() {
    return readUInt32LE(0);
  }

  /** {@code buf.readUint32LE(offset)}: the alias of {@link #readUInt32LE(int)}. */
  public long readUint32LE(int offset) {
    return readUInt32LE(offset);
  }

  /** {@code buf.readUInt32BE()}: {@link #readUInt32BE(int)} at offset 0. */
  public long readUInt32BE() {
    return readUInt32BE(0);
  }

  /**
   * {@code buf.readUInt32BE(offset)}: the big-endian unsigned 32-bit integer at {@code offset},
   * 0..4294967295 (a {@code long}, as an {@code int} cannot hold it).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public long readUInt32BE(int offset) {
    return NumberAccess.readUInt32BE(this, offset);
  }

  /** {@code buf.readUint32BE()}: the alias of {@link #readUInt32BE()}. */
  public long readUint32BE() {
    return readUInt32BE(0);
  }

  /** {@code buf.readUint32BE(offset)}: the alias of {@link #readUInt32BE(int)}. */
  public long readUint32BE(int offset) {
    return readUInt32BE(offset);
  }

  /** {@code buf.readInt32LE()}: {@link #readInt32LE(int)} at offset 0. */
  public int readInt32LE() {
    return readInt32LE(0);
  }

  /**
   * {@code buf.readInt32LE(offset)}: the little-endian two's complement 32-bit integer at {@code
   * offset}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int readInt32LE(int offset) {
    return NumberAccess.readInt32LE(this, offset);
  }

  /** {@code buf.readInt32BE()}: {@link #readInt32BE(int)} at offset 0. */
  public int readInt32BE() {
    return readInt32BE(0);
  }

  /**
   * {@code buf.readInt32BE(offset)}: the big-endian two's complement 32-bit integer at {@code
   * offset}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int readInt32BE(int offset) {
    return NumberAccess.readInt32BE(this, offset);
  }

  /** {@code buf.readFloatLE()}: {@link #readFloatLE(int)} at offset 0. */
  public double readFloatLE() {
    return readFloatLE(0);
  }

  /**
   * {@code buf.readFloatLE(offset)}: the little-endian 32-bit IEEE 754 float at {@code offset},
   * widened exactly to a {@code double} as Node returns it ({@code 0.1f}'s bytes read as {@code
   * 0.10000000149011612}); NaN, infinities and {@code -0.0} as stored.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public double readFloatLE(int offset) {
    return NumberAccess.readFloatLE(this, offset);
  }

  /** {@code buf.readFloatBE()}: {@link #readFloatBE(int)} at offset 0. */
  public double readFloatBE() {
    return readFloatBE(0);
  }

  /**
   * {@code buf.readFloatBE(offset)}: the big-endian 32-bit IEEE 754 float at {@code offset},
   * widened exactly to a {@code double} as Node returns it ({@code 0.1f}'s bytes read as {@code
   * 0.10000000149011612}); NaN, infinities and {@code -0.0} as stored.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public double readFloatBE(int offset) {
    return NumberAccess.readFloatBE(this, offset);
  }

  /** {@code buf.readDoubleLE()}: {@link #readDoubleLE(int)} at offset 0. */
  public double readDoubleLE() {
    return readDoubleLE(0);
  }

  /**
   * {@code buf.readDoubleLE(offset)}: the little-endian 64-bit IEEE 754 double at {@code offset},
   * NaN payloads kept.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public double readDoubleLE(int offset) {
    return NumberAccess.readDoubleLE(this, offset);
  }

  /** {@code buf.readDoubleBE()}: {@link #readDoubleBE(int)} at offset 0. */
  public double readDoubleBE() {
    return readDoubleBE(0);
  }

  /**
   * {@code buf.readDoubleBE(offset)}: the big-endian 64-bit IEEE 754 double at {@code offset}, NaN
   * payloads kept.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public double readDoubleBE(int offset) {
    return NumberAccess.readDoubleBE(this, offset);
  }

  /** {@code buf.readBigUInt64LE()}: {@link #readBigUInt64LE(int)} at offset 0. */
  public BigInteger readBigUInt64LE() {
    return readBigUInt64LE(0);
  }

  /**
   * {@code buf.readBigUInt64LE(offset)}: the little-endian unsigned 64-bit integer at {@code
   * offset}, 0..2^64-1, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigUInt64LE(int offset) {
    return NumberAccess.readBigUInt64(this, offset, false);
  }

  /** {@code buf.readBigUint64LE()}: the alias of {@link #readBigUInt64LE()}. */
  public BigInteger readBigUint64LE() {
    return readBigUInt64LE(0);
  }

  /** {@code buf.readBigUint64LE(offset)}: the alias of {@link #readBigUInt64LE(int)}. */
  public BigInteger readBigUint64LE(int offset) {
    return readBigUInt64LE(offset);
  }

  /** {@code buf.readBigUInt64BE()}: {@link #readBigUInt64BE(int)} at offset 0. */
  public BigInteger readBigUInt64BE() {
    return readBigUInt64BE(0);
  }

  /**
   * {@code buf.readBigUInt64BE(offset)}: the big-endian unsigned 64-bit integer at {@code offset},
   * 0..2^64-1, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigUInt64BE(int offset) {
    return NumberAccess.readBigUInt64(this, offset, true);
  }

  /** {@code buf.readBigUint64BE()}: the alias of {@link #readBigUInt64BE()}. */
  public BigInteger readBigUint64BE() {
    return readBigUInt64BE(0);
  }

  /** {@code buf.readBigUint64BE(offset)}: the alias of {@link #readBigUInt64BE(int)}. */
  public BigInteger readBigUint64BE(int offset) {
    return readBigUInt64BE(offset);
  }

  /** {@code buf.readBigInt64LE()}: {@link #readBigInt64LE(int)} at offset 0. */
  public BigInteger readBigInt64LE() {
    return readBigInt64LE(0);
  }

  /**
   * {@code buf.readBigInt64LE(offset)}: the little-endian two's complement 64-bit integer at {@code
   * offset}, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigInt64LE(int offset) {
    return NumberAccess.readBigInt64(this, offset, false);
  }

  /** {@code buf.readBigInt64BE()}: {@link #readBigInt64BE(int)} at offset 0. */
  public BigInteger readBigInt64BE() {
    return readBigInt64BE(0);
  }

  /**
   * {@code buf.readBigInt64BE(offset)}: the big-endian two's complement 64-bit integer at {@code
   * offset}, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigInt64BE(int offset) {
    return NumberAccess.readBigInt64(this, offset, true);
  }

  /**
   * {@code buf.readUIntLE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * little-endian unsigned integer, exact up to 48 bits. Node has no default for either argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readUIntLE(int offset, int byteLength) {
    return NumberAccess.readUInt(this, offset, byteLength, false);
  }

  /** {@code buf.readUintLE(offset, byteLength)}: the alias of {@link #readUIntLE(int, int)}. */
  public long readUintLE(int offset, int byteLength) {
    return readUIntLE(offset, byteLength);
  }

  /**
   * {@code buf.readUIntBE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * big-endian unsigned integer, exact up to 48 bits. Node has no default for either argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readUIntBE(int offset, int byteLength) {
    return NumberAccess.readUInt(this, offset, byteLength, true);
  }

  /** {@code buf.readUintBE(offset, byteLength)}: the alias of {@link #readUIntBE(int, int)}. */
  public long readUintBE(int offset, int byteLength) {
    return readUIntBE(offset, byteLength);
  }

  /**
   * {@code buf.readIntLE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * little-endian two's complement signed integer, exact up to 48 bits. Node has no default for
   * either argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readIntLE(int offset, int byteLength) {
    return NumberAccess.readInt(this, offset, byteLength, false);
  }

  /**
   * {@code buf.readIntBE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * big-endian two's complement signed integer, exact up to 48 bits. Node has no default for either
   * argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readIntBE(int offset, int byteLength) {
    return NumberAccess.readInt(this, offset, byteLength, true);
  }

  /** {@code buf.writeUInt8(value)}: {@link #writeUInt8(int, int)} at offset 0. */
  public int writeUInt8(int value) {
    return writeUInt8(value, 0);
  }

  /**
   * {@code buf.writeUInt8(value, offset)}: writes {@code value} as one unsigned byte at {@code
   * offset}, and returns {@code offset + 1}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..255
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int writeUInt8(int value, int offset) {
    return NumberAccess.writeUInt8(this, value, offset);
  }

  /** {@code buf.writeUint8(value)}: the alias of {@link #writeUInt8(int)}. */
  public int writeUint8(int value) {
    return writeUInt8(value, 0);
  }

  /** {@code buf.writeUint8(value, offset)}: the alias of {@link #writeUInt8(int, int)}. */
  public int writeUint8(int value, int offset) {
    return writeUInt8(value, offset);
  }

  /** {@code buf.writeInt8(value)}: {@link #writeInt8(int, int)} at offset 0. */
  public int writeInt8(int value) {
    return writeInt8(value, 0);
  }

  /**
   * {@code buf.writeInt8(value, offset)}: writes {@code value} as one two's complement byte at
   * {@code offset}, and returns {@code offset + 1}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside -128..127
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int writeInt8(int value, int offset) {
    return NumberAccess.writeInt8(this, value, offset);
  }

  /** {@code buf.writeUInt16LE(value)}: {@link #writeUInt16LE(int, int)} at offset 0. */
  public int writeUInt16LE(int value) {
    return writeUInt16LE(value, 0);
  }

  /**
   * {@code buf.writeUInt16LE(value, offset)}: writes {@code value} as a little-endian unsigned
   * 16-bit integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..65535
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeUInt16LE(int value, int offset) {
    return NumberAccess.writeUInt16(this, value, offset, false);
  }

  /** {@code buf.writeUint16LE(value)}: the alias of {@link #writeUInt16LE(int)}. */
  public int writeUint16LE(int value) {
    return writeUInt16LE(value, 0);
  }

  /** {@code buf.writeUint16LE(value, offset)}: the alias of {@link #writeUInt16LE(int, int)}. */
  public int writeUint16LE(int value, int offset) {
    return writeUInt16LE(value, offset);
  }

  /** {@code buf.writeUInt16BE(value)}: {@link #writeUInt16BE(int, int)} at offset 0. */
  public int writeUInt16BE(int value) {
    return writeUInt16BE(value, 0);
  }

  /**
   * {@code buf.writeUInt16BE(value, offset)}: writes {@code value} as a big-endian unsigned 16-bit
   * integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..65535
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeUInt16BE(int value, int offset) {
    return NumberAccess.writeUInt16(this, value, offset, true);
  }

  /** {@code buf.writeUint16BE(value)}: the alias of {@link #writeUInt16BE(int)}. */
  public int writeUint16BE(int value) {
    return writeUInt16BE(value, 0);
  }

  /** {@code buf.writeUint16BE(value, offset)}: the alias of {@link #writeUInt16BE(int, int)}. */
  public int writeUint16BE(int value, int offset) {
    return writeUInt16BE(value, offset);
  }

  /** {@code buf.writeInt16LE(value)}: {@link #writeInt16LE(int, int)} at offset 0. */
  public int writeInt16LE(int value) {
    return writeInt16LE(value, 0);
  }

  /**
   * {@code buf.writeInt16LE(value, offset)}: writes {@code value} as a little-endian two's
   * complement 16-bit integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -32768..32767 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeInt16LE(int value, int offset) {
    return NumberAccess.writeInt16(this, value, offset, false);
  }

  /** {@code buf.writeInt16BE(value)}: {@link #writeInt16BE(int, int)} at offset 0. */
  public int writeInt16BE(int value) {
    return writeInt16BE(value, 0);
  }

  /**
   * {@code buf.writeInt16BE(value, offset)}: writes {@code value} as a big-endian two's complement
   * 16-bit integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -32768..32767 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeInt16BE(int value, int offset) {
    return NumberAccess.writeInt16(this, value, offset, true);
  }

  /** {@code buf.writeUInt32LE(value)}: {@link #writeUInt32LE(long, int)} at offset 0. */
  public int writeUInt32LE(long value) {
    return writeUInt32LE(value, 0);
  }

  /**
   * {@code buf.writeUInt32LE(value, offset)}: writes {@code value} as a little-endian unsigned
   * 32-bit integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     0..4294967295 (a Java {@code int} literal such as {@code 0xFFFFFFFF} is -1: write {@code
   *     0xFFFFFFFFL}) (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeUInt32LE(long value, int offset) {
    return NumberAccess.writeUInt32LE(this, value, offset);
  }

  /** {@code buf.writeUint32LE(value)}: the alias of {@link #writeUInt32LE(long)}. */
  public int writeUint32LE(long value) {
    return writeUInt32LE(value, 0);
  }

  /** {@code buf.writeUint32LE(value, offset)}: the alias of {@link #writeUInt32LE(long, int)}. */
  public int writeUint32LE(long value, int offset) {
    return writeUInt32LE(value, offset);
  }

  /** {@code buf.writeUInt32BE(value)}: {@link #writeUInt32BE(long, int)} at offset 0. */
  public int writeUInt32BE(long value) {
    return writeUInt32BE(value, 0);
  }

  /**
   * {@code buf.writeUInt32BE(value, offset)}: writes {@code value} as a big-endian unsigned 32-bit
   * integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     0..4294967295 (a Java {@code int} literal such as {@code 0xFFFFFFFF} is -1: write {@code
   *     0xFFFFFFFFL}) (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeUInt32BE(long value, int offset) {
    return NumberAccess.writeUInt32BE(this, value, offset);
  }

  /** {@code buf.writeUint32BE(value)}: the alias of {@link #writeUInt32BE(long)}. */
  public int writeUint32BE(long value) {
    return writeUInt32BE(value, 0);
  }

  /** {@code buf.writeUint32BE(value, offset)}: the alias of {@link #writeUInt32BE(long, int)}. */
  public int writeUint32BE(long value, int offset) {
    return writeUInt32BE(value, offset);
  }

  /** {@code buf.writeInt32LE(value)}: {@link #writeInt32LE(long, int)} at offset 0. */
  public int writeInt32LE(long value) {
    return writeInt32LE(value, 0);
  }

  /**
   * {@code buf.writeInt32LE(value, offset)}: writes {@code value} as a little-endian two's
   * complement 32-bit integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2147483648..2147483647 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeInt32LE(long value, int offset) {
    return NumberAccess.writeInt32(this, value, offset, false);
  }

  /** {@code buf.writeInt32BE(value)}: {@link #writeInt32BE(long, int)} at offset 0. */
  public int writeInt32BE(long value) {
    return writeInt32BE(value, 0);
  }

  /**
   * {@code buf.writeInt32BE(value, offset)}: writes {@code value} as a big-endian two's complement
   * 32-bit integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2147483648..2147483647 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeInt32BE(long value, int offset) {
    return NumberAccess.writeInt32(this, value, offset, true);
  }

  /** {@code buf.writeFloatLE(value)}: {@link #writeFloatLE(double, int)} at offset 0. */
  public int writeFloatLE(double value) {
    return writeFloatLE(value, 0);
  }

  /**
   * {@code buf.writeFloatLE(value, offset)}: writes {@code value} as a little-endian 32-bit float
   * at {@code offset}, and returns {@code offset + 4}. Any value is accepted: it is rounded to the
   * nearest float (ties to even; {@code 1e40} becomes infinity, {@code 1e-50} zero); NaN is stored
   * as {@code 7fc00000}, {@code -0.0} keeps its sign.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeFloatLE(double value, int offset) {
    return NumberAccess.writeFloat(this, value, offset, false);
  }

  /** {@code buf.writeFloatBE(value)}: {@link #writeFloatBE(double, int)} at offset 0. */
  public int writeFloatBE(double value) {
    return writeFloatBE(value, 0);
  }

  /**
   * {@code buf.writeFloatBE(value, offset)}: writes {@code value} as a big-endian 32-bit float at
   * {@code offset}, and returns {@code offset + 4}. Any value is accepted: it is rounded to the
   * nearest float (ties to even; {@code 1e40} becomes infinity, {@code 1e-50} zero); NaN is stored
   * as {@code 7fc00000}, {@code -0.0} keeps its sign.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeFloatBE(double value, int offset) {
    return NumberAccess.writeFloat(this, value, offset, true);
  }

  /** {@code buf.writeDoubleLE(value)}: {@link #writeDoubleLE(double, int)} at offset 0. */
  public int writeDoubleLE(double value) {
    return writeDoubleLE(value, 0);
  }

  /**
   * {@code buf.writeDoubleLE(value, offset)}: writes {@code value} as a little-endian 64-bit double
   * at {@code offset}, and returns {@code offset + 8}. Any value is accepted; its bits are stored
   * as they are (NaN payloads too).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeDoubleLE(double value, int offset) {
    return NumberAccess.writeDoubleLE(this, value, offset);
  }

  /** {@code buf.writeDoubleBE(value)}: {@link #writeDoubleBE(double, int)} at offset 0. */
  public int writeDoubleBE(double value) {
    return writeDoubleBE(value, 0);
  }

  /**
   * {@code buf.writeDoubleBE(value, offset)}: writes {@code value} as a big-endian 64-bit double at
   * {@code offset}, and returns {@code offset + 8}. Any value is accepted; its bits are stored as
   * they are (NaN payloads too).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeDoubleBE(double value, int offset) {
    return NumberAccess.writeDoubleBE(this, value, offset);
  }

  /**
   * {@code buf.writeBigUInt64LE(value)}: {@link #writeBigUInt64LE(BigInteger, int)} at offset 0.
   */
  public int writeBigUInt64LE(@Nullable BigInteger value) {
    return writeBigUInt64LE(value, 0);
  }

  /**
   * {@code buf.writeBigUInt64LE(value, offset)}: writes {@code value} as a little-endian unsigned
   * 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..2^64-1
   *     (checked before the offset); V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} if {@code value} is {@code null} (Node's {@code
   *     undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigUInt64LE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, false, false);
  }

  /** {@code buf.writeBigUint64LE(value)}: the alias of {@link #writeBigUInt64LE(BigInteger)}. */
  public int writeBigUint64LE(@Nullable BigInteger value) {
    return writeBigUInt64LE(value, 0);
  }

  /**
   * {@code buf.writeBigUint64LE(value, offset)}: the alias of {@link #writeBigUInt64LE(BigInteger,
   * int)}.
   */
  public int writeBigUint64LE(@Nullable BigInteger value, int offset) {
    return writeBigUInt64LE(value, offset);
  }

  /**
   * {@code buf.writeBigUInt64BE(value)}: {@link #writeBigUInt64BE(BigInteger, int)} at offset 0.
   */
  public int writeBigUInt64BE(@Nullable BigInteger value) {
    return writeBigUInt64BE(value, 0);
  }

  /**
   * {@code buf.writeBigUInt64BE(value, offset)}: writes {@code value} as a big-endian unsigned
   * 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..2^64-1
   *     (checked before the offset); V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} if {@code value} is {@code null} (Node's {@code
   *     undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigUInt64BE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, false, true);
  }

  /** {@code buf.writeBigUint64BE(value)}: the alias of {@link #writeBigUInt64BE(BigInteger)}. */
  public int writeBigUint64BE(@Nullable BigInteger value) {
    return writeBigUInt64BE(value, 0);
  }

  /**
   * {@code buf.writeBigUint64BE(value, offset)}: the alias of {@link #writeBigUInt64BE(BigInteger,
   * int)}.
   */
  public int writeBigUint64BE(@Nullable BigInteger value, int offset) {
    return writeBigUInt64BE(value, offset);
  }

  /** {@code buf.writeBigInt64LE(value)}: {@link #writeBigInt64LE(BigInteger, int)} at offset 0. */
  public int writeBigInt64LE(@Nullable BigInteger value) {
    return writeBigInt64LE(value, 0);
  }

  /**
   * {@code buf.writeBigInt64LE(value, offset)}: writes {@code value} as a little-endian two's
   * complement 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2^63..2^63-1; (checked before the offset); V8's code-less {@code TypeError: Cannot mix
   *     BigInt and other types, use explicit conversions} if {@code value} is {@code null} (Node's
   *     {@code undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigInt64LE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, true, false);
  }

  /** {@code buf.writeBigInt64BE(value)}: {@link #writeBigInt64BE(BigInteger, int)} at offset 0. */
  public int writeBigInt64BE(@Nullable BigInteger value) {
    return writeBigInt64BE(value, 0);
  }

  /**
   * {@code buf.writeBigInt64BE(value, offset)}: writes {@code value} as a big-endian two's
   * complement 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2^63..2^63-1; (checked before the offset); V8's code-less {@code TypeError: Cannot mix
   *     BigInt and other types, use explicit conversions} if {@code value} is {@code null} (Node's
   *     {@code undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigInt64BE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, true, true);
  }

  /**
   * {@code buf.writeUIntLE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, little-endian, as a unsigned integer of up to 48 bits, and
   * returns {@code offset + byteLength}. Node has no default for {@code offset} or {@code
   * byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code 0..2^(8*byteLength)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeUIntLE(long value, int offset, int byteLength) {
    return NumberAccess.writeUInt(this, value, offset, byteLength, false);
  }

  /**
   * {@code buf.writeUintLE(value, offset, byteLength)}: the alias of {@link #writeUIntLE(long, int,
   * int)}.
   */
  public int writeUintLE(long value, int offset, int byteLength) {
    return writeUIntLE(value, offset, byteLength);
  }

  /**
   * {@code buf.writeUIntBE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, big-endian, as a unsigned integer of up to 48 bits, and
   * returns {@code offset + byteLength}. Node has no default for {@code offset} or {@code
   * byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code 0..2^(8*byteLength)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeUIntBE(long value, int offset, int byteLength) {
    return NumberAccess.writeUInt(this, value, offset, byteLength, true);
  }

  /**
   * {@code buf.writeUintBE(value, offset, byteLength)}: the alias of {@link #writeUIntBE(long, int,
   * int)}.
   */
  public int writeUintBE(long value, int offset, int byteLength) {
    return writeUIntBE(value, offset, byteLength);
  }

  /**
   * {@code buf.writeIntLE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, little-endian, as a two's complement signed integer of up to
   * 48 bits, and returns {@code offset + byteLength}. Node has no default for {@code offset} or
   * {@code byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code
   *     -2^(8*byteLength-1)..2^(8*byteLength-1)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeIntLE(long value, int offset, int byteLength) {
    return NumberAccess.writeInt(this, value, offset, byteLength, false);
  }

  /**
   * {@code buf.writeIntBE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, big-endian, as a two's complement signed integer of up to 48
   * bits, and returns {@code offset + byteLength}. Node has no default for {@code offset} or {@code
   * byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code
   *     -2^(8*byteLength-1)..2^(8*byteLength-1)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeIntBE(long value, int offset, int byteLength) {
    return NumberAccess.writeInt(this, value, offset, byteLength, true);
  }

  /**
   * {@code buf.swap16()}: reverses the byte order of each 16-bit group, in place, and returns this
   * buffer. An empty buffer is fine.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_BUFFER_SIZE} ({@code Buffer size must be a
   *     multiple of 16-bits}) if {@link #length()} is not a multiple of 2
   */
  public Buffer swap16() {
    NumberAccess.swap16(this);
    return this;
  }

  /**
   * {@code buf.swap32()}: reverses the byte order of each 32-bit group, in place, and returns this
   * buffer. An empty buffer is fine.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_BUFFER_SIZE} ({@code Buffer size must be a
   *     multiple of 32-bits}) if {@link #length()} is not a multiple of 4
   */
  public Buffer swap32() {
    NumberAccess.swap32(this);
    return this;
  }

  /**
   * {@code buf.swap64()}: reverses the byte order of each 64-bit group, in place, and returns this
   * buffer. An empty buffer is fine.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_BUFFER_SIZE} ({@code Buffer size must be a
   *     multiple of 64-bits}) if {@link #length()} is not a multiple of 8
   */
  public Buffer swap64() {
    NumberAccess.swap64(this);
    return this;
  }

  // ---- Search and comparison: indexOf, lastIndexOf, includes, compare, equals, copy ----

  // ---- Views and conversions: subarray, slice, toJSON, keys, values, entries, inspect ----

  // ---- Java interop: wrap, asByteBuffer, streams, Comparable, equals, hashCode ----

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
