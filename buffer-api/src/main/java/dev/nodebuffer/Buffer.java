package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;
import dev.nodebuffer.pool.Slice;
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
    Encoding codec = resolve(encoding);
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

  /** The encoding named {@code encoding}, with Node's defaulting of a missing or empty name. */
  private static Encoding resolve(@Nullable String encoding) {
    if (encoding == null || encoding.isEmpty()) {
      return Encoding.UTF8;
    }
    Encoding resolved = Encoding.lookup(encoding);
    if (resolved == null) {
      throw Errors.unknownEncoding(encoding);
    }
    return resolved;
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
    return Encoding.UTF8.decode(buffer.bytes, byteOffset, length);
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
