package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Constructor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The typed-array constructors over an {@link ArrayBuffer}, for all 11 kinds. Expected values were
 * printed by Node 22.23.3; the snippet is next to each check.
 */
class TypedArrayConstructorsTest {

  private static final List<Class<?>> KINDS =
      List.of(
          Int8Array.class, Uint8Array.class, Uint8ClampedArray.class, Int16Array.class,
          Uint16Array.class, Int32Array.class, Uint32Array.class, Float32Array.class,
          Float64Array.class, BigInt64Array.class, BigUint64Array.class);

  /**
   * Found by {@code BadArgumentsTest}: {@code new Int16Array((ArrayBuffer) null, 0)} threw a raw
   * {@link NullPointerException}, although {@code new Int16Array((ArrayBuffer) null)} already gave
   * an empty array.
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
    for (Class<?> kind : KINDS) {
      Constructor<?> toEnd = kind.getConstructor(ArrayBuffer.class, int.class);
      Constructor<?> withLength = kind.getConstructor(ArrayBuffer.class, int.class, int.class);
      for (int[] shape : shapes) {
        @Nullable Object[] arguments = new Object[1 + shape.length];
        for (int i = 0; i < shape.length; i++) {
          arguments[1 + i] = shape[i];
        }
        TypedArray<?> array =
            (TypedArray<?>) (shape.length == 1 ? toEnd : withLength).newInstance(arguments);
        String call = "new " + kind.getSimpleName() + "(null, " + java.util.Arrays.toString(shape) + ")";
        assertWithMessage("%s.length", call).that(array.length()).isEqualTo(0);
        assertWithMessage("%s.byteOffset", call).that(array.byteOffset()).isEqualTo(0);
        assertWithMessage("%s.buffer.byteLength", call).that(array.buffer().byteLength()).isEqualTo(0);
      }
    }
  }
}
