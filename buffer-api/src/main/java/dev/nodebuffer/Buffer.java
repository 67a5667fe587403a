package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;
import dev.nodebuffer.pool.Slice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
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
   * {@code Buffer.alloc(size, fill)} with a number: a buffer of its own (never pooled) with every
   * byte {@code fill & 0xFF} (ToUint8: 257 gives 1, -1 gives 255).
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative
   */
  public static Buffer alloc(int size, int fill) {
    Buffer result = unpooled(checkSize(size));
    return fill != 0 ? result.fill(fill) : result;
  }

  /**
   * {@code Buffer.alloc(size, fill, encoding)} with a number: {@code encoding} is ignored, as Node
   * ignores it for a non-string fill ({@code Buffer.alloc(4, 1, "bogus")} is {@code 01 01 01 01});
   * see {@link #alloc(int, int)}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative
   */
  public static Buffer alloc(int size, int fill, @Nullable String encoding) {
    return alloc(size, fill);
  }

  /**
   * {@code Buffer.alloc(size, fill)} with a string: {@code fill}'s UTF-8 bytes repeated; see
   * {@link #alloc(int, String, String)}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative; {@code
   *     ERR_INVALID_ARG_VALUE} if {@code fill} encodes to no bytes
   */
  public static Buffer alloc(int size, @Nullable String fill) {
    return alloc(size, fill, null);
  }

  /**
   * {@code Buffer.alloc(size, fill, encoding)}: a buffer of its own (never pooled) filled as {@link
   * #fill(String, String) buf.fill(fill, encoding)} fills, the last copy of {@code fill}'s bytes
   * cut where the buffer ends ({@code Buffer.alloc(5, "😀")} is {@code f0 9f 98 80 f0}).
   *
   * <p>As in Node, a size of 0 or a {@code null} fill ({@code undefined}) gives a zeroed buffer
   * without looking at {@code fill} or {@code encoding} ({@code Buffer.alloc(0, "a", "bogus")} is
   * empty, no error); otherwise all of {@code fill}'s rules apply: an empty string fills zeros, a
   * {@code null} or empty {@code encoding} is UTF-8, and an unknown one is rejected even for an
   * empty string.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative (checked
   *     first); {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know; {@code
   *     ERR_INVALID_ARG_VALUE} ({@code The argument 'value' is invalid. Received 'zz'}) if {@code
   *     fill} encodes to no bytes, as hex {@code "zz"} does
   */
  public static Buffer alloc(int size, @Nullable String fill, @Nullable String encoding) {
    Buffer result = unpooled(checkSize(size));
    return fill != null && size > 0 ? result.fill(fill, encoding) : result;
  }

  /**
   * {@code Buffer.alloc(size, fill)} with a {@link Uint8Array} (or {@link Buffer}): its bytes
   * repeated over a buffer of its own (never pooled), the last copy cut where the buffer ends
   * ({@code Buffer.alloc(5, Buffer.from([1, 2]))} is {@code 01 02 01 02 01}). A {@code null} fill
   * ({@code undefined}) or a size of 0 gives a zeroed buffer without looking at {@code fill}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative; {@code
   *     ERR_INVALID_ARG_VALUE} ({@code The argument 'value' is invalid. Received <Buffer >}) if
   *     {@code fill} is empty and {@code size} is not 0
   */
  public static Buffer alloc(int size, @Nullable Uint8Array fill) {
    Buffer result = unpooled(checkSize(size));
    return fill != null && size > 0 ? result.fill(fill) : result;
  }

  /**
   * {@code Buffer.alloc(size, fill, encoding)} with a {@link Uint8Array}: {@code encoding} is
   * ignored, as Node ignores it for a non-string fill; see {@link #alloc(int, Uint8Array)}.
   *
   * @throws NodeArgumentException as {@link #alloc(int, Uint8Array)}
   */
  public static Buffer alloc(int size, @Nullable Uint8Array fill, @Nullable String encoding) {
    return alloc(size, fill);
  }

  /**
   * {@code Buffer.from(array)} of numbers: a copy in which each element becomes one byte, {@code
   * value & 0xFF} (JavaScript's ToUint8: 257 gives 1, -1 gives 255).
   *
   * <p>Placed as Node places array copies: in the pool when {@code 0 < array.length < poolSize()
   * >>> 1}, else over an {@link ArrayBuffer} of its own; an empty array gives a new empty buffer.
   *
   * <pre>{@code
   * Buffer.from(new int[] {0x62, 0x75, 0x66, 0x66, 0x65, 0x72})  // <Buffer 62 75 66 66 65 72>
   * }</pre>
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The first argument must be
   *     of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.
   *     Received null}) if {@code array} is {@code null}
   */
  public static Buffer from(int[] array) {
    return ArrayLikes.fromInts(array);
  }

  /**
   * {@code Buffer.from(array)} of any values, as a {@link List} (what a JSON parser gives for a
   * JSON array, and what a JavaScript array is): a copy in which each element becomes one byte,
   * ToUint8 of its JavaScript number value: a {@link Number}'s value truncated modulo 256 (NaN and
   * infinities 0), a {@link Boolean} 1 or 0, a string parsed as JavaScript parses numbers ({@code
   * "0x10"} is 16, {@code "x"} is NaN, so 0), {@code null} ({@code undefined}) 0. Placed as {@link
   * #from(int[])} places it (pooled when small).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code array} is {@code null}
   */
  public static Buffer from(List<?> array) {
    return ArrayLikes.fromList(array);
  }

  /**
   * {@code Buffer.from(array)} of bytes, for Java callers: a <em>copy</em> of {@code array}, placed
   * as {@link #from(int[])} places it (pooled when small). Node has no {@code byte} type; this is
   * {@code Buffer.from} of an array of the same byte values. (Use {@code Buffer.wrap} for a view
   * of a Java array without a copy.)
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code array} is {@code null}
   */
  public static Buffer from(byte[] array) {
    return ArrayLikes.fromBytes(array);
  }

  /**
   * {@code Buffer.from(buffer)} / {@code Buffer.from(uint8Array)}: a copy of the bytes {@code view}
   * views (a {@link Buffer} or a plain {@link Uint8Array}), placed as {@link #from(int[])} places
   * it (pooled when small). Later writes to either do not show in the other.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code view} is {@code null}
   */
  public static Buffer from(Uint8Array view) {
    return ArrayLikes.fromView(view);
  }

  /**
   * {@code Buffer.from(arrayBuffer)}: a buffer viewing all of {@code arrayBuffer}, sharing its
   * memory (no copy, never pooled): writes through either show in the other. {@code
   * Buffer.from(Buffer.from(new int[] {1, 2}).buffer())} views the whole pool slab.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code arrayBuffer} is {@code
   *     null}
   */
  public static Buffer from(ArrayBuffer arrayBuffer) {
    return FromArrayBuffer.view(arrayBuffer, 0, null);
  }

  /**
   * {@code Buffer.from(arrayBuffer, byteOffset)}: a view of {@code arrayBuffer} from {@code
   * byteOffset} to its end, sharing its memory; see {@link #from(ArrayBuffer, int, int)}.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code byteOffset > arrayBuffer.byteLength()}; V8's code-less {@code
   *     RangeError: Start offset -1 is outside the bounds of the buffer} if it is negative
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code arrayBuffer} is {@code
   *     null}
   */
  public static Buffer from(ArrayBuffer arrayBuffer, int byteOffset) {
    return FromArrayBuffer.view(arrayBuffer, byteOffset, null);
  }

  /**
   * {@code Buffer.from(arrayBuffer, byteOffset, length)}: a view of {@code length} bytes of {@code
   * arrayBuffer} from {@code byteOffset}, sharing its memory (no copy, never pooled). A negative
   * {@code length} means 0, as in Node.
   *
   * <p>The checks run in Node's order: {@code byteOffset} past the end; then {@code length} past
   * the rest ({@code byteLength() - byteOffset}, so a negative offset allows a longer length);
   * then a negative offset.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code byteOffset > arrayBuffer.byteLength()}, ({@code "length" is
   *     outside of buffer bounds}) if {@code length > arrayBuffer.byteLength() - byteOffset}; V8's
   *     code-less {@code RangeError: Start offset -1 is outside the bounds of the buffer} if
   *     {@code byteOffset} is negative
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code arrayBuffer} is {@code
   *     null}
   */
  public static Buffer from(ArrayBuffer arrayBuffer, int byteOffset, int length) {
    return FromArrayBuffer.view(arrayBuffer, byteOffset, length);
  }

  /**
   * {@code Buffer.from(object)} for a JavaScript object, as a {@link Map}: above all the {@code
   * {type: 'Buffer', data: [...]}} shape that {@code buf.toJSON()} returns and {@code JSON.parse}
   * gives back, so that {@code Buffer.from(jsonMapper.readValue(json, Map.class))} restores the
   * bytes, as {@code Buffer.from(JSON.parse(json))} does in Node.
   *
   * <p>Node's order: a map with a non-null {@code "length"} is an array-like object (a number
   * length gives that many bytes read at keys {@code 0, 1, ...} (integers or strings), missing
   * ones 0; any other length an empty buffer); otherwise {@code "type"} equal to {@code "Buffer"}
   * with {@code "data"} a {@link java.util.List} or a Java array copies {@code data}; anything else
   * is rejected. Each element becomes ToUint8 of its JavaScript number value: a {@link Number}'s
   * value, a {@link Boolean} 1 or 0, a string parsed as JavaScript parses numbers ({@code "0x10"}
   * is 16, {@code "x"} is NaN, so 0), {@code null} ({@code undefined}) 0. Placed as {@link
   * #from(int[])} places it (pooled when small).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The first argument must be
   *     of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.
   *     Received an instance of Object}) for any other map, {@code ... Received null} for {@code
   *     null}
   */
  public static Buffer from(Map<?, ?> object) {
    return ArrayLikes.fromObject(object);
  }

  /**
   * {@code Buffer.of(...items)}: a buffer of its own (never pooled) with one byte per item, {@code
   * item & 0xFF} (ToUint8). {@code Buffer.of()} is empty.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: null is not iterable (cannot
   *     read property null)} if {@code items} is a {@code null} array, as {@code Buffer.of(...null)}
   *     throws in Node
   */
  public static Buffer of(int... items) {
    if (items == null) {
      throw Errors.v8TypeError("null is not iterable (cannot read property null)");
    }
    Buffer result = unpooled(items.length);
    for (int i = 0; i < items.length; i++) {
      result.buffer.bytes[i] = (byte) items[i];
    }
    return result;
  }

  /** {@code Buffer.copyBytesFrom(view)}: a copy of {@code view}'s bytes; see {@link #copyBytesFrom(Uint8Array, int, int)}. */
  public static Buffer copyBytesFrom(Uint8Array view) {
    return ArrayLikes.copyBytesFrom(view, null, null);
  }

  /**
   * {@code Buffer.copyBytesFrom(view, offset)}: a copy of {@code view}'s bytes from element {@code
   * offset} to the end; see {@link #copyBytesFrom(Uint8Array, int, int)}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative (and {@code
   *     view} not empty)
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code view} is {@code null}
   */
  public static Buffer copyBytesFrom(Uint8Array view, int offset) {
    return ArrayLikes.copyBytesFrom(view, offset, null);
  }

  /**
   * {@code Buffer.copyBytesFrom(view, offset, length)}: a copy of {@code length} elements of
   * {@code view} from element {@code offset} (a {@link Uint8Array}'s elements are its bytes),
   * placed as {@link #from(int[])} places it (pooled when small).
   *
   * <p>Node's order: an empty {@code view} gives an empty buffer before anything else is checked;
   * then {@code offset} is checked, and one at or past the view's end gives an empty buffer; then
   * {@code length}, which is clamped to the view's end.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code The value of "offset" is out of
   *     range. It must be >= 0 && <= 9007199254740991. Received -1}) if {@code offset} or {@code
   *     length} is negative
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The "view" argument must be
   *     an instance of TypedArray. Received null}) if {@code view} is {@code null}
   */
  public static Buffer copyBytesFrom(Uint8Array view, int offset, int length) {
    return ArrayLikes.copyBytesFrom(view, offset, length);
  }

  /**
   * {@code Buffer.concat(list)}: the bytes of every view in {@code list}, one after the other, in a
   * new buffer from {@link #allocUnsafe(int)} (so pooled when the total is under half a pool). An
   * empty list gives a new empty buffer. See {@link #concat(List, int)}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code list} is {@code null}
   *     ({@code The "list" argument must be an instance of Array. Received null}) or an element is
   *     not a {@link Uint8Array} ({@code The "list[1]" argument must be an instance of Buffer or
   *     Uint8Array. Received ...}, possible in a raw list); V8's code-less {@code TypeError:
   *     Cannot read properties of null (reading 'length')} for a {@code null} element; V8's
   *     code-less {@code RangeError: Array buffer allocation failed} if the total exceeds a Java
   *     array
   */
  public static Buffer concat(List<? extends Uint8Array> list) {
    return Concat.concat(list, null);
  }

  /**
   * {@code Buffer.concat(list, totalLength)}: the bytes of the views in {@code list}, truncated or
   * zero-padded to exactly {@code totalLength} bytes, in a new buffer from {@link
   * #allocUnsafe(int)} (pooled when small).
   *
   * <pre>{@code
   * Buffer.concat(List.of(Buffer.from("ab")), 5)    // <Buffer 61 62 00 00 00>
   * Buffer.concat(List.of(Buffer.from("abcd")), 2)  // <Buffer 61 62>
   * }</pre>
   *
   * <p>Node's order: an empty list gives a new empty buffer (even for a negative {@code
   * totalLength}); then {@code totalLength} is checked; then the result is allocated (the pool
   * moves); then each element is checked and copied, so a bad element fails even when {@code
   * totalLength} is 0.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} ({@code The value of "length" is out of
   *     range. It must be >= 0 && <= 9007199254740991. Received -1}) if {@code totalLength} is
   *     negative; {@code ERR_INVALID_ARG_TYPE} if {@code list} is {@code null} or an element is
   *     not a {@link Uint8Array} ({@code The "list[0]" argument must be an instance of Buffer or
   *     Uint8Array. Received null})
   */
  public static Buffer concat(List<? extends Uint8Array> list, int totalLength) {
    return Concat.concat(list, totalLength);
  }

  /**
   * {@code Buffer.concat(list)} with a Java array; see {@link #concat(List)}.
   *
   * @throws NodeArgumentException as {@link #concat(List)}
   */
  public static Buffer concat(Uint8Array[] list) {
    return Concat.concat(list == null ? null : Arrays.asList(list), null);
  }

  /**
   * {@code Buffer.concat(list, totalLength)} with a Java array; see {@link #concat(List, int)}.
   *
   * @throws NodeArgumentException as {@link #concat(List, int)}
   */
  public static Buffer concat(Uint8Array[] list, int totalLength) {
    return Concat.concat(list == null ? null : Arrays.asList(list), totalLength);
  }

  /**
   * {@code Buffer.isBuffer(obj)}: whether {@code obj} is a {@link Buffer}. A plain {@link
   * Uint8Array}, a string and {@code null} are not.
   */
  public static boolean isBuffer(@Nullable Object obj) {
    return obj instanceof Buffer;
  }

  /**
   * {@code Buffer.byteLength(view)}: {@code view.byteLength()}, the number of bytes it views.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The "string" argument must
   *     be of type string or an instance of Buffer or ArrayBuffer. Received null}) if {@code view}
   *     is {@code null}
   */
  public static int byteLength(Uint8Array view) {
    if (view == null) {
      throw byteLengthOfNull();
    }
    return view.byteLength();
  }

  /**
   * {@code Buffer.byteLength(arrayBuffer)}: {@code arrayBuffer.byteLength()}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code arrayBuffer} is {@code
   *     null}
   */
  public static int byteLength(ArrayBuffer arrayBuffer) {
    if (arrayBuffer == null) {
      throw byteLengthOfNull();
    }
    return arrayBuffer.byteLength();
  }

  private static NodeArgumentException byteLengthOfNull() {
    return Errors.invalidArgTypeNull(
        "The \"string\" argument", "of type string or an instance of Buffer or ArrayBuffer");
  }

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

  /**
   * {@code buf.fill(value)} with a {@link Uint8Array} (or {@link Buffer}): its bytes repeated over
   * the whole buffer; see {@link #fill(Uint8Array, int, int)}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_VALUE} if {@code value} is empty (and
   *     this buffer is not)
   */
  public Buffer fill(@Nullable Uint8Array value) {
    return value == null ? fill(0) : fillView(value, 0, length);
  }

  /** {@code buf.fill(value, offset)} with a {@link Uint8Array}; see {@link #fill(Uint8Array, int, int)}. */
  public Buffer fill(@Nullable Uint8Array value, int offset) {
    return fill(value, offset, length);
  }

  /**
   * {@code buf.fill(value, offset, end)} with a {@link Uint8Array} (or {@link Buffer}): repeats
   * {@code value}'s bytes over {@code [offset, end)}, the last copy cut where the range ends, and
   * returns this buffer ({@code Buffer.alloc(5).fill(Buffer.from("abc"), 1)} is {@code 00 61 62 63
   * 61}). The pattern is the bytes {@code value} held before the call, even when it views this
   * buffer's own memory. A {@code null} value fills zeros, as {@code undefined} does in Node. An
   * empty range changes nothing and does not look at {@code value}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative or {@code end}
   *     outside {@code [0, length()]}
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_VALUE} ({@code The argument 'value' is
   *     invalid. Received <Buffer >}, or {@code Received Uint8Array(0) []} for a plain {@code
   *     Uint8Array}) if {@code value} is empty and the range is not
   */
  public Buffer fill(@Nullable Uint8Array value, int offset, int end) {
    if (value == null) {
      return fill(0, offset, end);
    }
    return checkFillRange(offset, end) ? fillView(value, offset, end) : this;
  }

  private Buffer fillView(Uint8Array value, int offset, int end) {
    if (offset >= end) {
      return this;
    }
    if (value.length == 0) {
      throw Errors.invalidArgValue("value", value instanceof Buffer ? "<Buffer >" : "Uint8Array(0) []");
    }
    // The first copy is a memmove, so a pattern that overlaps the range is read before it is written.
    int first = Math.min(value.length, end - offset);
    System.arraycopy(value.buffer.bytes, value.byteOffset, buffer.bytes, byteOffset + offset, first);
    int start = byteOffset + offset;
    int count = end - offset;
    for (int filled = first; filled < count; filled *= 2) {
      System.arraycopy(buffer.bytes, start, buffer.bytes, start + filled, Math.min(filled, count - filled));
    }
    return this;
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
    return this;
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
    return this;
  }

  /** {@code buf.sort()}: sorts the bytes ascending in place and returns this buffer. */
  @Override
  public Buffer sort() {
    super.sort();
    return this;
  }

  /**
   * {@code buf.map(callback)}: a new {@link Buffer} (never pooled, as Node's species constructor
   * gives) of {@code mapper}'s results, each stored as {@code & 0xFF}; see {@link
   * Uint8Array#map(IntUnaryOperator)}.
   */
  @Override
  public Buffer map(IntUnaryOperator mapper) {
    Buffer mapped = unpooled(length);
    TypedArrays.map(this, mapper, mapped);
    return mapped;
  }

  /**
   * {@code buf.filter(callback)}: a new {@link Buffer} (never pooled) of the bytes {@code
   * predicate} accepts; see {@link Uint8Array#filter(IntPredicate)}.
   */
  @Override
  public Buffer filter(IntPredicate predicate) {
    byte[] kept = TypedArrays.filter(this, predicate);
    Buffer filtered = unpooled(kept.length);
    System.arraycopy(kept, 0, filtered.buffer.bytes, 0, kept.length);
    return filtered;
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
   */
  @Override
  public String inspect() {
    return Inspect.buffer(this);
  }

  /** {@code buf.toLocaleString()}: the same as {@link #toString()}, as in Node. */
  public String toLocaleString() {
    return toString();
  }

  /** {@code buf.toLocaleString(encoding)}: the same as {@link #toString(String)}. */
  public String toLocaleString(@Nullable String encoding) {
    return toString(encoding);
  }

  /** {@code buf.toLocaleString(encoding, start)}: the same as {@link #toString(String, int)}. */
  public String toLocaleString(@Nullable String encoding, int start) {
    return toString(encoding, start);
  }

  /** {@code buf.toLocaleString(encoding, start, end)}: the same as {@link #toString(String, int, int)}. */
  public String toLocaleString(@Nullable String encoding, int start, int end) {
    return toString(encoding, start, end);
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

  // Node's undocumented raw bindings (buf.utf8Slice, buf.hexWrite...), which the public methods
  // dispatch to in Node and which some ported code calls directly for speed.

  /** {@code buf.asciiSlice()}: the whole buffer decoded as ascii; see {@link #asciiSlice(int, int)}. */
  public String asciiSlice() {
    return rawSlice(Encoding.ASCII, 0, length);
  }

  /** {@code buf.asciiSlice(start)}: see {@link #asciiSlice(int, int)}. */
  public String asciiSlice(int start) {
    return rawSlice(Encoding.ASCII, start, length);
  }

  /**
   * {@code buf.asciiSlice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as ascii, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String asciiSlice(int start, int end) {
    return rawSlice(Encoding.ASCII, start, end);
  }

  /** {@code buf.asciiWrite(string)}: from offset 0; see {@link #asciiWrite(String, int, int)}. */
  public int asciiWrite(String string) {
    return rawWriteWrapped(string, Encoding.ASCII, 0, length);
  }

  /** {@code buf.asciiWrite(string, offset)}: up to the end; see {@link #asciiWrite(String, int, int)}. */
  public int asciiWrite(String string, int offset) {
    return rawWriteWrapped(string, Encoding.ASCII, offset, length);
  }

  /**
   * {@code buf.asciiWrite(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as ascii into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * <p>In Node 22 this binding is a JavaScript wrapper, so its range checks come first and
   * differ from {@code hexWrite}'s.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code offset} is outside {@code [0, length()]}; ({@code "length" is
   *     outside of buffer bounds}) if {@code length} is negative
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked after the range)
   */
  public int asciiWrite(String string, int offset, int length) {
    return rawWriteWrapped(string, Encoding.ASCII, offset, length);
  }

  /** {@code buf.base64Slice()}: the whole buffer decoded as base64; see {@link #base64Slice(int, int)}. */
  public String base64Slice() {
    return rawSlice(Encoding.BASE64, 0, length);
  }

  /** {@code buf.base64Slice(start)}: see {@link #base64Slice(int, int)}. */
  public String base64Slice(int start) {
    return rawSlice(Encoding.BASE64, start, length);
  }

  /**
   * {@code buf.base64Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as base64, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String base64Slice(int start, int end) {
    return rawSlice(Encoding.BASE64, start, end);
  }

  /** {@code buf.base64Write(string)}: from offset 0; see {@link #base64Write(String, int, int)}. */
  public int base64Write(String string) {
    return rawWriteNative(string, Encoding.BASE64, 0, length);
  }

  /** {@code buf.base64Write(string, offset)}: up to the end; see {@link #base64Write(String, int, int)}. */
  public int base64Write(String string, int offset) {
    return rawWriteNative(string, Encoding.BASE64, offset, length);
  }

  /**
   * {@code buf.base64Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as base64 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int base64Write(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.BASE64, offset, length);
  }

  /** {@code buf.base64urlSlice()}: the whole buffer decoded as base64url; see {@link #base64urlSlice(int, int)}. */
  public String base64urlSlice() {
    return rawSlice(Encoding.BASE64URL, 0, length);
  }

  /** {@code buf.base64urlSlice(start)}: see {@link #base64urlSlice(int, int)}. */
  public String base64urlSlice(int start) {
    return rawSlice(Encoding.BASE64URL, start, length);
  }

  /**
   * {@code buf.base64urlSlice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as base64url, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String base64urlSlice(int start, int end) {
    return rawSlice(Encoding.BASE64URL, start, end);
  }

  /** {@code buf.base64urlWrite(string)}: from offset 0; see {@link #base64urlWrite(String, int, int)}. */
  public int base64urlWrite(String string) {
    return rawWriteNative(string, Encoding.BASE64URL, 0, length);
  }

  /** {@code buf.base64urlWrite(string, offset)}: up to the end; see {@link #base64urlWrite(String, int, int)}. */
  public int base64urlWrite(String string, int offset) {
    return rawWriteNative(string, Encoding.BASE64URL, offset, length);
  }

  /**
   * {@code buf.base64urlWrite(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as base64url into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int base64urlWrite(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.BASE64URL, offset, length);
  }

  /** {@code buf.hexSlice()}: the whole buffer decoded as hex; see {@link #hexSlice(int, int)}. */
  public String hexSlice() {
    return rawSlice(Encoding.HEX, 0, length);
  }

  /** {@code buf.hexSlice(start)}: see {@link #hexSlice(int, int)}. */
  public String hexSlice(int start) {
    return rawSlice(Encoding.HEX, start, length);
  }

  /**
   * {@code buf.hexSlice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as hex, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String hexSlice(int start, int end) {
    return rawSlice(Encoding.HEX, start, end);
  }

  /** {@code buf.hexWrite(string)}: from offset 0; see {@link #hexWrite(String, int, int)}. */
  public int hexWrite(String string) {
    return rawWriteNative(string, Encoding.HEX, 0, length);
  }

  /** {@code buf.hexWrite(string, offset)}: up to the end; see {@link #hexWrite(String, int, int)}. */
  public int hexWrite(String string, int offset) {
    return rawWriteNative(string, Encoding.HEX, offset, length);
  }

  /**
   * {@code buf.hexWrite(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as hex into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int hexWrite(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.HEX, offset, length);
  }

  /** {@code buf.latin1Slice()}: the whole buffer decoded as latin1; see {@link #latin1Slice(int, int)}. */
  public String latin1Slice() {
    return rawSlice(Encoding.LATIN1, 0, length);
  }

  /** {@code buf.latin1Slice(start)}: see {@link #latin1Slice(int, int)}. */
  public String latin1Slice(int start) {
    return rawSlice(Encoding.LATIN1, start, length);
  }

  /**
   * {@code buf.latin1Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as latin1, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String latin1Slice(int start, int end) {
    return rawSlice(Encoding.LATIN1, start, end);
  }

  /** {@code buf.latin1Write(string)}: from offset 0; see {@link #latin1Write(String, int, int)}. */
  public int latin1Write(String string) {
    return rawWriteWrapped(string, Encoding.LATIN1, 0, length);
  }

  /** {@code buf.latin1Write(string, offset)}: up to the end; see {@link #latin1Write(String, int, int)}. */
  public int latin1Write(String string, int offset) {
    return rawWriteWrapped(string, Encoding.LATIN1, offset, length);
  }

  /**
   * {@code buf.latin1Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as latin1 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * <p>In Node 22 this binding is a JavaScript wrapper, so its range checks come first and
   * differ from {@code hexWrite}'s.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code offset} is outside {@code [0, length()]}; ({@code "length" is
   *     outside of buffer bounds}) if {@code length} is negative
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked after the range)
   */
  public int latin1Write(String string, int offset, int length) {
    return rawWriteWrapped(string, Encoding.LATIN1, offset, length);
  }

  /** {@code buf.ucs2Slice()}: the whole buffer decoded as ucs2; see {@link #ucs2Slice(int, int)}. */
  public String ucs2Slice() {
    return rawSlice(Encoding.UTF16LE, 0, length);
  }

  /** {@code buf.ucs2Slice(start)}: see {@link #ucs2Slice(int, int)}. */
  public String ucs2Slice(int start) {
    return rawSlice(Encoding.UTF16LE, start, length);
  }

  /**
   * {@code buf.ucs2Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as ucs2, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String ucs2Slice(int start, int end) {
    return rawSlice(Encoding.UTF16LE, start, end);
  }

  /** {@code buf.ucs2Write(string)}: from offset 0; see {@link #ucs2Write(String, int, int)}. */
  public int ucs2Write(String string) {
    return rawWriteNative(string, Encoding.UTF16LE, 0, length);
  }

  /** {@code buf.ucs2Write(string, offset)}: up to the end; see {@link #ucs2Write(String, int, int)}. */
  public int ucs2Write(String string, int offset) {
    return rawWriteNative(string, Encoding.UTF16LE, offset, length);
  }

  /**
   * {@code buf.ucs2Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as ucs2 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int ucs2Write(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.UTF16LE, offset, length);
  }

  /** {@code buf.utf8Slice()}: the whole buffer decoded as utf8; see {@link #utf8Slice(int, int)}. */
  public String utf8Slice() {
    return rawSlice(Encoding.UTF8, 0, length);
  }

  /** {@code buf.utf8Slice(start)}: see {@link #utf8Slice(int, int)}. */
  public String utf8Slice(int start) {
    return rawSlice(Encoding.UTF8, start, length);
  }

  /**
   * {@code buf.utf8Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as utf8, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String utf8Slice(int start, int end) {
    return rawSlice(Encoding.UTF8, start, end);
  }

  /** {@code buf.utf8Write(string)}: from offset 0; see {@link #utf8Write(String, int, int)}. */
  public int utf8Write(String string) {
    return rawWriteWrapped(string, Encoding.UTF8, 0, length);
  }

  /** {@code buf.utf8Write(string, offset)}: up to the end; see {@link #utf8Write(String, int, int)}. */
  public int utf8Write(String string, int offset) {
    return rawWriteWrapped(string, Encoding.UTF8, offset, length);
  }

  /**
   * {@code buf.utf8Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as utf8 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * <p>In Node 22 this binding is a JavaScript wrapper, so its range checks come first and
   * differ from {@code hexWrite}'s.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code offset} is outside {@code [0, length()]}; ({@code "length" is
   *     outside of buffer bounds}) if {@code length} is negative
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked after the range)
   */
  public int utf8Write(String string, int offset, int length) {
    return rawWriteWrapped(string, Encoding.UTF8, offset, length);
  }

  private String rawSlice(Encoding encoding, int start, int end) {
    if (start < 0 || end < 0) {
      throw Errors.indexOutOfRange();
    }
    int stop = Math.max(start, end);
    if (stop > length) {
      throw Errors.indexOutOfRange();
    }
    return start == stop ? "" : decode(encoding, start, stop);
  }

  /** Node 22's JavaScript wrappers of utf8Write, latin1Write and asciiWrite. */
  private int rawWriteWrapped(String string, Encoding encoding, int offset, int length) {
    if (offset < 0 || offset > this.length) {
      throw Errors.bufferOutOfBounds("offset");
    }
    if (length < 0) {
      throw Errors.bufferOutOfBounds("length");
    }
    return writeChecked(string, encoding, offset, Math.min(length, this.length - offset));
  }

  /** Node's native StringWrite (hexWrite, base64Write, base64urlWrite, ucs2Write). */
  private int rawWriteNative(String string, Encoding encoding, int offset, int length) {
    if (string == null) {
      throw Errors.argumentMustBeAString();
    }
    if (offset < 0) {
      throw Errors.indexOutOfRange();
    }
    if (offset > this.length) {
      throw Errors.bufferOutOfBounds("offset");
    }
    if (length < 0) {
      throw Errors.indexOutOfRange();
    }
    return writeChecked(string, encoding, offset, Math.min(length, this.length - offset));
  }

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
    return Comparison.compare(this, other);
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
    return other == this || (other instanceof Buffer that && Comparison.equals(this, that));
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
    return Comparison.hash(this);
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
