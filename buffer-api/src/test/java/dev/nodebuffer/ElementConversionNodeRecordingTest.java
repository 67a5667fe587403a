package dev.nodebuffer;

import dev.nodebuffer.ElementConversionCases.Kind;
import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.DigestRecordingTest;
import dev.nodebuffer.testkit.RecordingChecker;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.ObjDoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Replays every case recorded from Node 22 by {@code src/test/node/record-elements.js} into {@code
 * elements-node22.txt} (line formats at the top of the script) through the public typed arrays, and
 * compares the answers: all sampled cases line by line, and every case through the SHA-256 of its
 * chunk. 77,985 cases:
 *
 * <ul>
 *   <li>{@code KIND/store}, for the nine Number kinds: {@code a = new Int16Array(1); a.put(0, x)}
 *       ({@code put(int, double)}, JavaScript's ToInt16, ToUint8Clamp, ... and the narrowing to
 *       Float32), the element's bytes in the {@link ArrayBuffer}, {@code a.get(0)}, and the bytes
 *       {@code set(Float64Array)} and the copying constructor store for the same {@code x}: 2,157
 *       edges (specials, integers near every power of two to 2^90, halves, the neighbours of 2^31,
 *       2^32, 2^52, 2^53, 2^63, 2^64, Float32's subnormal and overflow limits) and 3,000 random
 *       doubles (any exponent, subnormals, midpoints between adjacent floats, NaNs with payloads)
 *       per kind. Beyond Node's line, every other entry point that stores one element must store
 *       the bytes of {@code put(int, double)}: {@code from(TypedArray)} for every {@code x}, and
 *       {@code put}, {@code fill}, {@code with}, {@code of}, {@code from(array)}, the constructor
 *       from an array and {@code set(array)} of the element type ({@code int}, {@code long} for
 *       {@link Uint32Array}, {@code double}) wherever {@code x} is exactly of that type; one that
 *       disagrees is appended to Java's line, so it fails as a mismatch with Node. (The script
 *       checks on Node that these paths agree with element assignment there; a JavaScript array
 *       {@code [x]} quiets a signalling NaN before it reaches the typed array, a Java {@code
 *       double[]} does not, so the port's array paths are held to {@code put}.)
 *   <li>{@code KIND/store}, for the two BigInt kinds: {@code put(int, BigInteger)} of ±(2^k + d)
 *       for k up to 130 and 3,000 random BigInts of 1..130 bits; and, as above, the other entry
 *       points taking a {@link BigInteger} must agree with {@code put}.
 *   <li>{@code KIND/read}, for all eleven kinds: 2,000 elements read from raw bytes written through
 *       a {@link Buffer} over the view's {@link ArrayBuffer} (bounds, infinities, NaNs with
 *       payloads, signalling NaNs, subnormals), and what storing the value read into a new array of
 *       the kind stores.
 *   <li>{@code nan/float64}, {@code nan/float32}: 1,000 NaNs each, with payloads, copied from a
 *       one-element Float64Array or Float32Array into a Float64Array and a Float32Array by element
 *       assignment, {@code set} and the constructor, and by {@code slice()}: which payload bits
 *       survive, and which copies quiet a signalling NaN.
 * </ul>
 *
 * <p>Doubles are compared by their bits, NaN payloads included. A failing chunk is listed by Node's
 * answers with {@code record-elements.js --dump FAMILY CHUNK}.
 */
class ElementConversionNodeRecordingTest extends DigestRecordingTest {

  static final String RESOURCE = "elements-node22.txt";

  ElementConversionNodeRecordingTest() {
    super(
        ElementConversionNodeRecordingTest.class,
        RESOURCE,
        ElementConversionCases.families(),
        List.of());
  }

  @Test
  void recordedByNode22WithTheJavaRng() {
    node.assertRecordedByNode22WithTheJavaRng();
  }

  @Override
  protected void replay(DigestRecording.Family family, RecordingChecker checker) {
    ElementConversionCases.generate(family.name, new Sink(checker));
  }

  /** Feeds each case, with Java's answer, to the checker. */
  private record Sink(RecordingChecker checker) implements ElementConversionCases.Sink {
    @Override
    public void storeNumber(Kind kind, long bits) {
      checker.accept(
          ElementConversionCases.storeNumberInput(bits),
          () -> OPS.get(kind.ordinal()).storeNumber(Double.longBitsToDouble(bits)));
    }

    @Override
    public void storeBigInt(Kind kind, BigInteger x) {
      checker.accept(
          ElementConversionCases.storeBigIntInput(x), () -> OPS.get(kind.ordinal()).storeBigInt(x));
    }

