package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link DataView}: what the TCK's {@code dataview} section cannot say, because a case is
 * JavaScript: the Java signatures, Java's {@code null}, {@code int} and {@code long} values beyond
 * the JavaScript type's range, offsets at the ends of {@code int}, and every method called with bad
 * arguments. Expected values were printed by node v22.23.3 (the snippet is beside each).
 */
@SuppressWarnings("NullAway") // null arguments are the point of several tests
class DataViewTest {
  private static final String OFFSET_OUTSIDE = "Offset is outside the bounds of the DataView";

  // ---- the API contract: names, parameter and return types ----

  @Test
  void everyGetterAndSetterOfNode22ExistsWithTheContractsTypes() throws NoSuchMethodException {
    // Node 22: Object.getOwnPropertyNames(DataView.prototype) holds these ten get/set pairs.
    Object[][] kinds = {
      {"Int8", int.class, int.class}, {"Uint8", int.class, int.class},
      {"Int16", int.class, int.class}, {"Uint16", int.class, int.class},
      {"Int32", int.class, int.class}, {"Uint32", long.class, long.class},
      {"Float32", double.class, double.class}, {"Float64", double.class, double.class},
      {"BigInt64", BigInteger.class, BigInteger.class}, {"BigUint64", BigInteger.class, BigInteger.class},
    };
    for (Object[] kind : kinds) {
      String get = "get" + kind[0];
      String set = "set" + kind[0];
      Class<?> value = (Class<?>) kind[2];
      assertWithMessage(get).that(DataView.class.getMethod(get, int.class).getReturnType()).isEqualTo(kind[1]);
      assertWithMessage(set)
          .that(DataView.class.getMethod(set, int.class, value).getReturnType())
          .isEqualTo(void.class);
      boolean multiByte = !kind[0].toString().endsWith("8");
      for (Method method : DataView.class.getMethods()) {
        if (method.getName().equals(get) || method.getName().equals(set)) {
          boolean hasOrder = method.getParameterCount() == (method.getName().equals(get) ? 2 : 3);
          assertWithMessage(method.toString()).that(hasOrder && !multiByte).isFalse();
        }
      }
      if (multiByte) {
        assertWithMessage(get)
            .that(DataView.class.getMethod(get, int.class, boolean.class).getReturnType())
            .isEqualTo(kind[1]);
        assertWithMessage(set)
            .that(DataView.class.getMethod(set, int.class, value, boolean.class).getReturnType())
            .isEqualTo(void.class);
      }
    }
    // typeof DataView.prototype.getFloat16 === 'undefined' on Node 22.
    assertThrows(NoSuchMethodException.class, () -> DataView.class.getMethod("getFloat16", int.class));
    assertThrows(NoSuchMethodException.class, () -> DataView.class.getMethod("setFloat16", int.class, double.class));
    assertThat(ArrayBufferView.class.isAssignableFrom(DataView.class)).isTrue();
  }

  @Test
  void accessorsAndToString() {
    ArrayBuffer ab = new ArrayBuffer(16);
    DataView dv = new DataView(ab, 3, 4);
    assertThat(dv.buffer()).isSameInstanceAs(ab);
    assertThat(dv.byteOffset()).isEqualTo(3);
    assertThat(dv.byteLength()).isEqualTo(4);
    assertThat(new DataView(ab, 5).byteLength()).isEqualTo(11);
    assertThat(new DataView(ab).byteLength()).isEqualTo(16);
    // String(new DataView(new ArrayBuffer(2)))
    assertThat(dv.toString()).isEqualTo("[object DataView]");
    assertThat(dv).isNotEqualTo(new DataView(ab, 3, 4)); // === is identity
  }

  // ---- constructors ----

