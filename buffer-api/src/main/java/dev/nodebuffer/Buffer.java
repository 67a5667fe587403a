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
public class Buffer extends BufferStringBindings implements Comparable<Buffer> {

  Buffer(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /**
   * {@code Buffer.alloc(size)}: a zero-filled buffer over an {@link ArrayBuffer} of its own (never
   * pooled).
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}
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
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}
   */
  public static Buffer allocUnsafe(int size) {
    Slice<ArrayBuffer> slice = Pool.POOL.allocate(checkSize(size));
    return slice != null ? view(slice) : unpooled(size);
  }

  /**
   * {@code Buffer.allocUnsafeSlow(size)}: like {@link #allocUnsafe(int)} but never pooled.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}
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
   *     string} is {@code null}; {@code ERR_OUT_OF_RANGE} ({@code The value of "size" is out of
   *     range. It must be >= 0 && <= 2147483639. Received ...}) if the encoded length is above
   *     {@link Buffers#kMaxLength()} (a Java string can be that long; a JavaScript one cannot), from
   *     the size check of the {@code allocUnsafeSlow} Node hands that length to
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
    if (string.length() >= half) {
      return createFromString(string, codec, Strings.byteLength(codec, string));
    }
    // Node reserves 4 bytes per UTF-16 unit, whatever the encoding; only a reservation of half a
    // pool or more is replaced by the (slower to compute) real byte length.
    Slice<ArrayBuffer> slice;
    if (4L * string.length() < half) {
      slice =
          Pool.POOL.allocate(
              4 * string.length(), (slab, offset, room) -> codec.encode(string, slab.bytes, offset, room));
    } else {
      // A long: with a pool size near 2^31, a string under half a pool can pass an int in UTF-8.
      long total = Strings.byteLength(codec, string);
      if (total >= half) {
        return createFromString(string, codec, total);
      }
      int byteLength = (int) total;
      slice =
          Pool.POOL.allocate(
              byteLength, (slab, offset, room) -> codec.encode(string, byteLength, slab.bytes, offset, room));
    }
    return slice != null ? view(slice) : createFromString(string, codec, Strings.byteLength(codec, string));
  }

  /**
   * Node's {@code createFromString}: a buffer of its own, of the {@code byteLength} bytes that
   * {@code codec.byteLength(string)} gave, viewed up to what was written. As Node takes that buffer
   * from {@code allocUnsafeSlow(byteLength)}, a byte length above {@link Buffers#kMaxLength()}
   * fails with that size check ({@code ERR_OUT_OF_RANGE}, naming {@code "size"}) before anything
   * is allocated.
   */
  static Buffer createFromString(String string, Encoding codec, long byteLength) {
    int size = Limits.checkSize(byteLength);
    ArrayBuffer own = new ArrayBuffer(size);
    int written = codec.encode(string, size, own.bytes, 0, size);
    return new Buffer(own, 0, written);
  }

  /**
   * {@code Buffer.alloc(size, fill)} with a number: a buffer of its own (never pooled) with every
   * byte {@code fill & 0xFF} (ToUint8: 257 gives 1, -1 gives 255).
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}
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
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}
   */
  public static Buffer alloc(int size, int fill, @Nullable String encoding) {
    return alloc(size, fill);
  }

  /**
   * {@code Buffer.alloc(size, fill)} with a string: {@code fill}'s UTF-8 bytes repeated; see
   * {@link #alloc(int, String, String)}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}; {@code
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
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()} (checked
   *     first); {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know; {@code
   *     ERR_INVALID_ARG_VALUE} ({@code The argument 'value' is invalid. Received 'zz'}) if {@code
   *     fill} encodes to no bytes, as hex {@code "zz"} does
   */
  public static Buffer alloc(int size, @Nullable String fill, @Nullable String encoding) {
    Buffer result = unpooled(checkSize(size));
    return fill != null && size > 0 ? result.fill(fill, encoding) : result;
  }

  /**
   * {@code Buffer.alloc(size, fill)} with a view (a {@link Buffer}, any typed array or a {@code
   * DataView}): the bytes it views repeated over a buffer of its own (never pooled), the last copy cut where the buffer ends
   * ({@code Buffer.alloc(5, Buffer.from([1, 2]))} is {@code 01 02 01 02 01}). A {@code null} fill
   * ({@code undefined}) or a size of 0 gives a zeroed buffer without looking at {@code fill}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above {@link
   *     Buffers#kMaxLength()}; {@code
   *     ERR_INVALID_ARG_VALUE} ({@code The argument 'value' is invalid. Received <Buffer >}) if
   *     {@code fill} is empty and {@code size} is not 0
   */
  public static Buffer alloc(int size, @Nullable ArrayBufferView fill) {
    Buffer result = unpooled(checkSize(size));
    return fill != null && size > 0 ? result.fill(fill) : result;
  }

  /**
   * {@code Buffer.alloc(size, fill, encoding)} with a view: {@code encoding} is
   * ignored, as Node ignores it for a non-string fill; see {@link #alloc(int, ArrayBufferView)}.
   *
   * @throws NodeArgumentException as {@link #alloc(int, ArrayBufferView)}
   */
  public static Buffer alloc(int size, @Nullable ArrayBufferView fill, @Nullable String encoding) {
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
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code array} is {@code null};
   *     V8's code-less {@code RangeError: Array buffer allocation failed} if its size is above
   *     {@link Buffers#kMaxLength()} (checked before anything is allocated)
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
   * {@code Buffer.from(typedArray)}: a copy made <em>element by element</em>, each element becoming
   * one byte by ToUint8, as in Node ({@code Buffer.from(new Uint16Array([0x1234, 0x5678]))} is
   * {@code <Buffer 34 78>}; {@code Buffer.from(new Float64Array([300.5]))} is {@code <Buffer 2c>}).
   * For the bytes instead, view the memory: {@code Buffer.from(view.buffer(), view.byteOffset(),
   * view.byteLength())}. Placed as {@link #from(int[])} places it (pooled when small).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code view} is {@code null};
   *     V8's code-less {@code TypeError: Cannot mix BigInt and other types, use explicit
   *     conversions} for a {@code BigInt64Array} or {@code BigUint64Array}
   */
  public static Buffer from(TypedArray<?> view) {
    return ArrayLikes.fromView(view);
  }

  /**
   * {@code Buffer.from(dataView)}: a new <em>empty</em> buffer, as in Node, where a {@code
   * DataView} is an object whose {@code length} is not a number. For its bytes, view the memory:
   * {@code Buffer.from(dv.buffer(), dv.byteOffset(), dv.byteLength())}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code view} is {@code null}
   */
  public static Buffer from(DataView view) {
    return ArrayLikes.fromDataView(view);
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
   *     null}; V8's code-less {@code RangeError: Array buffer allocation failed} for a {@code
   *     "length"} above {@link Buffers#kMaxLength()} ({@code Infinity} included), as Node 22 gives
   *     for {@code Buffer.from({length: Infinity})}
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
   *     throws in Node; V8's code-less {@code RangeError: Invalid typed array length: N} if there
   *     are more than {@link Buffers#kMaxLength()} items (Node's {@code of} is {@code new
   *     FastBuffer(items.length)})
   */
  public static Buffer of(int... items) {
    if (items == null) {
      throw Errors.v8TypeError("null is not iterable (cannot read property null)");
    }
    // Node's of() is new FastBuffer(items.length): a typed array's length check.
    Buffer result = unpooled(Limits.checkTypedArrayLength(items.length, 1));
    for (int i = 0; i < items.length; i++) {
      result.buffer.bytes[i] = (byte) items[i];
    }
    return result;
  }

  /** {@code Buffer.copyBytesFrom(view)}: a copy of {@code view}'s bytes; see {@link #copyBytesFrom(TypedArray, int, int)}. */
  public static Buffer copyBytesFrom(TypedArray<?> view) {
    return ArrayLikes.copyBytesFrom(view, null, null);
  }

  /**
   * {@code Buffer.copyBytesFrom(view, offset)}: a copy of {@code view}'s bytes from element {@code
   * offset} to the end; see {@link #copyBytesFrom(TypedArray, int, int)}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative (and {@code
   *     view} not empty)
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code view} is {@code null}
   */
  public static Buffer copyBytesFrom(TypedArray<?> view, int offset) {
    return ArrayLikes.copyBytesFrom(view, offset, null);
  }

  /**
   * {@code Buffer.copyBytesFrom(view, offset, length)}: a copy of {@code length} elements of
   * {@code view} from element {@code offset}: their bytes, so {@code
   * Buffer.copyBytesFrom(new Uint16Array(new int[] {0, 0xffff}), 1, 1)} is {@code <Buffer ff ff>},
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
  public static Buffer copyBytesFrom(TypedArray<?> view, int offset, int length) {
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
   *     {@code ERR_OUT_OF_RANGE} ({@code The value of "size" is out of range. It must be >= 0 &&
   *     <= 2147483639. Received 2147483648}) if the total is above {@link Buffers#kMaxLength()},
   *     from the size check of the {@code allocUnsafe} Node hands it to, before anything is
   *     allocated
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
   *     negative, and ({@code ... It must be >= 0 && <= 2147483639. Received 2147483640}) if it is
   *     above {@link Buffers#kMaxLength()}; {@code ERR_INVALID_ARG_TYPE} if {@code list} is {@code null} or an element is
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
   * {@code Buffer.byteLength(view)}: {@code view.byteLength()}, the number of bytes a typed array
   * or {@code DataView} views ({@code Buffer.byteLength(new Float64Array(3))} is 24).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The "string" argument must
   *     be of type string or an instance of Buffer or ArrayBuffer. Received null}) if {@code view}
   *     is {@code null}
   */
  public static int byteLength(ArrayBufferView view) {
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
   * <p>A count above {@link Buffers#kMaxLength()} is returned as it is, as Node returns it, up to
   * {@code Integer.MAX_VALUE}; only a Java string, longer than any JavaScript one, can pass that.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code string} is {@code null};
   *     {@code ERR_OUT_OF_RANGE} ({@code The value of "byteLength" is out of range. It must be >= 0
   *     && <= 2147483647. Received 2147483650}) if the count does not fit an {@code int} (Node's
   *     strings are too short to get there: this is the port's error, in Node's form)
   */
  public static int byteLength(String string, @Nullable String encoding) {
    if (string == null) {
      throw Errors.invalidArgTypeNull(
          "The \"string\" argument", "of type string or an instance of Buffer or ArrayBuffer");
    }
    Encoding known = encoding == null || encoding.isEmpty() ? null : Encoding.lookup(encoding);
    return Limits.checkStringByteLength(Strings.byteLength(known != null ? known : Encoding.UTF8, string));
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
   * <p>Any size from 0 to {@code Integer.MAX_VALUE} is taken, as Node takes any number, but no slab
   * can be larger than {@link Buffers#kMaxLength()}: with a larger pool size, a pooled request
   * ({@code allocUnsafe}, a short {@code from(string)}...) that fits the rest of the current slab
   * is still carved from it, and one that needs a new slab fails with V8's code-less {@code
   * RangeError: Array buffer allocation failed}, what Node 22 throws when it cannot allocate a
   * slab (where Node 22 makes a slab of 2^31 bytes for {@code Buffer.poolSize = 2 ** 31}). The
   * pool is left as it was, so setting a smaller size makes it work again; Node's is not (it keeps
   * carving past the end of the old slab and throws {@code Invalid typed array length: 400} for
   * {@code allocUnsafe(400)} until a slab is made). The same holds when the heap cannot supply a
   * slab ({@code OutOfMemoryError}).
   *
   * @throws IllegalArgumentException if {@code poolSize} is negative (Node accepts any number)
   */
  public static void setPoolSize(int poolSize) {
    Pool.POOL.setPoolSize(poolSize);
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
    return Limits.checkSize(size);
  }

  static Buffer unpooled(int size) {
    return new Buffer(new ArrayBuffer(size), 0, size);
  }

  private static Buffer view(Slice<ArrayBuffer> slice) {
    return new Buffer(slice.slab(), slice.offset(), slice.length());
  }
}