    @Override
    public void read(Kind kind, byte[] bytes) {
      checker.accept(
          ElementConversionCases.readInput(bytes), () -> OPS.get(kind.ordinal()).read(bytes));
    }

    @Override
    public void nan(boolean float64, long bits) {
      checker.accept(
          ElementConversionCases.nanInput(float64, bits), () -> nanCopies(float64, bits));
    }
  }

  /**
   * The entry points that store one element, in the order of {@link #paths}: {@code put}, {@code
   * fill}, {@code with}, {@code of}, {@code from(array)}, the constructor from an array, {@code
   * set(array)}.
   */
  private static final List<String> PATHS =
      List.of("put", "fill", "with", "of", "from(array)", "new(array)", "set(array)");

  /**
   * One kind's operations through its public class. The functions a kind has not (a BigInt kind
   * takes no double, only {@link Uint32Array} takes a long) are null. A {@code *Paths} function
   * stores its value through every entry point of {@link #PATHS} that takes that type, each into a
   * new one-element array.
   */
  private record Ops<A extends TypedArray<A>>(
      IntFunction<A> make,
      Function<ArrayBuffer, A> view,
      Function<TypedArray<?>, A> copyOf,
      Function<TypedArray<?>, A> fromTyped,
      @Nullable ObjDoubleConsumer<A> putDouble,
      @Nullable IntFunction<List<A>> intPaths,
      @Nullable LongFunction<List<A>> longPaths,
      @Nullable DoubleFunction<List<A>> doublePaths,
      @Nullable Function<BigInteger, List<A>> bigPaths,
      BiConsumer<A, A> copyElement,
      Function<A, String> value) {

    /**
     * The store line's output: {@code put(0, x)}, {@code get(0)}, set and the constructor; then,
     * beyond Node, every other entry point that can take {@code x} (the integer overloads where
     * {@code x} is exactly an {@code int} or a {@code long}), named with its bytes where it stores
     * other bytes than {@code put(int, double)}.
     */
    String storeNumber(double x) {
      A a = make.apply(1);
      requireNonNull(putDouble).accept(a, x);
      String stored = hex(a);
      Float64Array src = new Float64Array(new ArrayBuffer(8));
      writeRaw(src.buffer(), littleEndian(Double.doubleToRawLongBits(x), 8));
      A s = make.apply(1);
      s.set(src);
      String set = hex(s);
      String made = hex(copyOf.apply(src));
      StringBuilder line =
          new StringBuilder()
              .append(stored)
              .append(' ')
              .append(value.apply(a))
              .append(' ')
              .append(set.equals(stored) ? "=" : set)
              .append(' ')
              .append(made.equals(stored) ? "=" : made);
      String from = hex(fromTyped.apply(src));
      if (!from.equals(made)) {
        line.append(" from(typedArray):").append(from);
      }
      if (doublePaths != null) {
        appendDisagreeing(line, "double", doublePaths.apply(x), stored);
      }
      if (intPaths != null
          && x == Math.rint(x)
          && x >= Integer.MIN_VALUE
          && x <= Integer.MAX_VALUE) {
        appendDisagreeing(line, "int", intPaths.apply((int) x), stored);
      }
      if (longPaths != null && x == Math.rint(x) && Math.abs(x) < 0x1p63) {
        appendDisagreeing(line, "long", longPaths.apply((long) x), stored);
      }
      return line.toString();
    }

    /** The store line's output for a BigInt kind, then (beyond Node) the other entry points'. */
    String storeBigInt(BigInteger x) {
      List<A> all = requireNonNull(bigPaths).apply(x);
      A a = all.get(0);
      String stored = hex(a);
      StringBuilder line = new StringBuilder(stored).append(' ').append(value.apply(a));
      appendDisagreeing(line, "BigInteger", all, stored);
      return line.toString();
    }

    /** The read line's output: {@code get(0)} over the bytes, and storing it again. */
    String read(byte[] bytes) {
      ArrayBuffer buffer = new ArrayBuffer(bytes.length);
      writeRaw(buffer, bytes);
      A a = view.apply(buffer);
      A b = make.apply(1);
      copyElement.accept(a, b);
      return value.apply(a) + " " + hex(b);
    }
  }

  /** Appends {@code " PATH(TYPE):BYTES"} for each array whose bytes are not {@code stored}. */
  private static void appendDisagreeing(
      StringBuilder line, String type, List<? extends ArrayBufferView> arrays, String stored) {
    for (int i = 0; i < arrays.size(); i++) {
      ArrayBufferView array = arrays.get(i);
      if (!hex(array).equals(stored)) {
        line.append(' ')
            .append(PATHS.get(i))
            .append('(')
            .append(type)
            .append("):")
            .append(hex(array));
      }
    }
  }

