package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * README's promise ("Errors") for the whole surface, checked by reflection rather than method by
 * method:
 * every public method of {@link Buffer}, {@link Uint8Array} and {@link Buffers}, called with bad
 * arguments ({@code null}s, negative, huge and extreme numbers, unknown encodings, empty and odd
 * values), either returns or throws a {@link NodeError}: never a raw {@link NullPointerException},
 * {@link ArrayIndexOutOfBoundsException}, {@link NegativeArraySizeException} or any other JDK
 * exception, and never changes a byte outside the receiver's own view. The same holds for each
 * of the 11 typed-array kinds, {@link DataView} and {@link ArrayBuffer}: their methods, static
 * factories ({@code of}, {@code from}) and constructors, on receivers that are views at an offset
 * inside a larger {@code ArrayBuffer} whose outer bytes are the guard. Values include views that
 * overlap the receiver's own memory.
 *
 * <p>Left out, because their contracts are Java's by design (README, "Java-only"): {@code wrap},
 * {@code compareTo}, {@code equals(Object)}, {@code hashCode}, the stream views; and the global
 * setters ({@code setPoolSize}, {@code setINSPECT_MAX_BYTES}, {@code resetPool}), tested on their
 * own.
 */
class BadArgumentsTest {
  private static final Set<String> JAVA_CONTRACTS =
      Set.of(
          "wrap", "compareTo", "equals(java.lang.Object)", "hashCode", "asInputStream",
          "asOutputStream", "asByteBuffer", "setPoolSize", "setINSPECT_MAX_BYTES", "resetPool",
          "getClass", "notify", "notifyAll", "wait");

  /** Methods whose {@code int} arguments are sizes: huge values would really allocate. */
  private static final Set<String> ALLOCATING =
      Set.of("alloc", "allocUnsafe", "allocUnsafeSlow", "SlowBuffer", "concat", "ArrayBuffer");

  /**
   * Index access out of range, where JavaScript answers {@code undefined} or ignores a store, is
   * Java's {@link IndexOutOfBoundsException} (README, "Differences from Node.js").
   */
  private static final Set<String> JAVA_INDEX_ACCESS = Set.of("get", "put", "at");

  private static final int CALLS_PER_METHOD = 200;
  private static final int GUARD = 8;

  /** The typed-array kinds, each a receiver type of the second test. */
  private static final List<Class<? extends TypedArray<?>>> KINDS =
      List.of(
          Int8Array.class, Uint8Array.class, Uint8ClampedArray.class, Int16Array.class,
          Uint16Array.class, Int32Array.class, Uint32Array.class, Float32Array.class,
          Float64Array.class, BigInt64Array.class, BigUint64Array.class);

  private static final byte GUARD_BYTE = (byte) 0xA5;

  /**
   * A receiver over guarded memory: {@code memory}'s first and last {@link #GUARD} bytes are {@link
   * #GUARD_BYTE} and outside the receiver's view; its views in between may be written.
   */
  record Guarded(Object receiver, ArrayBuffer memory) {
    boolean guardIntact() {
      byte[] bytes = memory.bytes;
      for (int g = 0; g < GUARD; g++) {
        if (bytes[g] != GUARD_BYTE || bytes[bytes.length - 1 - g] != GUARD_BYTE) {
          return false;
        }
      }
      return true;
    }
  }

  @Test
  void everyPublicMethodThrowsOnlyNodeErrorsAndKeepsToItsView() throws Exception {
    Fuzz fuzz = new Fuzz(new Random(0x5EED_BAD));
    for (Method method : methods(List.of(Buffer.class, Uint8Array.class, Buffers.class))) {
      fuzz.call(
          method,
          () -> {
            byte[] memory = new byte[GUARD + 6 + GUARD];
            Arrays.fill(memory, GUARD_BYTE);
            Buffer receiver = Buffer.wrap(memory, GUARD, 6);
            return new Guarded(receiver, receiver.buffer());
          });
    }
    fuzz.assertNoProblems(10_000);
  }

