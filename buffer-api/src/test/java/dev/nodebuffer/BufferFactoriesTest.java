package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Java side of the factories (alloc with fill, from arrays, ArrayBuffers, views and objects,
 * of, copyBytesFrom, concat, isBuffer, byteLength of views, the constants): nulls give Node's
 * errors, never a NullPointerException; the Java-only overloads ({@code from(byte[])}, {@code
 * from(int[])}, {@code concat(Uint8Array[])}) behave as their Node counterparts; Java collections
 * from JSON parsers go through {@code from(Map)}; error types follow the README. Node's behaviours
 * themselves are proven by the conformance kit.
 */
@SuppressWarnings("NullAway") // null arguments are the point of several tests
class BufferFactoriesTest {

  private static final String FIRST_ARGUMENT =
      "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array"
          + " or an Array-like Object. Received ";

  @AfterEach
  void restoreDefaults() {
    Buffer.setPoolSize(Pool.DEFAULT_POOL_SIZE);
    Buffers.resetPool();
  }

  private static NodeError nodeError(Class<? extends Throwable> type, Executable call) {
    Throwable thrown = assertThrows(type, call);
    assertThat(thrown).isInstanceOf(NodeError.class);
    return (NodeError) thrown;
  }

  private static void assertBytes(Uint8Array view, int... expected) {
    int[] actual = new int[view.length()];
    for (int i = 0; i < actual.length; i++) {
      actual[i] = view.get(i);
    }
    assertThat(actual).isEqualTo(expected);
  }

  // ---- from(byte[]), from(int[]), from(List), of ----

  @Test
  void fromBytesIsACopyPlacedLikeAnArray() {
    byte[] source = {1, 2, (byte) 0xff};
    Buffer buf = Buffer.from(source);
    source[0] = 9;
    buf.put(1, 7);
    assertBytes(buf, 1, 7, 255);
    assertThat(source).isEqualTo(new byte[] {9, 2, (byte) 0xff});
    Buffer next = Buffer.from(new byte[] {4});
    assertThat(buf.buffer().byteLength()).isEqualTo(8192);
    assertThat(buf.byteOffset()).isEqualTo(8);
    assertThat(next.buffer()).isSameInstanceAs(buf.buffer());
    assertThat(next.byteOffset() - buf.byteOffset()).isEqualTo(8);
  }

  @Test
  void fromBytesOfHalfAPoolOrMoreHasItsOwnArrayBuffer() {
    Buffer buf = Buffer.from(new byte[4096]);
    assertThat(buf.buffer().byteLength()).isEqualTo(4096);
    assertThat(Buffer.from(new byte[0]).buffer().byteLength()).isEqualTo(0);
  }

  @Test
  void fromIntsIsToUint8() {
    assertBytes(Buffer.from(new int[] {257, -1, 0x62, 256, Integer.MIN_VALUE + 5}), 1, 255, 0x62, 0, 5);
    assertThat(Buffer.from(new int[] {1}).buffer().byteLength()).isEqualTo(8192);
  }

  @Test
  void fromListTakesWhatJsonParsersGive() {
    List<Object> mixed = Arrays.asList(1, 257L, 2.9, -1.5, BigInteger.valueOf(258), "0x10", true, null);
    assertBytes(Buffer.from(mixed), 1, 1, 2, 255, 2, 16, 1, 0);
  }

  @Test
  void ofIsToUint8AndNeverPooled() {
    Buffer buf = Buffer.of(1, 257, -1);
    assertBytes(buf, 1, 1, 255);
    assertThat(buf.buffer().byteLength()).isEqualTo(3);
    assertThat(Buffer.of().length()).isEqualTo(0);
  }

  @Test
  void nullArraysAreNodesTypeErrorNotANullPointerException() {
    for (Executable call :
        List.<Executable>of(
            () -> Buffer.from((int[]) null),
            () -> Buffer.from((byte[]) null),
            () -> Buffer.from((List<?>) null),
            () -> Buffer.from((Uint8Array) null),
            () -> Buffer.from((ArrayBuffer) null),
            () -> Buffer.from((ArrayBuffer) null, 0),
            () -> Buffer.from((ArrayBuffer) null, 0, 0),
            () -> Buffer.from((Map<?, ?>) null))) {
      NodeError e = nodeError(IllegalArgumentException.class, call);
      assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
      assertThat(((Throwable) e).getMessage()).isEqualTo(FIRST_ARGUMENT + "null");
    }
  }