  @SafeVarargs
  private static <A> List<A> paths(A... arrays) {
    return List.of(arrays);
  }

  private static <A> A tap(A a, Consumer<A> action) {
    action.accept(a);
    return a;
  }

  /**
   * The operations of a kind with {@code int} elements: the six differ only in their class, given
   * as its constructors from a length, an array, a buffer and a view, and its statics.
   */
  private static <A extends IntTypedArray<A>> Ops<A> intKind(
      IntFunction<A> make,
      Function<int[], A> ofArray,
      Function<ArrayBuffer, A> view,
      Function<TypedArray<?>, A> copyOf,
      Function<TypedArray<?>, A> fromTyped,
      Function<int[], A> of,
      Function<int[], A> fromArray) {
    return new Ops<>(
        make,
        view,
        copyOf,
        fromTyped,
        (a, x) -> a.put(0, x),
        v ->
            paths(
                tap(make.apply(1), a -> a.put(0, v)),
                make.apply(1).fill(v),
                make.apply(1).with(0, v),
                of.apply(new int[] {v}),
                fromArray.apply(new int[] {v}),
                ofArray.apply(new int[] {v}),
                tap(make.apply(1), a -> a.set(new int[] {v}))),
        null,
        null,
        null,
        (from, to) -> to.put(0, from.get(0)),
        a -> Integer.toString(a.get(0)));
  }

  /** The operations of a kind with {@code double} elements, given as {@link #intKind} gives them. */
  private static <A extends DoubleTypedArray<A>> Ops<A> doubleKind(
      IntFunction<A> make,
      Function<double[], A> ofArray,
      Function<ArrayBuffer, A> view,
      Function<TypedArray<?>, A> copyOf,
      Function<TypedArray<?>, A> fromTyped,
      Function<double[], A> of,
      Function<double[], A> fromArray) {
    return new Ops<>(
        make,
        view,
        copyOf,
        fromTyped,
        (a, x) -> a.put(0, x),
        null,
        null,
        v ->
            paths(
                tap(make.apply(1), a -> a.put(0, v)),
                make.apply(1).fill(v),
                make.apply(1).with(0, v),
                of.apply(new double[] {v}),
                fromArray.apply(new double[] {v}),
                ofArray.apply(new double[] {v}),
                tap(make.apply(1), a -> a.set(new double[] {v}))),
        null,
        (from, to) -> to.put(0, from.get(0)),
        a -> doubleValue(a.get(0)));
  }

  /** The operations of a kind with BigInt elements, given as {@link #intKind} gives them. */
  private static <A extends BigIntTypedArray<A>> Ops<A> bigIntKind(
      IntFunction<A> make,
      Function<BigInteger[], A> ofArray,
      Function<ArrayBuffer, A> view,
      Function<TypedArray<?>, A> copyOf,
      Function<TypedArray<?>, A> fromTyped,
      Function<BigInteger[], A> of,
      Function<BigInteger[], A> fromArray) {
    return new Ops<>(
        make,
        view,
        copyOf,
        fromTyped,
        null,
        null,
        null,
        null,
        v ->
            paths(
                tap(make.apply(1), a -> a.put(0, v)),
                make.apply(1).fill(v),
                make.apply(1).with(0, v),
                of.apply(new BigInteger[] {v}),
                fromArray.apply(new BigInteger[] {v}),
                ofArray.apply(new BigInteger[] {v}),
                tap(make.apply(1), a -> a.set(new BigInteger[] {v}))),
        (from, to) -> to.put(0, from.get(0)),
        a -> a.get(0) + "n");
  }

