package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Java forms of the typed arrays that the conformance kit cannot show (empty {@code Optional}s
 * for {@code undefined}, the {@code Map.Entry} of a BigInt entry, {@code null} sources) and
 * Buffer's interactions with the other kinds. Each expected value is Node 22's answer to the
 * snippet beside it.
 */
class TypedArrayTest {

  @Test
  void findAnswersAnEmptyOptionalWhereNodeAnswersUndefined() {
    // new Int8Array([1, -2, 3]).find(x => x > 5) -> undefined; .findLast(x => x > 0) -> 3
    Int8Array a = new Int8Array(new int[] {1, -2, 3});
    assertThat(a.find(x -> x > 5)).isEqualTo(OptionalInt.empty());
    assertThat(a.findLast(x -> x > 0)).isEqualTo(OptionalInt.of(3));
    // new Float64Array([NaN, -0]).find(x => Object.is(x, -0)) -> -0
    OptionalDouble negativeZero =
        new Float64Array(new double[] {Double.NaN, -0.0}).find(x -> Double.doubleToRawLongBits(x) == Long.MIN_VALUE);
    assertThat(Double.doubleToRawLongBits(negativeZero.getAsDouble())).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void reduceFoldsInTheElementTypeAndAnEmptyViewWithoutAnInitialValueIsV8sTypeError() {
    // new Int16Array([1, 2, 3]).reduce((a, b) => a * 10 + b) -> 123; reduceRight -> 321
    Int16Array a = new Int16Array(new int[] {1, 2, 3});
    assertThat(a.reduce((x, y) -> x * 10 + y)).isEqualTo(123);
    assertThat(a.reduceRight((x, y) -> x * 10 + y)).isEqualTo(321);
    assertThat(a.reduce((x, y) -> x + y, 100)).isEqualTo(106);
    // new Float64Array(0).reduce((a, b) => a + b) -> TypeError: Reduce of empty array with no initial value
    NodeError error = (NodeError) assertThrows(NodeArgumentException.class, () -> new Float64Array(0).reduce(Double::sum));
    assertThat(Errors.describe(error)).isEqualTo("TypeError: Reduce of empty array with no initial value");
    assertThat(new Float64Array(0).reduceRight(Double::sum, 1.5)).isEqualTo(1.5);
  }

  @Test
  void aBigIntEntryIsAnIntegerIndexAndABigIntegerValue() {
    // [...new BigInt64Array([-1n]).entries()] -> [ [ 0, -1n ] ]: the index is a Number
    Map.Entry<Integer, BigInteger> entry = new BigInt64Array(new BigInteger[] {BigInteger.ONE.negate()}).entries().next();
    assertThat(entry).isEqualTo(Map.entry(0, BigInteger.ONE.negate()));
  }

  @Test
  void elementsAreLittleEndianInTheSharedMemory() {
    // Buffer.from(new Int16Array([0x102]).buffer) -> <Buffer 02 01>
    Int16Array a = new Int16Array(new int[] {0x102});
    assertThat(Buffer.from(a.buffer()).inspect()).isEqualTo("<Buffer 02 01>");
    // new Uint32Array(new Uint8Array([1, 2, 3, 4]).buffer)[0] -> 67305985
    assertThat(new Uint32Array(new Uint8Array(new int[] {1, 2, 3, 4}).buffer()).get(0)).isEqualTo(67305985L);
  }

  @Test
  void joinPrintsNegativeZeroAsZeroAndInspectAsMinusZero() {
    // String(new Float64Array([1.5, -0, NaN, 1e21])) -> '1.5,0,NaN,1e+21'
    Float64Array a = new Float64Array(new double[] {1.5, -0.0, Double.NaN, 1e21});
    assertThat(a.toString()).isEqualTo("1.5,0,NaN,1e+21");
    // util.inspect(new Float64Array([1.5, -0, NaN])) -> 'Float64Array(3) [ 1.5, -0, NaN ]'
    assertThat(a.subarray(0, 3).inspect()).isEqualTo("Float64Array(3) [ 1.5, -0, NaN ]");
    // util.inspect(new BigUint64Array([1n])) -> 'BigUint64Array(1) [ 1n ]'
    assertThat(new BigUint64Array(new BigInteger[] {BigInteger.ONE}).inspect()).isEqualTo("BigUint64Array(1) [ 1n ]");
  }

  @Test
  void nullSourcesGiveEmptyArraysAsJavaScriptsNullDoes() {
    // new Int16Array(null).length -> 0
    assertThat(new Int16Array((ArrayBuffer) null).length()).isEqualTo(0);
    assertThat(new Float32Array((TypedArray<?>) null).length()).isEqualTo(0);
    assertThat(new BigInt64Array((BigInteger[]) null).length()).isEqualTo(0);
  }

  /**
   * Found by {@code BadArgumentsTest}: {@code new Int16Array((ArrayBuffer) null, 0)} threw a raw
   * {@link NullPointerException}, although {@code new Int16Array((ArrayBuffer) null)} gave an
   * empty array.
   *
   * <pre>{@code
   * for (const K of [Int8Array, ..., BigUint64Array])
   *   for (const args of [[null, 0], [null, 3], [null, -1], [null, 2147483647], [null, 5, 3],
   *                       [null, -1, -5], [null, 1, 2147483647]]) {
   *     const a = new K(...args); console.log(a.length, a.byteOffset, a.buffer.byteLength) }
   * }</pre>
   *
   * prints {@code 0 0 0} for every kind and every shape.
   */
  @Test
  void aNullArrayBufferGivesAnEmptyArrayWhateverTheOffsetAndLength() throws Exception {
    int[][] shapes = {{0}, {3}, {-1}, {Integer.MAX_VALUE}, {5, 3}, {-1, -5}, {1, Integer.MAX_VALUE}};
    List<Class<?>> kinds =
        List.of(
            Int8Array.class, Uint8Array.class, Uint8ClampedArray.class, Int16Array.class,
            Uint16Array.class, Int32Array.class, Uint32Array.class, Float32Array.class,
            Float64Array.class, BigInt64Array.class, BigUint64Array.class);
    for (Class<?> kind : kinds) {
      Constructor<?> toEnd = kind.getConstructor(ArrayBuffer.class, int.class);
      Constructor<?> withLength = kind.getConstructor(ArrayBuffer.class, int.class, int.class);
      for (int[] shape : shapes) {
        @Nullable Object[] arguments = new Object[1 + shape.length];
        for (int i = 0; i < shape.length; i++) {
          arguments[1 + i] = shape[i];
        }
        TypedArray<?> array =
            (TypedArray<?>) (shape.length == 1 ? toEnd : withLength).newInstance(arguments);
        String call = "new " + kind.getSimpleName() + "(null, " + Arrays.toString(shape) + ")";
        assertWithMessage("%s.length", call).that(array.length()).isEqualTo(0);
        assertWithMessage("%s.byteOffset", call).that(array.byteOffset()).isEqualTo(0);
        assertWithMessage("%s.buffer.byteLength", call).that(array.buffer().byteLength()).isEqualTo(0);
      }
    }
  }

  @Test
  void isViewIsTrueForEveryTypedArrayAndDataViewOnly() {
    // ArrayBuffer.isView(new Int8Array(1)), (new DataView(new ArrayBuffer(1))), (Buffer.alloc(1)),
    // (new ArrayBuffer(1)) -> true true true false
    assertThat(ArrayBuffer.isView(new Int8Array(1))).isTrue();
    assertThat(ArrayBuffer.isView(new DataView(new ArrayBuffer(1)))).isTrue();
    assertThat(ArrayBuffer.isView(Buffer.alloc(1))).isTrue();
    assertThat(ArrayBuffer.isView(new ArrayBuffer(1))).isFalse();
    assertThat(ArrayBuffer.isView(null)).isFalse();
  }

  @Test
  void bufferTakesTheOtherKindsAsNodeDoes() {
    // Buffer.from(new Float64Array([300.5, -1, NaN])) -> <Buffer 2c ff 00>
    assertThat(Buffer.from(new Float64Array(new double[] {300.5, -1, Double.NaN})).inspect()).isEqualTo("<Buffer 2c ff 00>");
    // Buffer.from(new BigInt64Array(1)) -> TypeError: Cannot mix BigInt and other types, use explicit conversions
    assertThat(Errors.describe((NodeError) assertThrows(NodeArgumentException.class, () -> Buffer.from(new BigInt64Array(1)))))
        .isEqualTo("TypeError: Cannot mix BigInt and other types, use explicit conversions");
    // Buffer.copyBytesFrom(new BigInt64Array([1n, 2n]), 1) -> <Buffer 02 00 00 00 00 00 00 00>
    BigInt64Array big = new BigInt64Array(new BigInteger[] {BigInteger.ONE, BigInteger.TWO});
    assertThat(Buffer.copyBytesFrom(big, 1).inspect()).isEqualTo("<Buffer 02 00 00 00 00 00 00 00>");
    // Buffer.alloc(5, new Uint16Array([0x0102])) -> <Buffer 02 01 02 01 02>
    assertThat(Buffer.alloc(5, new Uint16Array(new int[] {0x0102})).inspect()).isEqualTo("<Buffer 02 01 02 01 02>");
    // Buffer.alloc(4).fill(new Float32Array([1])) -> <Buffer 00 00 80 3f>
    assertThat(Buffer.alloc(4).fill(new Float32Array(new double[] {1})).inspect()).isEqualTo("<Buffer 00 00 80 3f>");
    // Buffer.alloc(2).fill(new Uint16Array(0)) -> TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received Uint16Array(0) []
    assertThat(Errors.describe((NodeError) assertThrows(NodeArgumentException.class, () -> Buffer.alloc(2).fill(new Uint16Array(0)))))
        .isEqualTo("TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received Uint16Array(0) []");
    // Buffer.byteLength(new Float64Array(3)) -> 24; Buffer.byteLength(new DataView(new ArrayBuffer(3))) -> 3
    assertThat(Buffer.byteLength(new Float64Array(3))).isEqualTo(24);
    assertThat(Buffer.byteLength(new DataView(new ArrayBuffer(3)))).isEqualTo(3);
    // require('buffer').isUtf8(new Uint16Array([0x41, 0xff])) -> false; isAscii(new Uint16Array([0x41])) -> true
    assertThat(Buffers.isUtf8(new Uint16Array(new int[] {0x41, 0xff}))).isFalse();
    assertThat(Buffers.isAscii(new Uint16Array(new int[] {0x41}))).isTrue();
    // Buffer.from([1, 2, 3, 4]).copy(new Uint16Array(2)) -> 4
    assertThat(Buffer.from(new int[] {1, 2, 3, 4}).copy(new Uint16Array(2))).isEqualTo(4);
  }

  @Test
  void bufferFromADataViewIsANewEmptyBufferOffThePool() {
    // const b = Buffer.allocUnsafe(1); const d = Buffer.from(new DataView(new ArrayBuffer(4)));
    // const c = Buffer.allocUnsafe(1); [d.length, d.buffer.byteLength, c.byteOffset - b.byteOffset] -> [0, 0, 8]
    Buffers.resetPool();
    Buffer b = Buffer.allocUnsafe(1);
    Buffer d = Buffer.from(new DataView(new ArrayBuffer(4)));
    Buffer c = Buffer.allocUnsafe(1);
    assertThat(new int[] {d.length(), d.buffer().byteLength(), c.byteOffset() - b.byteOffset()})
        .isEqualTo(new int[] {0, 0, 8});
  }
}
