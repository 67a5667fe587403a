package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;
import dev.nodebuffer.pool.Slice;
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

  // ---- Search and comparison: indexOf, lastIndexOf, includes, compare, equals, copy ----

  /** {@code buf.indexOf(value)} for a number: the first byte equal to {@code value & 0xFF}; see {@link #indexOf(int, int, String)}. */
  public int indexOf(int value) {
    return Search.number(this, value, Search.wholeBuffer(this, true), true);
  }

  /** {@code buf.indexOf(value, byteOffset)} for a number; see {@link #indexOf(int, int, String)}. */
  public int indexOf(int value, int byteOffset) {
    return Search.number(this, value, byteOffset, true);
  }

  /**
   * {@code buf.indexOf(value, encoding)} for a number: the encoding is ignored, as in Node (even an
   * unknown one); see {@link #indexOf(int, int, String)}.
   */
  public int indexOf(int value, @Nullable String encoding) {
    return Search.number(this, value, Search.wholeBuffer(this, true), true);
  }

  /**
   * {@code buf.indexOf(value, byteOffset, encoding)} for a number: the index of the first byte at
   * or after {@code byteOffset} equal to {@code value & 0xFF} ({@code 98 + 256} finds 98, {@code -1}
   * finds 255), or -1. {@code encoding} is ignored, as in Node (even an unknown one).
   *
   * <p>{@code byteOffset} as in Node: a negative one counts from the end ({@code -2} is {@code
   * length() - 2}), and one still negative after that means 0; one at or past the end finds
   * nothing. Without {@code byteOffset} the whole buffer is searched. An empty buffer gives -1.
   */
  public int indexOf(int value, int byteOffset, @Nullable String encoding) {
    return Search.number(this, value, byteOffset, true);
  }

  /** {@code buf.indexOf(value)} for a string, as UTF-8; see {@link #indexOf(String, int, String)}. */
  public int indexOf(String value) {
    return Search.string(this, value, Search.wholeBuffer(this, true), null, true);
  }

  /** {@code buf.indexOf(value, byteOffset)} for a string, as UTF-8; see {@link #indexOf(String, int, String)}. */
  public int indexOf(String value, int byteOffset) {
    return Search.string(this, value, byteOffset, null, true);
  }

  /**
   * {@code buf.indexOf(value, encoding)}, Node's call with a string as second argument, which is the
   * encoding ({@code indexOf("b", "latin1")}); the whole buffer is searched. See {@link
   * #indexOf(String, int, String)}.
   */
  public int indexOf(String value, @Nullable String encoding) {
    return Search.string(this, value, Search.wholeBuffer(this, true), encoding, true);
  }

  /**
   * {@code buf.indexOf(value, byteOffset, encoding)} for a string: the index of the first
   * occurrence of {@code value}'s bytes in {@code encoding} ({@code null}: UTF-8) at or after
   * {@code byteOffset}, or -1.
   *
   * <p>{@code byteOffset}: as in {@link #indexOf(int, int, String)}; in addition a needle that is
   * empty, or encodes to no bytes ({@code "zz"} in hex), is found where the search starts, as
   * JavaScript's {@code String.indexOf} does: {@code indexOf("")} is 0, {@code indexOf("", 3)} is
   * 3, {@code indexOf("", 100)} is {@code length()}, {@code indexOf("", -1)} is {@code length() -
   * 1}.
   *
   * <p>Encodings as in Node: a Latin-1 needle keeps the low byte of each unit; ASCII, hex, base64
   * and base64url needles are first made into a buffer as {@link #from(String, String)} makes them,
   * taking pool space as in Node. UTF-16LE ({@code ucs2}) searches whole 16-bit units at even
   * positions only: the buffer's length is rounded down to even, the search starts at unit {@code
   * byteOffset / 2}, so the result can be smaller than {@code byteOffset} ({@code
   * Buffer.from("abcd", "ucs2").indexOf("c", 5, "ucs2")} is 4), and an unaligned occurrence is
   * never found.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know,
   *     including {@code ""} (unlike {@code from} and {@code write}); {@code ERR_INVALID_ARG_TYPE} if
   *     {@code value} is {@code null}
   */
  public int indexOf(String value, int byteOffset, @Nullable String encoding) {
    return Search.string(this, value, byteOffset, encoding, true);
  }

  /** {@code buf.indexOf(value)} for a {@code Uint8Array} or {@code Buffer}; see {@link #indexOf(Uint8Array, int, String)}. */
  public int indexOf(Uint8Array value) {
    return Search.view(this, value, Search.wholeBuffer(this, true), null, true);
  }

  /** {@code buf.indexOf(value, byteOffset)}; see {@link #indexOf(Uint8Array, int, String)}. */
  public int indexOf(Uint8Array value, int byteOffset) {
    return Search.view(this, value, byteOffset, null, true);
  }

  /** {@code buf.indexOf(value, encoding)}, the whole buffer; see {@link #indexOf(Uint8Array, int, String)}. */
  public int indexOf(Uint8Array value, @Nullable String encoding) {
    return Search.view(this, value, Search.wholeBuffer(this, true), encoding, true);
  }

  /**
   * {@code buf.indexOf(value, byteOffset, encoding)} for a {@code Uint8Array} or {@code Buffer}:
   * the index of the first occurrence of {@code value}'s bytes at or after {@code byteOffset}, or
   * -1. {@code byteOffset} and an empty {@code value} as in {@link #indexOf(String, int, String)}.
   *
   * <p>The encoding matters only when it is UTF-16LE ({@code ucs2}): then whole 16-bit units at
   * even positions are searched, {@code value.length() / 2} of them (a needle under 2 bytes finds
   * nothing); and, a quirk of Node's kept here, a failed search on an odd-length buffer returns
   * {@code length() - 1} instead of -1. Any other encoding, even an unknown one, means a byte
   * search.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code value} is {@code null}
   */
  public int indexOf(Uint8Array value, int byteOffset, @Nullable String encoding) {
    return Search.view(this, value, byteOffset, encoding, true);
  }

  /** {@code buf.lastIndexOf(value)} for a number: the last byte equal to {@code value & 0xFF}; see {@link #lastIndexOf(int, int, String)}. */
  public int lastIndexOf(int value) {
    return Search.number(this, value, Search.wholeBuffer(this, false), false);
  }

  /** {@code buf.lastIndexOf(value, byteOffset)} for a number; see {@link #lastIndexOf(int, int, String)}. */
  public int lastIndexOf(int value, int byteOffset) {
    return Search.number(this, value, byteOffset, false);
  }

  /** {@code buf.lastIndexOf(value, encoding)} for a number, the encoding ignored; see {@link #lastIndexOf(int, int, String)}. */
  public int lastIndexOf(int value, @Nullable String encoding) {
    return Search.number(this, value, Search.wholeBuffer(this, false), false);
  }

  /**
   * {@code buf.lastIndexOf(value, byteOffset, encoding)} for a number: the index of the last byte
   * at or before {@code byteOffset} equal to {@code value & 0xFF}, or -1. {@code encoding} is
   * ignored, as in Node.
   *
   * <p>{@code byteOffset} as in Node: a negative one counts from the end, and one still negative
   * after that finds nothing ({@code lastIndexOf(97, -7)} on 6 bytes is -1); one past the end
   * means the whole buffer, as does a missing one. Node's {@code lastIndexOf(v, null)}, which
   * searches from 0 only, is {@code lastIndexOf(v, 0)} here.
   */
  public int lastIndexOf(int value, int byteOffset, @Nullable String encoding) {
    return Search.number(this, value, byteOffset, false);
  }

  /** {@code buf.lastIndexOf(value)} for a string, as UTF-8; see {@link #lastIndexOf(String, int, String)}. */
  public int lastIndexOf(String value) {
    return Search.string(this, value, Search.wholeBuffer(this, false), null, false);
  }

  /** {@code buf.lastIndexOf(value, byteOffset)} for a string, as UTF-8; see {@link #lastIndexOf(String, int, String)}. */
  public int lastIndexOf(String value, int byteOffset) {
    return Search.string(this, value, byteOffset, null, false);
  }

  /** {@code buf.lastIndexOf(value, encoding)}, the whole buffer; see {@link #lastIndexOf(String, int, String)}. */
  public int lastIndexOf(String value, @Nullable String encoding) {
    return Search.string(this, value, Search.wholeBuffer(this, false), encoding, false);
  }

  /**
   * {@code buf.lastIndexOf(value, byteOffset, encoding)} for a string: the index of the last
   * occurrence of {@code value}'s bytes in {@code encoding} ({@code null}: UTF-8) that starts at or
   * before {@code byteOffset}, or -1 ({@code Buffer.from("abcabc").lastIndexOf("bc", 4)} is 4).
   *
   * <p>{@code byteOffset} as in {@link #lastIndexOf(int, int, String)}, except for an empty needle
   * (or one that encodes to no bytes), which is found at the start position clamped to {@code [0,
   * length()]}: {@code lastIndexOf("")} is {@code length()}, {@code lastIndexOf("", -100)} is 0.
   * Encodings, and UTF-16LE's aligned units, as in {@link #indexOf(String, int, String)}.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know,
   *     including {@code ""}; {@code ERR_INVALID_ARG_TYPE} if {@code value} is {@code null}
   */
  public int lastIndexOf(String value, int byteOffset, @Nullable String encoding) {
    return Search.string(this, value, byteOffset, encoding, false);
  }

  /** {@code buf.lastIndexOf(value)} for a {@code Uint8Array} or {@code Buffer}; see {@link #lastIndexOf(Uint8Array, int, String)}. */
  public int lastIndexOf(Uint8Array value) {
    return Search.view(this, value, Search.wholeBuffer(this, false), null, false);
  }

  /** {@code buf.lastIndexOf(value, byteOffset)}; see {@link #lastIndexOf(Uint8Array, int, String)}. */
  public int lastIndexOf(Uint8Array value, int byteOffset) {
    return Search.view(this, value, byteOffset, null, false);
  }

  /** {@code buf.lastIndexOf(value, encoding)}, the whole buffer; see {@link #lastIndexOf(Uint8Array, int, String)}. */
  public int lastIndexOf(Uint8Array value, @Nullable String encoding) {
    return Search.view(this, value, Search.wholeBuffer(this, false), encoding, false);
  }

  /**
   * {@code buf.lastIndexOf(value, byteOffset, encoding)} for a {@code Uint8Array} or {@code
   * Buffer}: the last occurrence starting at or before {@code byteOffset}, or -1; offsets and an
   * empty needle as in {@link #lastIndexOf(String, int, String)}, the encoding as in {@link
   * #indexOf(Uint8Array, int, String)} (only UTF-16LE matters, with its odd-length quirk).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code value} is {@code null}
   */
  public int lastIndexOf(Uint8Array value, int byteOffset, @Nullable String encoding) {
    return Search.view(this, value, byteOffset, encoding, false);
  }

  /** {@code buf.includes(value)}: {@code indexOf(value) != -1}; see {@link #indexOf(int, int, String)}. */
  public boolean includes(int value) {
    return indexOf(value) != -1;
  }

  /** {@code buf.includes(value, byteOffset)}: {@code indexOf(value, byteOffset) != -1}. */
  public boolean includes(int value, int byteOffset) {
    return indexOf(value, byteOffset) != -1;
  }

  /** {@code buf.includes(value, encoding)}: {@code indexOf(value, encoding) != -1}. */
  public boolean includes(int value, @Nullable String encoding) {
    return indexOf(value, encoding) != -1;
  }

  /** {@code buf.includes(value, byteOffset, encoding)}: {@code indexOf(value, byteOffset, encoding) != -1}. */
  public boolean includes(int value, int byteOffset, @Nullable String encoding) {
    return indexOf(value, byteOffset, encoding) != -1;
  }

  /** {@code buf.includes(value)}: {@code indexOf(value) != -1}; see {@link #indexOf(String, int, String)}. */
  public boolean includes(String value) {
    return indexOf(value) != -1;
  }

  /** {@code buf.includes(value, byteOffset)}: {@code indexOf(value, byteOffset) != -1}. */
  public boolean includes(String value, int byteOffset) {
    return indexOf(value, byteOffset) != -1;
  }

  /** {@code buf.includes(value, encoding)}: {@code indexOf(value, encoding) != -1}. */
  public boolean includes(String value, @Nullable String encoding) {
    return indexOf(value, encoding) != -1;
  }

  /**
   * {@code buf.includes(value, byteOffset, encoding)}: {@code indexOf(value, byteOffset, encoding)
   * != -1}, with its rules and errors ({@code includes("", 100)} is {@code true}).
   */
  public boolean includes(String value, int byteOffset, @Nullable String encoding) {
    return indexOf(value, byteOffset, encoding) != -1;
  }

  /** {@code buf.includes(value)}: {@code indexOf(value) != -1}; see {@link #indexOf(Uint8Array, int, String)}. */
  public boolean includes(Uint8Array value) {
    return indexOf(value) != -1;
  }

  /** {@code buf.includes(value, byteOffset)}: {@code indexOf(value, byteOffset) != -1}. */
  public boolean includes(Uint8Array value, int byteOffset) {
    return indexOf(value, byteOffset) != -1;
  }

  /** {@code buf.includes(value, encoding)}: {@code indexOf(value, encoding) != -1}. */
  public boolean includes(Uint8Array value, @Nullable String encoding) {
    return indexOf(value, encoding) != -1;
  }

  /** {@code buf.includes(value, byteOffset, encoding)}: {@code indexOf(value, byteOffset, encoding) != -1}. */
  public boolean includes(Uint8Array value, int byteOffset, @Nullable String encoding) {
    return indexOf(value, byteOffset, encoding) != -1;
  }

  /**
   * {@code Buffer.compare(buf1, buf2)}: -1, 0 or 1 as {@code buf1} sorts before, with, or after
   * {@code buf2}, comparing bytes as unsigned values ({@code 0x80} after {@code 0x7f}); when one is
   * a prefix of the other, the shorter comes first. Any {@code Uint8Array} is accepted.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code buf1} or {@code buf2} is
   *     {@code null} (naming {@code "buf1"} first)
   */
  public static int compare(Uint8Array buf1, Uint8Array buf2) {
    return Comparison.compare(buf1, buf2);
  }

  /** {@code buf.compare(target)}: {@code Buffer.compare(this, target)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target) {
    return Comparison.compare(this, target, 0, target == null ? 0 : target.length, 0, length);
  }

  /** {@code buf.compare(target, targetStart)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target, int targetStart) {
    return Comparison.compare(this, target, targetStart, target == null ? 0 : target.length, 0, length);
  }

  /** {@code buf.compare(target, targetStart, targetEnd)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target, int targetStart, int targetEnd) {
    return Comparison.compare(this, target, targetStart, targetEnd, 0, length);
  }

  /** {@code buf.compare(target, targetStart, targetEnd, sourceStart)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target, int targetStart, int targetEnd, int sourceStart) {
    return Comparison.compare(this, target, targetStart, targetEnd, sourceStart, length);
  }

  /**
   * {@code buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd)}: compares this
   * buffer's {@code [sourceStart, sourceEnd)} with {@code target[targetStart, targetEnd)} as {@link
   * #compare(Uint8Array, Uint8Array)} does: -1, 0 or 1. Omitted bounds default to the whole
   * buffers; to give a later bound only, pass the defaults ({@code 0}, {@code target.length()})
   * where Node code passes {@code undefined}.
   *
   * <p>As in Node, a start past the end is not an error but an empty range, and empty ranges
   * compare first: an empty source range gives 0 if the target range is empty too and -1
   * otherwise; else an empty target range gives 1 ({@code compare(target, 5)} on a 4-byte target
   * is 1).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code target} is {@code null}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE}, checked in this order, if {@code
   *     targetStart} is negative, {@code targetEnd} is outside {@code [0, target.length()]}, {@code
   *     sourceStart} is negative, or {@code sourceEnd} is outside {@code [0, length()]}
   */
  public int compare(Uint8Array target, int targetStart, int targetEnd, int sourceStart, int sourceEnd) {
    return Comparison.compare(this, target, targetStart, targetEnd, sourceStart, sourceEnd);
  }

  /**
   * Node's {@code buf.equals(otherBuffer)}: whether {@code otherBuffer} has the same bytes (any
   * {@code Uint8Array}; {@code true} for this very object). Unlike {@link Object#equals(Object)},
   * it rejects {@code null}, as Node rejects a non-{@code Uint8Array}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code otherBuffer} is {@code null}
   */
  @SuppressWarnings("NonOverridingEquals") // Node's method, an overload: Object.equals is not it
  public boolean equals(Uint8Array otherBuffer) {
    return Comparison.equals(this, otherBuffer);
  }

  /** {@code buf.copy(target)}: the whole buffer, to the start of {@code target}; see {@link #copy(Uint8Array, int, int, int)}. */
  public int copy(Uint8Array target) {
    return Copy.copy(this, target, 0, 0, length);
  }

  /** {@code buf.copy(target, targetStart)}: the whole buffer; see {@link #copy(Uint8Array, int, int, int)}. */
  public int copy(Uint8Array target, int targetStart) {
    return Copy.copy(this, target, targetStart, 0, length);
  }

  /** {@code buf.copy(target, targetStart, sourceStart)}: to the end; see {@link #copy(Uint8Array, int, int, int)}. */
  public int copy(Uint8Array target, int targetStart, int sourceStart) {
    return Copy.copy(this, target, targetStart, sourceStart, length);
  }

  /**
   * {@code buf.copy(target, targetStart, sourceStart, sourceEnd)}: copies this buffer's {@code
   * [sourceStart, sourceEnd)} into {@code target} from {@code targetStart}, as much as fits, and
   * returns the number of bytes copied. Overlapping views of one memory (a buffer and its {@code
   * subarray}, two pooled buffers' slab) are copied as if through a temporary copy. Bytes outside
   * the copied range are never touched.
   *
   * <p>As in Node, a {@code sourceEnd} past the length is cut to it, and a {@code targetStart} at or
   * past the target's end, or {@code sourceStart >= sourceEnd}, copies nothing and returns 0.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code target} is {@code null}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE}, checked in this order, if {@code
   *     targetStart} is negative, {@code sourceStart} is outside {@code [0, length()]}, or {@code
   *     sourceEnd} is negative
   */
  public int copy(Uint8Array target, int targetStart, int sourceStart, int sourceEnd) {
    return Copy.copy(this, target, targetStart, sourceStart, sourceEnd);
  }

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