  /** Each kind's operations, in {@link Kind}'s order. */
  private static final List<Ops<?>> OPS =
      List.of(
          intKind(Int8Array::new, Int8Array::new, Int8Array::new, Int8Array::new, Int8Array::from, Int8Array::of, Int8Array::from),
          intKind(Uint8Array::new, Uint8Array::new, Uint8Array::new, Uint8Array::new, Uint8Array::from, Uint8Array::of, Uint8Array::from),
          intKind(Uint8ClampedArray::new, Uint8ClampedArray::new, Uint8ClampedArray::new, Uint8ClampedArray::new, Uint8ClampedArray::from, Uint8ClampedArray::of, Uint8ClampedArray::from),
          intKind(Int16Array::new, Int16Array::new, Int16Array::new, Int16Array::new, Int16Array::from, Int16Array::of, Int16Array::from),
          intKind(Uint16Array::new, Uint16Array::new, Uint16Array::new, Uint16Array::new, Uint16Array::from, Uint16Array::of, Uint16Array::from),
          intKind(Int32Array::new, Int32Array::new, Int32Array::new, Int32Array::new, Int32Array::from, Int32Array::of, Int32Array::from),
          new Ops<Uint32Array>(
              Uint32Array::new,
              Uint32Array::new,
              Uint32Array::new,
              Uint32Array::from,
              (a, x) -> a.put(0, x),
              null,
              v ->
                  paths(
                      tap(new Uint32Array(1), a -> a.put(0, v)),
                      new Uint32Array(1).fill(v),
                      new Uint32Array(1).with(0, v),
                      Uint32Array.of(v),
                      Uint32Array.from(new long[] {v}),
                      new Uint32Array(new long[] {v}),
                      tap(new Uint32Array(1), a -> a.set(new long[] {v}))),
              null,
              null,
              (from, to) -> to.put(0, from.get(0)),
              a -> Long.toString(a.get(0))),
          doubleKind(Float32Array::new, Float32Array::new, Float32Array::new, Float32Array::new, Float32Array::from, Float32Array::of, Float32Array::from),
          doubleKind(Float64Array::new, Float64Array::new, Float64Array::new, Float64Array::new, Float64Array::from, Float64Array::of, Float64Array::from),
          bigIntKind(BigInt64Array::new, BigInt64Array::new, BigInt64Array::new, BigInt64Array::new, BigInt64Array::from, BigInt64Array::of, BigInt64Array::from),
          bigIntKind(BigUint64Array::new, BigUint64Array::new, BigUint64Array::new, BigUint64Array::new, BigUint64Array::from, BigUint64Array::of, BigUint64Array::from));

  /**
   * The nan line's output: a one-element Float64Array or Float32Array over the NaN's bits, copied
   * into each float kind by {@code b.put(0, src.get(0))}, {@code b.set(src)} and the copying
   * constructor, and by {@code src.slice()}.
   */
  private static String nanCopies(boolean float64, long bits) {
    ArrayBuffer buffer = new ArrayBuffer(float64 ? 8 : 4);
    writeRaw(buffer, littleEndian(bits, float64 ? 8 : 4));
    String slice;
    String to64;
    String to32;
    if (float64) {
      Float64Array src = new Float64Array(buffer);
      double value = src.get(0);
      to64 = copies(new Float64Array(1), new Float64Array(1), new Float64Array(src), value, src);
      to32 = copies(new Float32Array(1), new Float32Array(1), new Float32Array(src), value, src);
      slice = hex(src.slice());
    } else {
      Float32Array src = new Float32Array(buffer);
      double value = src.get(0);
      to64 = copies(new Float64Array(1), new Float64Array(1), new Float64Array(src), value, src);
      to32 = copies(new Float32Array(1), new Float32Array(1), new Float32Array(src), value, src);
      slice = hex(src.slice());
    }
    return "f64:" + to64 + " f32:" + to32 + " slice:" + slice;
  }

  private static String copies(
      Float64Array assigned, Float64Array set, Float64Array made, double value, TypedArray<?> src) {
    assigned.put(0, value);
    set.set(src);
    return hex(assigned) + "," + hex(set) + "," + hex(made);
  }

  private static String copies(
      Float32Array assigned, Float32Array set, Float32Array made, double value, TypedArray<?> src) {
    assigned.put(0, value);
    set.set(src);
    return hex(assigned) + "," + hex(set) + "," + hex(made);
  }

  // --- Bytes and values as the script writes them -----------------------------------------------

  /** The view's bytes in its ArrayBuffer, in memory order, read through a Buffer over them. */
  private static String hex(ArrayBufferView view) {
    return Buffer.from(view.buffer(), view.byteOffset(), view.byteLength()).toString("hex");
  }

  /** Writes raw bytes at the start of {@code buffer} through a Buffer over it. */
  private static void writeRaw(ArrayBuffer buffer, byte[] bytes) {
    Buffer over = Buffer.from(buffer);
    for (int i = 0; i < bytes.length; i++) {
      over.writeUInt8(bytes[i] & 0xff, i);
    }
  }

  private static byte[] littleEndian(long bits, int width) {
    byte[] out = new byte[width];
    for (int i = 0; i < width; i++) {
      out[i] = (byte) (bits >>> (8 * i));
    }
    return out;
  }

  private static String doubleValue(double d) {
    return "d:" + ElementConversionCases.hex16(Double.doubleToRawLongBits(d));
  }

  private static <T> T requireNonNull(@Nullable T t) {
    if (t == null) {
      throw new IllegalStateException("this kind has no such put");
    }
    return t;
  }
}