  @Test
  void ofNullIsV8sSpreadError() {
    NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.of((int[]) null));
    assertThat(e.code()).isNull();
    assertThat(e.name()).isEqualTo("TypeError");
    assertThat(((Throwable) e).getMessage()).isEqualTo("null is not iterable (cannot read property null)");
  }

  // ---- from(Uint8Array), from(ArrayBuffer) ----

  @Test
  void fromViewIsACopy() {
    Uint8Array plain = new Uint8Array(2);
    plain.put(0, 5);
    Buffer copy = Buffer.from(plain);
    plain.put(0, 6);
    assertBytes(copy, 5, 0);
    assertThat(copy.buffer()).isNotSameInstanceAs(plain.buffer());
  }

  @Test
  void fromArrayBufferSharesMemory() {
    ArrayBuffer ab = new ArrayBuffer(4);
    Buffer whole = Buffer.from(ab);
    Buffer part = Buffer.from(ab, 1, 2);
    part.put(0, 0x88);
    assertBytes(whole, 0, 0x88, 0, 0);
    assertThat(part.buffer()).isSameInstanceAs(ab);
    assertThat(Buffer.from(ab, 4).length()).isEqualTo(0);
  }

  @Test
  void fromArrayBufferBoundsAreIndexOutOfBoundsExceptions() {
    ArrayBuffer ab = new ArrayBuffer(4);
    NodeError offset = nodeError(IndexOutOfBoundsException.class, () -> Buffer.from(ab, 5));
    assertThat(offset.code()).isEqualTo("ERR_BUFFER_OUT_OF_BOUNDS");
    NodeError length = nodeError(IndexOutOfBoundsException.class, () -> Buffer.from(ab, 1, 4));
    assertThat(((Throwable) length).getMessage()).isEqualTo("\"length\" is outside of buffer bounds");
    NodeError negative = nodeError(IndexOutOfBoundsException.class, () -> Buffer.from(ab, -1, 2));
    assertThat(negative.code()).isNull();
    assertThat(((Throwable) negative).getMessage()).isEqualTo("Start offset -1 is outside the bounds of the buffer");
    assertThat(negative.toString()).isEqualTo("RangeError: Start offset -1 is outside the bounds of the buffer");
  }

  @Test
  void fromArrayBufferExtremeIntsDoNotOverflow() {
    ArrayBuffer ab = new ArrayBuffer(4);
    assertThrows(IndexOutOfBoundsException.class, () -> Buffer.from(ab, Integer.MIN_VALUE));
    assertThrows(IndexOutOfBoundsException.class, () -> Buffer.from(ab, Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertThat(
            ((Throwable) nodeError(IndexOutOfBoundsException.class, () -> Buffer.from(ab, Integer.MIN_VALUE, Integer.MAX_VALUE)))
                .getMessage())
        .isEqualTo("Start offset -2147483648 is outside the bounds of the buffer");
  }

  // ---- from(Map) ----

  @Test
  void fromMapRestoresTheToJsonShape() {
    // What Jackson gives for {"type":"Buffer","data":[104,105]}, and what Gson gives (doubles).
    Map<String, Object> jackson = new LinkedHashMap<>();
    jackson.put("type", "Buffer");
    jackson.put("data", List.of(104, 105));
    assertThat(Buffer.from(jackson).toString()).isEqualTo("hi");
    Map<String, Object> gson = new HashMap<>();
    gson.put("type", "Buffer");
    gson.put("data", List.of(104.0, 105.0));
    assertThat(Buffer.from(gson).toString()).isEqualTo("hi");
    Map<String, Object> javaArray = Map.of("type", "Buffer", "data", new int[] {104, 105});
    assertThat(Buffer.from(javaArray).toString()).isEqualTo("hi");
  }

  @Test
  void fromMapArrayLikeWithStringOrIntegerKeys() {
    Map<Object, Object> object = new HashMap<>();
    object.put("length", 3);
    object.put("0", 257);
    object.put(2, "0x10");
    assertBytes(Buffer.from(object), 1, 0, 16);
  }

  @Test
  void fromMapArrayLikeTooLongForJavaIsV8sAllocationError() {
    // Node 22: Buffer.from({length: Infinity}), ({length: 2**53}) throw this too.
    for (double length : new double[] {Double.POSITIVE_INFINITY, Math.pow(2, 53), Math.pow(2, 31)}) {
      NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.from(Map.of("length", length)));
      assertThat(e.toString()).isEqualTo("RangeError: Array buffer allocation failed");
    }
  }

  @Test
  void fromSortedMapOfOtherKeysIsRejectedNotAClassCastException() {
    TreeMap<Integer, Object> sorted = new TreeMap<>();
    sorted.put(0, 1);
    NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.from(sorted));
    assertThat(((Throwable) e).getMessage()).isEqualTo(FIRST_ARGUMENT + "an instance of Object");
  }

  @Test
  void fromMapOfAnotherShapeIsNodesTypeError() {
    NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.from(Map.of("type", "Buffer", "data", "ab")));
    assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
    assertThat(((Throwable) e).getMessage()).isEqualTo(FIRST_ARGUMENT + "an instance of Object");
  }

  // ---- alloc with fill, fill(Uint8Array) ----

  @Test
  void allocNullFillIsUndefinedSoZeros() {
    assertBytes(Buffer.alloc(2, (String) null), 0, 0);
    assertBytes(Buffer.alloc(2, (String) null, "bogus"), 0, 0);
    assertBytes(Buffer.alloc(2, (Uint8Array) null), 0, 0);
    assertBytes(Buffer.alloc(2, 7).fill((Uint8Array) null), 0, 0);
    assertBytes(Buffer.alloc(3, 7).fill((Uint8Array) null, 1, 2), 7, 0, 7);
  }

  @Test
  void allocWithFillIsNeverPooled() {
    assertThat(Buffer.alloc(4, "a").buffer().byteLength()).isEqualTo(4);
    assertThat(Buffer.alloc(4, 1).buffer().byteLength()).isEqualTo(4);
    assertThat(Buffer.alloc(4, Buffer.from("ab")).buffer().byteLength()).isEqualTo(4);
  }

  @Test
  void emptyFillValueIsAnIllegalArgumentException() {
    NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.alloc(2).fill(new Uint8Array(0)));
    assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_VALUE");
    assertThat(((Throwable) e).getMessage()).isEqualTo("The argument 'value' is invalid. Received Uint8Array(0) []");
    nodeError(IllegalArgumentException.class, () -> Buffer.alloc(2, Buffer.alloc(0)));
  }

  @Test
  void fillWithAViewOfItselfUsesTheBytesBeforeTheFill() {
    ArrayBuffer ab = new ArrayBuffer(6);
    Buffer buf = Buffer.from(ab);
    for (int i = 0; i < 6; i++) {
      buf.put(i, i + 1);
    }
    assertThat(buf.fill(Buffer.from(ab, 0, 2), 1)).isSameInstanceAs(buf);
    assertBytes(buf, 1, 1, 2, 1, 2, 1);
  }

  // ---- copyBytesFrom ----

  @Test
  void copyBytesFromErrorsFollowTheReadme() {
    Uint8Array view = new Uint8Array(3);
    assertThat(nodeError(IndexOutOfBoundsException.class, () -> Buffer.copyBytesFrom(view, -1)).code())
        .isEqualTo("ERR_OUT_OF_RANGE");
    nodeError(IndexOutOfBoundsException.class, () -> Buffer.copyBytesFrom(view, 0, -1));
    NodeError nullView = nodeError(IllegalArgumentException.class, () -> Buffer.copyBytesFrom(null));
    assertThat(((Throwable) nullView).getMessage())
        .isEqualTo("The \"view\" argument must be an instance of TypedArray. Received null");
    nodeError(IllegalArgumentException.class, () -> Buffer.copyBytesFrom(null, 0, 1));
  }

  @Test
  void copyBytesFromLargeLengthDoesNotOverflow() {
    Uint8Array view = new Uint8Array(3);
    assertThat(Buffer.copyBytesFrom(view, 2, Integer.MAX_VALUE).length()).isEqualTo(1);
  }

  // ---- concat ----

  @Test
  void concatOfAJavaArray() {
    Uint8Array[] list = {Buffer.from("ab"), Buffer.from("c")};
    assertThat(Buffer.concat(list).toString()).isEqualTo("abc");
    assertThat(Buffer.concat(list, 2).toString()).isEqualTo("ab");
    assertThat(Buffer.concat(new Uint8Array[0], -1).length()).isEqualTo(0);
  }

  @Test
  void concatNullListIsNodesTypeError() {
    String message = "The \"list\" argument must be an instance of Array. Received null";
    assertThat(((Throwable) nodeError(IllegalArgumentException.class, () -> Buffer.concat((List<Buffer>) null))).getMessage())
        .isEqualTo(message);
    assertThat(((Throwable) nodeError(IllegalArgumentException.class, () -> Buffer.concat((Uint8Array[]) null, 1))).getMessage())
        .isEqualTo(message);
  }

  @Test
  void concatNullElement() {
    List<Buffer> list = new ArrayList<>();
    list.add(Buffer.from("a"));
    list.add(null);
    NodeError summing = nodeError(IllegalArgumentException.class, () -> Buffer.concat(list));
    assertThat(summing.code()).isNull();
    assertThat(summing.toString()).isEqualTo("TypeError: Cannot read properties of null (reading 'length')");
    NodeError copying = nodeError(IllegalArgumentException.class, () -> Buffer.concat(list, 1));
    assertThat(((Throwable) copying).getMessage())
        .isEqualTo("The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received null");
  }

  @Test
  @SuppressWarnings("unchecked") // a raw list, as ported code may pass one
  void concatRawListWithOtherElementsIsNodesTypeErrorNotAClassCastException() {
    List<Object> raw = new ArrayList<>(List.of(Buffer.from("a"), "it's", 5, 1.5, new Object()));
    for (int i = 1; i < raw.size(); i++) {
      List<Object> list = new ArrayList<>(raw.subList(0, 1));
      list.add(raw.get(i));
      NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.concat((List<Buffer>) (List<?>) list, 2));
      assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
    }
    List<Object> list = new ArrayList<>(List.of(Buffer.from("a"), "it's"));
    assertThat(((Throwable) nodeError(IllegalArgumentException.class, () -> Buffer.concat((List<Buffer>) (List<?>) list))).getMessage())
        .isEqualTo("The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string (\"it's\")");
  }

  @Test
  void concatNegativeLengthIsAnIllegalArgumentException() {
    NodeError e = nodeError(IllegalArgumentException.class, () -> Buffer.concat(List.of(Buffer.from("a")), -1));
    assertThat(e.code()).isEqualTo("ERR_OUT_OF_RANGE");
  }

  // ---- isBuffer, byteLength, constants, SlowBuffer ----

  @Test
  void isBufferAndByteLengthOfViews() {
    assertThat(Buffer.isBuffer(null)).isFalse();
    assertThat(Buffer.isBuffer(new Uint8Array(1))).isFalse();
    assertThat(Buffer.isBuffer(new byte[1])).isFalse();
    assertThat(Buffer.byteLength(new Uint8Array(3))).isEqualTo(3);
    assertThat(Buffer.byteLength(new ArrayBuffer(5))).isEqualTo(5);
    String message =
        "The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received null";
    assertThat(((Throwable) nodeError(IllegalArgumentException.class, () -> Buffer.byteLength((Uint8Array) null))).getMessage())
        .isEqualTo(message);
    assertThat(((Throwable) nodeError(IllegalArgumentException.class, () -> Buffer.byteLength((ArrayBuffer) null))).getMessage())
        .isEqualTo(message);
  }

  @Test
  void constantsAreJavasLimits() {
    assertThat(Buffers.kMaxLength()).isEqualTo(Integer.MAX_VALUE - 8);
    assertThat(Buffers.constants().MAX_LENGTH()).isEqualTo(Buffers.kMaxLength());
    assertThat(Buffers.kStringMaxLength()).isEqualTo(0x1fffffe8);
    assertThat(Buffers.constants().MAX_STRING_LENGTH()).isEqualTo(Buffers.kStringMaxLength());
    assertThat(Buffers.constants()).isSameInstanceAs(Buffers.constants());
  }

  /**
   * The evidence for {@link Buffers#kMaxLength()}: in a JVM with a 16 MiB heap, {@code new
   * byte[kMaxLength]} fails for want of heap ("Java heap space"), not because the VM refuses the
   * length ("Requested array size exceeds VM limit", as it does for {@code Integer.MAX_VALUE}).
   */
  @Test
  void kMaxLengthIsWithinTheVmArrayLimit() throws IOException, InterruptedException {
    assertThat(allocateInSmallJvm(Buffers.kMaxLength())).contains("Java heap space");
    assertThat(allocateInSmallJvm(Integer.MAX_VALUE)).contains("Requested array size exceeds VM limit");
  }

  private static String allocateInSmallJvm(int size) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java",
                "-Xmx16m",
                "-cp",
                System.getProperty("java.class.path"),
                AllocateByteArray.class.getName(),
                Integer.toString(size))
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Allocates {@code new byte[args[0]]} and prints the error's message. */
  static final class AllocateByteArray {
    private AllocateByteArray() {}

    public static void main(String[] args) {
      try {
        System.out.println(new byte[Integer.parseInt(args[0])].length);
      } catch (OutOfMemoryError e) {
        System.out.println(e.getMessage());
      }
    }
  }

  @Test
  @SuppressWarnings("deprecation") // SlowBuffer is deprecated, as in Node
  void slowBufferIsNeverPooled() {
    Buffer buf = Buffers.SlowBuffer(3);
    assertThat(buf.buffer().byteLength()).isEqualTo(3);
    assertThat(Buffer.allocUnsafe(1).byteOffset()).isEqualTo(8);
    assertThat(nodeError(IllegalArgumentException.class, () -> Buffers.SlowBuffer(-1)).code())
        .isEqualTo("ERR_OUT_OF_RANGE");
  }
}
