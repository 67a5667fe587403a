package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * README's promise ("Errors") for the whole surface, checked by reflection rather than method by
 * method:
 * every public method of {@link Buffer}, {@link Uint8Array} and {@link Buffers}, called with bad
 * arguments ({@code null}s, negative, huge and extreme numbers, unknown encodings, empty and odd
 * values), either returns or throws a {@link NodeError}: never a raw {@link NullPointerException},
 * {@link ArrayIndexOutOfBoundsException}, {@link NegativeArraySizeException} or any other JDK
 * exception, and never changes a byte outside the receiver's own view.
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

  @Test
  void everyPublicMethodThrowsOnlyNodeErrorsAndKeepsToItsView() throws Exception {
    Random random = new Random(0x5EED_BAD);
    // One example per method and kind of problem.
    Map<String, String> problems = new LinkedHashMap<>();
    int calls = 0;
    for (Method method : methods()) {
      for (int i = 0; i < CALLS_PER_METHOD; i++) {
        byte[] memory = new byte[GUARD + 6 + GUARD];
        Arrays.fill(memory, (byte) 0xA5);
        Buffer receiver = Buffer.wrap(memory, GUARD, 6);
        boolean huge = !ALLOCATING.contains(method.getName());
        @Nullable Object[] arguments = new Object[method.getParameterCount()];
        for (int p = 0; p < arguments.length; p++) {
          arguments[p] = badValue(method.getParameterTypes()[p], random, huge);
        }
        calls++;
        try {
          method.invoke(Modifier.isStatic(method.getModifiers()) ? null : receiver, arguments);
        } catch (InvocationTargetException e) {
          Throwable thrown = java.util.Objects.requireNonNull(e.getCause());
          boolean javaIndexError =
              JAVA_INDEX_ACCESS.contains(method.getName()) && thrown instanceof IndexOutOfBoundsException;
          if (!(thrown instanceof NodeError) && !javaIndexError) {
            problems.putIfAbsent(
                method + " " + thrown.getClass().getName(), describe(method, arguments) + " threw " + thrown);
          }
        }
        for (int g = 0; g < GUARD; g++) {
          if (memory[g] != (byte) 0xA5 || memory[memory.length - 1 - g] != (byte) 0xA5) {
            problems.putIfAbsent(method + " guard", describe(method, arguments) + " changed a byte outside its view");
            break;
          }
        }
      }
    }
    assertWithMessage("calls made").that(calls).isGreaterThan(10_000);
    assertWithMessage("%s calls; problems, one example each:\n  %s", calls, String.join("\n  ", problems.values()))
        .that(problems.size())
        .isEqualTo(0);
  }

  private static List<Method> methods() {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : List.of(Buffer.class, Uint8Array.class, Buffers.class)) {
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

  private static String joinedParameters(Method method) {
    StringBuilder out = new StringBuilder();
    for (Class<?> parameter : method.getParameterTypes()) {
      out.append(out.length() == 0 ? "" : ",").append(parameter.getName());
    }
    return out.toString();
  }

  /** A value of {@code type} drawn from what a careless or hostile caller passes. */
  private static @Nullable Object badValue(Class<?> type, Random random, boolean hugeAllowed) {
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
      for (double v : new double[] {Double.NaN, -0.0, 1.5, -1e300, Double.POSITIVE_INFINITY}) {
        choices.add(() -> v);
      }
    } else if (type == boolean.class) {
      choices.add(() -> true);
    } else if (type == String.class || type == CharSequence.class) {
      for (String v : new String[] {"", "hex", "base64", "ucs2", "bogus", "zz", "\ud800", "é€😀"}) {
        choices.add(() -> v);
      }
    } else if (type == BigInteger.class) {
      choices.add(() -> BigInteger.ONE.negate());
      choices.add(() -> BigInteger.ONE.shiftLeft(64));
      choices.add(() -> BigInteger.ZERO);
    } else if (type == Uint8Array.class || type == Buffer.class) {
      choices.add(() -> Buffer.alloc(0));
      choices.add(() -> Buffer.from("abc"));
      choices.add(() -> new Uint8Array(9));
    } else if (type == ArrayBuffer.class) {
      choices.add(() -> new ArrayBuffer(0));
      choices.add(() -> new ArrayBuffer(5));
    } else if (type == int[].class) {
      choices.add(() -> new int[0]);
      choices.add(() -> new int[] {1, -1, 300, Integer.MIN_VALUE});
      choices.add(() -> new int[40]);
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
    } else if (type == IntPredicate.class) {
      choices.add(() -> (IntPredicate) b -> b > 100);
    } else if (type == IntUnaryOperator.class) {
      choices.add(() -> (IntUnaryOperator) b -> b * 1000 - 7);
    } else if (type == IntConsumer.class) {
      choices.add(() -> (IntConsumer) b -> {});
    } else if (type == IntBinaryOperator.class) {
      choices.add(() -> (IntBinaryOperator) (a, b) -> a * 31 + b);
    } else if (type == DataView.class) {
      choices.add(() -> new DataView(new ArrayBuffer(0)));
      choices.add(() -> new DataView(new ArrayBuffer(8), 2, 4));
    } else if (type == TypedArray.class || type == ArrayBufferView.class) {
      choices.add(() -> new Int16Array(new int[] {1, -1, 300}));
      choices.add(() -> new Float64Array(new double[] {Double.NaN, -0.0, 1e300}));
      choices.add(() -> new BigInt64Array(2));
      choices.add(() -> Buffer.from("abcdefgh"));
    } else {
      throw new AssertionError("no bad values for parameter type " + type + "; add some");
    }
    if (!type.isPrimitive()) {
      choices.add(() -> null);
    }
    return choices.get(random.nextInt(choices.size())).get();
  }

  private static String describe(Method method, @Nullable Object[] arguments) {
    StringBuilder out = new StringBuilder(method.getDeclaringClass().getSimpleName()).append('.');
    out.append(method.getName()).append('(');
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      out.append(i == 0 ? "" : ", ")
          .append(a instanceof String ? "\"" + a + "\"" : a instanceof int[] ? Arrays.toString((int[]) a) : String.valueOf(a));
    }
    return out.append(')').toString();
  }
}