  /**
   * The same promise for each of the 11 typed-array kinds, {@link DataView} and {@link
   * ArrayBuffer}: every public method (statics such as {@code of} and {@code from} too) and
   * constructor. Each receiver is a view of 6 elements (a {@code DataView} of 12 bytes) at {@link
   * #GUARD} inside a larger {@code ArrayBuffer} whose outer bytes are the guard; an {@code
   * ArrayBuffer} receiver is that memory itself, which none of its methods may write.
   */
  @Test
  void everyTypedArrayKindDataViewAndArrayBufferThrowOnlyNodeErrorsAndKeepToTheirView() throws Exception {
    // The guard check itself can fail: a write just outside a receiver's view is seen.
    Guarded probe = guardedReceiver(Int16Array.class).get();
    assertThat(probe.guardIntact()).isTrue();
    new Uint8Array(probe.memory(), GUARD - 1, 1).put(0, 0);
    assertThat(probe.guardIntact()).isFalse();
    Fuzz fuzz = new Fuzz(new Random(0x5EED_CAFE));
    List<Class<?>> types = new ArrayList<>(KINDS);
    types.add(DataView.class);
    types.add(ArrayBuffer.class);
    int kinds = 0;
    for (Class<?> type : types) {
      Supplier<Guarded> receiver = guardedReceiver(type);
      for (Method method : methods(List.of(type))) {
        fuzz.call(method, receiver);
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        fuzz.call(constructor, receiver);
      }
      kinds++;
    }
    assertWithMessage("types covered").that(kinds).isEqualTo(13);
    fuzz.assertNoProblems(100_000);
  }

  /** A new receiver of {@code type} over new guarded memory, for each call. */
  private static Supplier<Guarded> guardedReceiver(Class<?> type) throws ReflectiveOperationException {
    if (type == ArrayBuffer.class) {
      return () -> {
        ArrayBuffer memory = guardedMemory(GUARD + 8 + GUARD);
        return new Guarded(memory, memory);
      };
    }
    if (type == DataView.class) {
      return () -> {
        ArrayBuffer memory = guardedMemory(GUARD + 12 + GUARD);
        return new Guarded(new DataView(memory, GUARD, 12), memory);
      };
    }
    Constructor<?> view = type.getConstructor(ArrayBuffer.class, int.class, int.class);
    int width = type.getField("BYTES_PER_ELEMENT").getInt(null);
    return () -> {
      ArrayBuffer memory = guardedMemory(GUARD + 6 * width + GUARD);
      try {
        return new Guarded(view.newInstance(memory, GUARD, 6), memory);
      } catch (ReflectiveOperationException e) {
        throw new LinkageError(e.getMessage(), e);
      }
    };
  }

  /**
   * An {@code ArrayBuffer} of {@code size} bytes of {@link #GUARD_BYTE}, filled through a view, as
   * a caller would: {@code ArrayBuffer} has no public constructor over a {@code byte[]}.
   */
  private static ArrayBuffer guardedMemory(int size) {
    ArrayBuffer memory = new ArrayBuffer(size);
    new Uint8Array(memory).fill(GUARD_BYTE & 0xFF);
    return memory;
  }

  /** Calls methods and constructors with bad values, and keeps one example of each problem. */
  private static final class Fuzz {
    private final Random random;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private int calls;
    private int executables;

    Fuzz(Random random) {
      this.random = random;
    }

    void call(Executable executable, Supplier<Guarded> receivers) {
      executables++;
      String name = executable instanceof Constructor ? executable.getDeclaringClass().getSimpleName() : executable.getName();
      for (int i = 0; i < CALLS_PER_METHOD; i++) {
        Guarded guarded = receivers.get();
        boolean huge = !ALLOCATING.contains(name);
        @Nullable Object[] arguments = new Object[executable.getParameterCount()];
        for (int p = 0; p < arguments.length; p++) {
          arguments[p] = badValue(executable.getParameterTypes()[p], random, huge, guarded.memory());
        }
        calls++;
        try {
          if (executable instanceof Method method) {
            Object result =
                method.invoke(Modifier.isStatic(method.getModifiers()) ? null : guarded.receiver(), arguments);
            // keys(), values(), entries(): the iterators read the view lazily, so step them too
            if (result instanceof Iterator<?> iterator) {
              for (int step = 0; step < 100 && iterator.hasNext(); step++) {
                iterator.next();
              }
            }
          } else {
            ((Constructor<?>) executable).newInstance(arguments);
          }
        } catch (InvocationTargetException e) {
          Throwable thrown = java.util.Objects.requireNonNull(e.getCause());
          boolean javaIndexError =
              JAVA_INDEX_ACCESS.contains(name) && thrown instanceof IndexOutOfBoundsException;
          if (!(thrown instanceof NodeError) && !javaIndexError) {
            problems.putIfAbsent(
                executable + " " + thrown.getClass().getName(),
                describe(executable, guarded.receiver(), arguments) + " threw " + thrown);
          }
        } catch (ReflectiveOperationException e) {
          throw new LinkageError(executable.toString(), e);
        }
        if (!guarded.guardIntact()) {
          problems.putIfAbsent(
              executable + " guard", describe(executable, guarded.receiver(), arguments) + " changed a byte outside its view");
        }
      }
    }