  @Test
  void nullBufferIsV8sTypeErrorBeforeAnyOffsetCheck() {
    // new DataView(null) and new DataView(null, -1, -1):
    // TypeError: First argument to DataView constructor must be an ArrayBuffer
    for (Executable call :
        List.<Executable>of(
            () -> new DataView(null),
            () -> new DataView(null, -1),
            () -> new DataView(null, -1, -1),
            () -> new DataView(null, Integer.MAX_VALUE, Integer.MIN_VALUE))) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, call);
      assertV8Error(e, "TypeError", "First argument to DataView constructor must be an ArrayBuffer");
    }
  }

  @Test
  void startOffsetOutsideTheBufferAtTheEndsOfInt() {
    ArrayBuffer ab = new ArrayBuffer(8);
    // new DataView(ab, 2147483647) and (ab, -2147483648), with or without a length:
    // RangeError: Start offset 2147483647 is outside the bounds of the buffer
    Map<Executable, Integer> calls = new LinkedHashMap<>();
    calls.put(() -> new DataView(ab, Integer.MAX_VALUE), Integer.MAX_VALUE);
    calls.put(() -> new DataView(ab, Integer.MIN_VALUE), Integer.MIN_VALUE);
    calls.put(() -> new DataView(ab, Integer.MAX_VALUE, Integer.MAX_VALUE), Integer.MAX_VALUE);
    calls.put(() -> new DataView(ab, -1, -1), -1); // the offset is checked before the length
    calls.put(() -> new DataView(ab, 9, -1), 9);
    for (Map.Entry<Executable, Integer> call : calls.entrySet()) {
      NodeIndexException e = assertThrows(NodeIndexException.class, call.getKey());
      assertV8Error(e, "RangeError", "Start offset " + call.getValue() + " is outside the bounds of the buffer");
    }
  }

  @Test
  void invalidLengthIncludingOneWhoseEndOverflowsInt() {
    ArrayBuffer ab = new ArrayBuffer(8);
    // new DataView(ab, 1, 2147483647): RangeError: Invalid DataView length 2147483647
    // (1 + 2147483647 overflows an int; the check must not).
    Map<Executable, Integer> calls = new LinkedHashMap<>();
    calls.put(() -> new DataView(ab, 1, Integer.MAX_VALUE), Integer.MAX_VALUE);
    calls.put(() -> new DataView(ab, 8, Integer.MAX_VALUE), Integer.MAX_VALUE);
    calls.put(() -> new DataView(ab, 0, Integer.MIN_VALUE), Integer.MIN_VALUE);
    calls.put(() -> new DataView(ab, 8, -1), -1);
    calls.put(() -> new DataView(ab, 4, 5), 5);
    for (Map.Entry<Executable, Integer> call : calls.entrySet()) {
      NodeIndexException e = assertThrows(NodeIndexException.class, call.getKey());
      assertV8Error(e, "RangeError", "Invalid DataView length " + call.getValue());
    }
    assertThat(new DataView(ab, 8, 0).byteLength()).isEqualTo(0);
    assertThat(new DataView(new ArrayBuffer(0), 0, 0).byteLength()).isEqualTo(0);
  }

  // ---- values a Java type holds and the JavaScript type does not ----

  @Test
  void intValuesKeepTheirLowBits() {
    DataView dv = new DataView(new ArrayBuffer(8));
    // dv.setUint8(0, -2147483648); dv.setInt8(1, 2147483647); -> 0 -1
    dv.setUint8(0, Integer.MIN_VALUE);
    dv.setInt8(1, Integer.MAX_VALUE);
    assertThat(dv.getUint8(0)).isEqualTo(0);
    assertThat(dv.getInt8(1)).isEqualTo(-1);
    // dv.setInt16(0, -2147483648) -> 0; dv.setUint16(0, 0x12345678) -> 22136;
    // dv.setInt16(0, 2147483647) -> -1
    dv.setInt16(0, Integer.MIN_VALUE);
    assertThat(dv.getInt16(0)).isEqualTo(0);
    dv.setUint16(0, 0x12345678);
    assertThat(dv.getUint16(0)).isEqualTo(22136);
    dv.setInt16(0, Integer.MAX_VALUE, true);
    assertThat(dv.getInt16(0, true)).isEqualTo(-1);
  }

  @Test
  void longValuesOfSetUint32KeepTheirLow32Bits() {
    DataView dv = new DataView(new ArrayBuffer(4));
    // Number(BigInt.asUintN(32, v)) for v = 2n ** 63n - 1n, -(2n ** 63n), 0x123456789n:
    // 4294967295 0 591751049 (JavaScript's ToUint32 of the same integers)
    dv.setUint32(0, Long.MAX_VALUE);
    assertThat(dv.getUint32(0)).isEqualTo(4294967295L);
    dv.setUint32(0, Long.MIN_VALUE, true);
    assertThat(dv.getUint32(0, true)).isEqualTo(0L);
    dv.setUint32(0, 0x1_2345_6789L);
    assertThat(dv.getUint32(0)).isEqualTo(591751049L);
    // dv.setUint32(0, 2 ** 32 - 1, true); dv.getUint32(0, true), dv.getInt32(0, true) -> 4294967295 -1
    dv.setUint32(0, 0xFFFF_FFFFL, true);
    assertThat(dv.getUint32(0, true)).isEqualTo(4294967295L);
    assertThat(dv.getInt32(0, true)).isEqualTo(-1);
  }

  @Test
  void doubleExtremesOfSetFloat32() {
    DataView dv = new DataView(new ArrayBuffer(4));
    // dv.setFloat32(0, Number.MAX_VALUE) -> Infinity; -Number.MAX_VALUE -> -Infinity;
    // Number.MIN_VALUE -> 0 (positive)
    dv.setFloat32(0, Double.MAX_VALUE);
    assertThat(dv.getFloat32(0)).isEqualTo(Double.POSITIVE_INFINITY);
    dv.setFloat32(0, -Double.MAX_VALUE);
    assertThat(dv.getFloat32(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    dv.setFloat32(0, Double.MIN_VALUE);
    assertThat(Double.doubleToRawLongBits(dv.getFloat32(0))).isEqualTo(0L);
  }

  @Test
  void bigIntegersBeyond64BitsKeepTheirLow64Bits() {
    DataView dv = new DataView(new ArrayBuffer(8));
    // dv.setBigInt64(0, 2n ** 200n + 7n) -> 7n
    dv.setBigInt64(0, BigInteger.TWO.pow(200).add(BigInteger.valueOf(7)));
    assertThat(dv.getBigInt64(0)).isEqualTo(BigInteger.valueOf(7));
    // dv.setBigUint64(0, -(2n ** 200n) - 7n); dv.getBigUint64(0), dv.getBigInt64(0, true)
    // -> 18446744073709551609n -432345564227567617n
    dv.setBigUint64(0, BigInteger.TWO.pow(200).negate().subtract(BigInteger.valueOf(7)));
    assertThat(dv.getBigUint64(0)).isEqualTo(new BigInteger("18446744073709551609"));
    assertThat(dv.getBigInt64(0, true)).isEqualTo(new BigInteger("-432345564227567617"));
  }

  // ---- offsets ----

  @Test
  void offsetsAtTheEndsOfIntAreOutsideEveryView() {
    DataView dv = new DataView(new ArrayBuffer(16), 4, 8);
    // new DataView(new ArrayBuffer(8)).getFloat64(2147483647) and .setFloat64(-2147483648, 0):
    // RangeError: Offset is outside the bounds of the DataView (MAX_VALUE - 8 must not wrap)
    for (int offset : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 7, Integer.MIN_VALUE, -1, 8}) {
      NodeIndexException e = assertThrows(NodeIndexException.class, () -> dv.getInt8(offset));
      assertV8Error(e, "RangeError", OFFSET_OUTSIDE);
    }
    // 5 is inside the view, but 4 or 8 bytes from there are not.
    for (int offset : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 7, Integer.MIN_VALUE, -1, 8, 5}) {
      for (Executable call :
          List.<Executable>of(
              () -> dv.getFloat64(offset),
              () -> dv.setFloat64(offset, 0),
              () -> dv.getBigUint64(offset, true),
              () -> dv.setBigInt64(offset, BigInteger.ONE, true),
              () -> dv.setUint32(offset, -1L))) {
        NodeIndexException e = assertThrows(NodeIndexException.class, call);
        assertV8Error(e, "RangeError", OFFSET_OUTSIDE);
      }
    }
  }

  @Test
  void nullBigIntegerIsV8sUndefinedTypeErrorBetweenTheTwoOffsetChecks() {
    // V8's SetViewValue: ToIndex(offset), then ToBigInt(value), then the fit.
    // new DataView(new ArrayBuffer(8)).setBigInt64(0, undefined):
    // TypeError: Cannot convert undefined to a BigInt
    ArrayBuffer ab = new ArrayBuffer(8);
    DataView dv = new DataView(ab);
    for (Executable call :
        List.<Executable>of(
            () -> dv.setBigInt64(0, null),
            () -> dv.setBigUint64(0, null, true),
            // new DataView(new ArrayBuffer(4)).setBigUint64(0, undefined): the TypeError, not the fit
            () -> new DataView(ab, 4).setBigUint64(0, null),
            () -> dv.setBigInt64(Integer.MAX_VALUE, null, false))) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, call);
      assertV8Error(e, "TypeError", "Cannot convert undefined to a BigInt");
    }
    // dv.setBigInt64(-1, undefined): RangeError: Offset is outside the bounds of the DataView
    for (Executable call :
        List.<Executable>of(
            () -> dv.setBigInt64(-1, null), () -> dv.setBigUint64(Integer.MIN_VALUE, null, true))) {
      NodeIndexException e = assertThrows(NodeIndexException.class, call);
      assertV8Error(e, "RangeError", OFFSET_OUTSIDE);
    }
    assertThat(Buffer.from(ab).toString("hex")).isEqualTo("0000000000000000");
  }

  @Test
  void sharesMemoryWithBuffersOverTheSameArrayBuffer() {
    // const buf = Buffer.from('0102030405060708', 'hex');
    // const dv = new DataView(buf.buffer, buf.byteOffset, buf.length);
    // dv.getUint32(0), dv.getUint32(4, true) -> 16909060 134678021
    // dv.setUint16(1, 0xabcd); dv.setInt32(4, -2, true); buf -> <Buffer 01 ab cd 04 fe ff ff ff>
    Buffer buf = Buffer.from("0102030405060708", "hex");
    DataView dv = new DataView(buf.buffer(), buf.byteOffset(), buf.length());
    assertThat(dv.getUint32(0)).isEqualTo(16909060L);
    assertThat(dv.getUint32(4, true)).isEqualTo(134678021L);
    dv.setUint16(1, 0xabcd);
    dv.setInt32(4, -2, true);
    assertThat(buf.toString("hex")).isEqualTo("01abcd04feffffff");
  }

  // ---- every method, bad arguments ----

  /**
   * README's promise ("Errors") for {@link DataView}, as {@code BadArgumentsTest} checks it for
   * {@link Buffer}: every public method, called with bad arguments on a view inside a larger
   * buffer, returns or throws a {@link NodeError} (never a raw JDK exception), and never changes
   * a byte outside the view.
   */
  @Test
  void everyMethodThrowsOnlyNodeErrorsAndKeepsToItsView() throws Exception {
    Random random = new Random(0xDA7A_0FF);
    Map<String, String> problems = new LinkedHashMap<>();
    int calls = 0;
    List<Method> methods = new ArrayList<>();
    for (Method method : DataView.class.getMethods()) {
      if (method.getDeclaringClass() == DataView.class && !Modifier.isStatic(method.getModifiers())) {
        methods.add(method);
      }
    }
    // 18 getters, 18 setters, buffer(), byteOffset(), byteLength(), toString()
    assertThat(methods).hasSize(40);
    for (Method method : methods) {
      for (int i = 0; i < 300; i++) {
        ArrayBuffer ab = new ArrayBuffer(24);
        byte[] guard = new byte[24];
        Arrays.fill(guard, (byte) 0xA5);
        Buffer.from(ab).set(toInts(guard));
        DataView dv = new DataView(ab, 8, 8);
        @Nullable Object[] arguments = new Object[method.getParameterCount()];
        for (int p = 0; p < arguments.length; p++) {
          arguments[p] = badValue(method.getParameterTypes()[p], random);
        }
        calls++;
        try {
          method.invoke(dv, arguments);
        } catch (InvocationTargetException e) {
          Throwable thrown = Objects.requireNonNull(e.getCause());
          if (!(thrown instanceof NodeError)) {
            problems.putIfAbsent(method + " " + thrown.getClass().getName(), Arrays.toString(arguments) + " threw " + thrown);
          }
        }
        Buffer all = Buffer.from(ab);
        for (int k = 0; k < 24; k++) {
          if ((k < 8 || k >= 16) && all.get(k) != 0xA5) {
            problems.putIfAbsent(method + " guard", Arrays.toString(arguments) + " changed byte " + k);
          }
        }
      }
    }
    assertWithMessage("%s calls; problems:\n  %s", calls, String.join("\n  ", problems.values()))
        .that(problems)
        .isEmpty();
  }

  private static int[] toInts(byte[] bytes) {
    int[] ints = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      ints[i] = bytes[i] & 0xFF;
    }
    return ints;
  }

  private static @Nullable Object badValue(Class<?> type, Random random) {
    if (type == int.class) {
      int[] choices = {0, 1, 7, 8, 9, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE - 7, 5, 4};
      return choices[random.nextInt(choices.length)];
    }
    if (type == long.class) {
      long[] choices = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 0xFFFF_FFFFL};
      return choices[random.nextInt(choices.length)];
    }
    if (type == double.class) {
      double[] choices = {
        Double.NaN, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -0.0, Double.MIN_VALUE, 1e300
      };
      return choices[random.nextInt(choices.length)];
    }
    if (type == boolean.class) {
      return random.nextBoolean();
    }
    if (type == BigInteger.class) {
      BigInteger[] choices = {
        null, BigInteger.ZERO, BigInteger.ONE.negate(), BigInteger.TWO.pow(64), BigInteger.TWO.pow(300).negate()
      };
      return choices[random.nextInt(choices.length)];
    }
    throw new AssertionError("no bad values for " + type);
  }

  private static void assertV8Error(Throwable e, String name, String message) {
    NodeError error = (NodeError) e;
    assertThat(error.name()).isEqualTo(name);
    assertThat(error.code()).isNull();
    assertThat(e).hasMessageThat().isEqualTo(message);
  }
}