    void assertNoProblems(int atLeastCalls) {
      assertWithMessage("calls made").that(calls).isGreaterThan(atLeastCalls);
      assertWithMessage(
              "%s calls to %s methods and constructors; problems, one example each:\n  %s",
              calls, executables, String.join("\n  ", problems.values()))
          .that(problems.size())
          .isEqualTo(0);
    }
  }

  private static List<Method> methods(List<Class<?>> types) {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : types) {
      for (Method method : type.getMethods()) {
        String signature = method.getName() + "(" + joinedParameters(method) + ")";
        if (method.getDeclaringClass() == Object.class
            || JAVA_CONTRACTS.contains(method.getName())
            || JAVA_CONTRACTS.contains(signature)) {
          continue;
        }
        methods.add(method);
      }
    }
    methods.sort(Comparator.comparing(Method::toString)); // a fixed order for the fixed seed
    return methods;
  }

  private static String joinedParameters(Executable method) {
    StringBuilder out = new StringBuilder();
    for (Class<?> parameter : method.getParameterTypes()) {
      out.append(out.length() == 0 ? "" : ",").append(parameter.getName());
    }
    return out.toString();
  }

  /**
   * A value of {@code type} drawn from what a careless or hostile caller passes. Views may be over
   * {@code memory}, the receiver's own, inside the 6 bytes from {@link #GUARD} that every receiver
   * spans: an argument that overlaps the receiver, as {@code view.set(view.subarray(1))} does.
   */
  static @Nullable Object badValue(Class<?> type, Random random, boolean hugeAllowed, ArrayBuffer memory) {
    List<Supplier<@Nullable Object>> choices = new ArrayList<>();
    if (type == int.class) {
      for (int v : new int[] {-1, 0, 1, 3, 6, 7, -8, 255, 256, Integer.MIN_VALUE, 1 << 16}) {
        choices.add(() -> v);
      }
      if (hugeAllowed) {
        choices.add(() -> Integer.MAX_VALUE);
        choices.add(() -> Integer.MAX_VALUE - 3);
      }
    } else if (type == long.class) {
      for (long v : new long[] {-1, 0, 1, 1L << 32, 1L << 53, Long.MIN_VALUE, Long.MAX_VALUE}) {
        choices.add(() -> v);
      }
    } else if (type == double.class) {
      for (double v :
          new double[] {
            Double.NaN, -0.0, 1.5, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, 4294967296.5, -129
          }) {
        choices.add(() -> v);
      }
    } else if (type == boolean.class) {
      choices.add(() -> true);
      choices.add(() -> false);
    } else if (type == String.class || type == CharSequence.class) {
      for (String v : new String[] {"", "hex", "base64", "ucs2", "bogus", "zz", "\ud800", "é€😀"}) {
        choices.add(() -> v);
      }
    } else if (type == BigInteger.class) {
      choices.add(() -> BigInteger.ONE.negate());
      choices.add(() -> BigInteger.ONE.shiftLeft(64));
      choices.add(() -> BigInteger.ZERO);
      choices.add(() -> BigInteger.ONE.shiftLeft(200).negate());
    } else if (type == Uint8Array.class || type == Buffer.class) {
      choices.add(() -> Buffer.alloc(0));
      choices.add(() -> Buffer.from("abc"));
      choices.add(() -> new Uint8Array(9));
      choices.add(() -> Buffer.from(memory, GUARD + 1, 4));
      if (type == Uint8Array.class) {
        choices.add(() -> new Uint8Array(memory, GUARD, 6));
      }
    } else if (type == ArrayBuffer.class) {
      choices.add(() -> new ArrayBuffer(0));
      choices.add(() -> new ArrayBuffer(5));
      choices.add(() -> new ArrayBuffer(16));
      choices.add(() -> memory);
    } else if (type == int[].class) {
      choices.add(() -> new int[0]);
      choices.add(() -> new int[] {1, -1, 300, Integer.MIN_VALUE});
      choices.add(() -> new int[40]);
    } else if (type == long[].class) {
      choices.add(() -> new long[0]);
      choices.add(() -> new long[] {1, -1, 1L << 32, Long.MIN_VALUE, Long.MAX_VALUE});
      choices.add(() -> new long[40]);
    } else if (type == double[].class) {
      choices.add(() -> new double[0]);
      choices.add(() -> new double[] {Double.NaN, -0.0, 1e300, -1.5, Double.NEGATIVE_INFINITY});
      choices.add(() -> new double[40]);
    } else if (type == BigInteger[].class) {
      choices.add(() -> new BigInteger[0]);
      choices.add(() -> new BigInteger[] {BigInteger.ONE.shiftLeft(64), BigInteger.ONE.negate()});
      choices.add(() -> new BigInteger[] {BigInteger.TEN, null});
      choices.add(() -> new BigInteger[40]);
    } else if (type == byte[].class) {
      choices.add(() -> new byte[0]);
      choices.add(() -> new byte[] {1, -1});
    } else if (type == Uint8Array[].class) {
      choices.add(() -> new Uint8Array[0]);
      choices.add(() -> new Uint8Array[] {Buffer.from("a"), null});
      choices.add(() -> new Uint8Array[] {Buffer.from("ab"), new Uint8Array(3)});
    } else if (type == List.class) {
      choices.add(List::of);
      choices.add(() -> Arrays.asList(1, null, "x", 2.5, true));
      choices.add(() -> Arrays.asList(Buffer.from("a"), null));
      choices.add(() -> List.of(Buffer.from("ab"), new Uint8Array(3)));
    } else if (type == Map.class) {
      choices.add(Map::of);
      choices.add(() -> Map.of("type", "Buffer", "data", List.of(1, 2)));
      choices.add(() -> Map.of("type", "Buffer", "data", "x"));
      choices.add(() -> Map.of("length", -5));
      choices.add(() -> Map.of("length", 1e20));
    } else if (type == Object.class) {
      choices.add(() -> "x");
      choices.add(() -> Buffer.alloc(1));
      choices.add(Object::new);
      choices.add(() -> new DataView(new ArrayBuffer(2)));
      choices.add(() -> memory);
    } else if (type == IntPredicate.class) {
      choices.add(() -> (IntPredicate) b -> b > 100);
    } else if (type == IntUnaryOperator.class) {
      choices.add(() -> (IntUnaryOperator) b -> b * 1000 - 7);
      choices.add(() -> (IntUnaryOperator) b -> scribble(memory, b));
    } else if (type == IntConsumer.class) {
      choices.add(() -> (IntConsumer) b -> {});
    } else if (type == IntBinaryOperator.class) {
      choices.add(() -> (IntBinaryOperator) (a, b) -> a * 31 + b);
    } else if (type == DataView.class) {
      choices.add(() -> new DataView(new ArrayBuffer(0)));
      choices.add(() -> new DataView(new ArrayBuffer(8), 2, 4));
      choices.add(() -> new DataView(memory, GUARD + 1, 5));
    } else if (type == LongPredicate.class) {
      choices.add(() -> (LongPredicate) v -> v > 100);
      choices.add(() -> (LongPredicate) v -> scribble(memory, (int) v) > 0);
    } else if (type == LongUnaryOperator.class) {
      choices.add(() -> (LongUnaryOperator) v -> v * 1000 - 7);
      choices.add(() -> (LongUnaryOperator) v -> Long.MIN_VALUE);
    } else if (type == LongConsumer.class) {
      choices.add(() -> (LongConsumer) v -> {});
    } else if (type == LongBinaryOperator.class) {
      choices.add(() -> (LongBinaryOperator) (a, b) -> a * 31 + b);
    } else if (type == DoublePredicate.class) {
      choices.add(() -> (DoublePredicate) v -> v > 100 || Double.isNaN(v));
    } else if (type == DoubleUnaryOperator.class) {
      choices.add(() -> (DoubleUnaryOperator) v -> v * 1e300);
      choices.add(() -> (DoubleUnaryOperator) v -> Double.NaN);
      choices.add(() -> (DoubleUnaryOperator) v -> scribble(memory, (int) v));
    } else if (type == DoubleConsumer.class) {
      choices.add(() -> (DoubleConsumer) v -> {});
    } else if (type == DoubleBinaryOperator.class) {
      choices.add(() -> (DoubleBinaryOperator) (a, b) -> a - b);
    } else if (type == Predicate.class) {
      choices.add(() -> (Predicate<BigInteger>) v -> v.signum() < 0);
      choices.add(() -> (Predicate<BigInteger>) v -> scribble(memory, v.intValue()) > 0);
    } else if (type == UnaryOperator.class) {
      choices.add(() -> (UnaryOperator<BigInteger>) v -> v.shiftLeft(70));
      choices.add(() -> (UnaryOperator<@Nullable BigInteger>) v -> null);
    } else if (type == Consumer.class) {
      choices.add(() -> (Consumer<BigInteger>) v -> {});
    } else if (type == BinaryOperator.class) {
      // null-safe: JavaScript's reduce(fn, undefined) hands fn undefined, as reduce(fn, null) does
      // here; an exception from the callback itself would be the caller's, not the library's
      choices.add(() -> (BinaryOperator<@Nullable BigInteger>) (a, b) -> a == null ? b : a.subtract(b));
      choices.add(() -> (BinaryOperator<@Nullable BigInteger>) (a, b) -> null);
    } else if (type == TypedArray.class || type == ArrayBufferView.class) {
      choices.add(() -> new Int16Array(new int[] {1, -1, 300}));
      choices.add(() -> new Float64Array(new double[] {Double.NaN, -0.0, 1e300}));
      choices.add(() -> new BigInt64Array(2));
      choices.add(() -> new BigUint64Array(new BigInteger[] {BigInteger.ONE.negate()}));
      choices.add(() -> Buffer.from("abcdefgh"));
      choices.add(() -> new Int8Array(memory, GUARD + 1, 5));
      choices.add(() -> new Int16Array(memory, GUARD + 2, 2));
      choices.add(() -> new Float32Array(memory, GUARD, 1));
      if (type == ArrayBufferView.class) {
        choices.add(() -> new DataView(memory, GUARD + 1, 5));
        choices.add(() -> new DataView(new ArrayBuffer(3)));
      }
    } else {
      throw new AssertionError("no bad values for parameter type " + type + "; add some");
    }
    if (!type.isPrimitive()) {
      choices.add(() -> null);
    }
    return choices.get(random.nextInt(choices.size())).get();
  }

  /**
   * A callback's side effect: writes {@code value} over the bytes every receiver spans (the 6 from
   * {@link #GUARD}), as a JavaScript callback may write into the array it is walking. Returns a
   * value derived from {@code value}.
   */
  private static int scribble(ArrayBuffer memory, int value) {
    new Uint8Array(memory, GUARD, 6).fill(value);
    return value ^ 0x5A;
  }

  private static String describe(Executable executable, Object receiver, @Nullable Object[] arguments) {
    StringBuilder out = new StringBuilder();
    if (executable instanceof Constructor) {
      out.append("new ").append(executable.getDeclaringClass().getSimpleName());
    } else if (Modifier.isStatic(executable.getModifiers())) {
      out.append(executable.getDeclaringClass().getSimpleName()).append('.').append(executable.getName());
    } else {
      out.append(show(receiver)).append('.').append(executable.getName());
    }
    out.append('(');
    for (int i = 0; i < arguments.length; i++) {
      out.append(i == 0 ? "" : ", ").append(show(arguments[i]));
    }
    return out.append(')').toString();
  }

  /** {@code value} as a reader of a failure wants it: strings quoted, arrays and views listed. */
  private static String show(@Nullable Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof TypedArray<?> view) {
      return view.getClass().getSimpleName() + "(byteOffset " + view.byteOffset() + ", length " + view.length() + ")";
    }
    if (value instanceof DataView view) {
      return "DataView(byteOffset " + view.byteOffset() + ", byteLength " + view.byteLength() + ")";
    }
    if (value instanceof ArrayBuffer buffer) {
      return "ArrayBuffer(" + buffer.byteLength() + ")";
    }
    if (value != null && value.getClass().isArray()) {
      return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
    }
    return String.valueOf(value);
  }
}
