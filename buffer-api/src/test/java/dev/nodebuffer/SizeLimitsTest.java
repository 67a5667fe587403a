package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nodebuffer.codec.Encoding;
import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public path that allocates a size the caller chooses fails above {@link
 * Buffers#kMaxLength()} with the error chosen at its Javadoc, before allocating anything, and
 * leaves the pool as it was. No test here allocates more than a few hundred KiB: the boundary itself
 * (exactly kMaxLength) is tested through {@link Limits} alone, and each factory just above it.
 *
 * <p>The messages are modelled on Node 20, whose {@code kMaxLength} (2^32) an {@code int} size
 * can pass: {@code Buffer.alloc(2 ** 32 + 1)} throws {@code RangeError [ERR_OUT_OF_RANGE]: The
 * value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 4_294_967_297}.
 */
class SizeLimitsTest {
  private static final int K = Buffers.kMaxLength();
  private static final String SIZE_ABOVE =
      "The value of \"size\" is out of range. It must be >= 0 && <= 2147483639. Received ";
  private static final String LENGTH_ABOVE =
      "The value of \"length\" is out of range. It must be >= 0 && <= 2147483639. Received ";

  @AfterEach
  void restoreDefaults() {
    Buffer.setPoolSize(Pool.DEFAULT_POOL_SIZE);
    Buffers.resetPool();
  }

  /** Runs {@code call}, which must fail with a {@link NodeError}, and says how it printed. */
  private static String failure(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    assertThat(thrown).isInstanceOf(NodeError.class);
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    return Errors.describe((NodeError) thrown);
  }

  /**
   * Runs each of {@code calls} between two pooled allocations and checks that the second lands
   * where it would have without the failed call: 8 bytes on, in the same slab.
   */
  private static void assertPoolUntouched(Executable... calls) throws Throwable {
    for (Executable call : calls) {
      Buffer before = Buffer.allocUnsafe(4);
      assertThrows(Throwable.class, call);
      Buffer after = Buffer.allocUnsafe(4);
      assertThat(after.buffer()).isSameInstanceAs(before.buffer());
      assertThat(after.byteOffset() - before.byteOffset()).isEqualTo(8);
      after.fill(7);
      assertThat(after.readUInt32LE(0)).isEqualTo(0x07070707L);
    }
  }

  // ---- The boundary, by the checks alone ----

  @Test
  void exactlyKMaxLengthPassesEveryCheckAndOneMoreFailsIt() {
    assertThat(K).isEqualTo(2147483639);
    assertThat(Limits.checkSize(K)).isEqualTo(K);
    assertThat(Limits.checkTotalLength(K)).isEqualTo(K);
    assertThat(Limits.checkArrayBufferLength(K)).isEqualTo(K);
    assertThat(Limits.checkArrayLikeLength(K)).isEqualTo(K);
    assertThat(Limits.checkTypedArrayLength(K, 1)).isEqualTo(K);
    assertThat(Limits.checkSize(0)).isEqualTo(0);
    assertThat(failure(() -> Limits.checkSize(K + 1L))).isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + "2147483640");
    assertThat(failure(() -> Limits.checkTotalLength(K + 1L))).isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + LENGTH_ABOVE + "2147483640");
    assertThat(failure(() -> Limits.checkArrayBufferLength(K + 1L))).isEqualTo("RangeError: Invalid array buffer length");
    assertThat(failure(() -> Limits.checkArrayLikeLength(K + 1L))).isEqualTo("RangeError: Array buffer allocation failed");
    assertThat(failure(() -> Limits.checkTypedArrayLength(K + 1L, 1))).isEqualTo("RangeError: Invalid typed array length: 2147483640");
  }

  @Test
  void receivedIsPrintedAsNodePrintsTheNumber() {
    // Node groups digits beyond 2^32 (Node 20: "Received 4_294_967_297"), and beyond 2^53 prints
    // the double a JavaScript number would hold.
    assertThat(failure(() -> Limits.checkSize(1L << 32))).endsWith("Received 4294967296");
    assertThat(failure(() -> Limits.checkSize((1L << 32) + 1))).endsWith("Received 4_294_967_297");
    assertThat(failure(() -> Limits.checkSize(Long.MAX_VALUE))).endsWith("Received 9_223_372_036_854_776_000");
  }

  // ---- Buffer.alloc, allocUnsafe, allocUnsafeSlow, SlowBuffer ----

  @Test
  @SuppressWarnings("deprecation") // SlowBuffer, deprecated as in Node
  void everySizeFactoryAboveTheLimitIsErrOutOfRangeNamingThePortsBound() throws Throwable {
    // Made before the pool is watched: an unpooled fill, as Buffer.from("ab") would move the pool.
    Buffer fill = Buffer.alloc(2, 0x61);
    for (int size : new int[] {K + 1, K + 2, Integer.MAX_VALUE - 2, Integer.MAX_VALUE}) {
      String expected = "RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + size;
      List<Executable> calls =
          List.of(
              () -> Buffer.alloc(size),
              () -> Buffer.alloc(size, 1),
              () -> Buffer.alloc(size, 1, "hex"),
              () -> Buffer.alloc(size, "ab"),
              () -> Buffer.alloc(size, "ab", "latin1"),
              () -> Buffer.alloc(size, fill),
              () -> Buffer.alloc(size, fill, "utf8"),
              () -> Buffer.allocUnsafe(size),
              () -> Buffer.allocUnsafeSlow(size),
              () -> Buffers.SlowBuffer(size));
      for (Executable call : calls) {
        assertThat(failure(call)).isEqualTo(expected);
        NodeError error = (NodeError) assertThrows(NodeArgumentException.class, call);
        assertThat(error.code()).isEqualTo("ERR_OUT_OF_RANGE");
        assertThat(error.name()).isEqualTo("RangeError");
      }
      assertPoolUntouched(calls.toArray(new Executable[0]));
    }
  }

  @Test
  void aNegativeSizeKeepsNode22sMessageWordForWord() {
    // Recorded from Node 22 (the conformance kit has it): the bound is Node 22's kMaxLength.
    String expected =
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"size\" is out of range. It must be >= 0 &&"
            + " <= 9007199254740991. Received -1";
    assertThat(failure(() -> Buffer.alloc(-1))).isEqualTo(expected);
    assertThat(failure(() -> Buffer.allocUnsafe(-1))).isEqualTo(expected);
    assertThat(failure(() -> Buffer.allocUnsafeSlow(-1))).isEqualTo(expected);
    assertThat(failure(() -> Buffer.alloc(-1, "ab"))).isEqualTo(expected);
    assertThat(failure(() -> Limits.checkSize(Integer.MIN_VALUE)))
        .endsWith("It must be >= 0 && <= 9007199254740991. Received -2147483648");
    assertThat(failure(() -> Buffer.concat(List.of(Buffer.from("a")), -1)))
        .isEqualTo(expected.replace("\"size\"", "\"length\""));
  }

  // ---- concat ----

  @Test
  void concatTotalLengthAboveTheLimitIsErrOutOfRangeNamingLength() throws Throwable {
    // Node 20: Buffer.concat([Buffer.alloc(1)], 2 ** 32 + 1) says "length", not "size".
    List<Buffer> list = List.of(Buffer.from("a"));
    Uint8Array[] array = {Buffer.from("a")};
    for (int total : new int[] {K + 1, Integer.MAX_VALUE}) {
      String expected = "RangeError [ERR_OUT_OF_RANGE]: " + LENGTH_ABOVE + total;
      assertThat(failure(() -> Buffer.concat(list, total))).isEqualTo(expected);
      assertThat(failure(() -> Buffer.concat(array, total))).isEqualTo(expected);
      assertPoolUntouched(() -> Buffer.concat(list, total), () -> Buffer.concat(array, total));
    }
    // As in Node, an empty list answers before totalLength is looked at.
    assertThat(Buffer.concat(List.of(), K + 1).length()).isEqualTo(0);
  }

  @Test
  void concatWhoseLengthsSumAboveTheLimitFailsAllocUnsafesSizeCheck() throws Throwable {
    // Node 20 concatenating 4 views of 2^31 bytes: "The value of "size" is out of range. It must
    // be >= 0 && <= 4294967296. Received 8_589_934_592". Here one 8 KiB buffer, listed 2^18
    // times, sums to 2^31 = kMaxLength + 9 without allocating more than its 8 KiB.
    Buffer piece = Buffer.alloc(8192);
    List<Buffer> list = Collections.nCopies(1 << 18, piece);
    assertThat(failure(() -> Buffer.concat(list))).isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + "2147483648");
    assertThat(failure(() -> Buffer.concat(list.toArray(new Uint8Array[0]))))
        .isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + "2147483648");
    assertPoolUntouched(() -> Buffer.concat(list));
    assertThat(Buffer.concat(list.subList(0, 3)).length()).isEqualTo(3 * 8192);
  }

  @Test
  @SuppressWarnings("unchecked")
  void concatSumsStringLengthsAsNodeDoesAndReportsTheSumAsNodePrintsIt() {
    // Node sums each element's length, strings' too (and only then finds a string is no buffer).
    CharSequence huge = new HugeCharSequence(Integer.MAX_VALUE);
    List<Object> two = List.of(huge, huge);
    List<Object> three = List.of(huge, huge, huge);
    assertThat(failure(() -> Buffer.concat((List<Buffer>) (List<?>) two)))
        .isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + "4294967294");
    assertThat(failure(() -> Buffer.concat((List<Buffer>) (List<?>) three)))
        .isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + "6_442_450_941");
  }

  // ---- Buffer.from(string) ----

  @Test
  void fromStringWhoseEncodedLengthIsAboveTheLimitFailsAllocUnsafeSlowsSizeCheck() throws Throwable {
    // Node's createFromString hands ops.byteLength(string) to allocUnsafeSlow. A string that long
    // takes gigabytes, so the length is handed over here as from(string) would compute it.
    for (long byteLength : new long[] {K + 1L, 3L * 715827883, (1L << 32) | 1}) {
      assertThat(failure(() -> Buffer.createFromString("abc", Encoding.UTF8, byteLength)))
          .isEqualTo("RangeError [ERR_OUT_OF_RANGE]: " + SIZE_ABOVE + Errors.receivedNumber(byteLength));
    }
    assertThat(failure(() -> Buffer.createFromString("abc", Encoding.UTF8, (1L << 32) | 1))).endsWith("Received 4_294_967_297");
    assertThat(Buffer.createFromString("abc", Encoding.UTF8, 3).toString()).isEqualTo("abc");
    assertPoolUntouched(() -> Buffer.createFromString("abc", Encoding.UTF16LE, K + 1L));
  }

  @Test
  void theLongByteLengthAgreesWithTheCodecsWhereTheCodecsFitAnInt() {
    String[] samples = {
      "", "a", "é", "€", "😀", "\ud800", "\udc00", "\ud800\ud800", "\udc00\ud800", "a\ud83d\ude00b",
      "x".repeat(5000) + "€😀é" + "\ud800", "héllo wörld ✓ 😀".repeat(300)
    };
    for (String sample : samples) {
      assertThat(Strings.utf8ByteLength(sample)).isEqualTo(Encoding.UTF8.byteLength(sample));
      for (Encoding encoding : Encoding.values()) {
        assertThat(Strings.byteLength(encoding, sample)).isEqualTo(encoding.byteLength(sample));
      }
    }
  }

  // ---- ArrayBuffer and typed arrays ----

  @Test
  void newArrayBufferAboveTheLimitIsV8sInvalidArrayBufferLength() {
    // V8's ConstructBuffer: above the maximum byte length (Node 22: new ArrayBuffer(2 ** 53), and
    // new ArrayBuffer(buffer.kMaxLength + 1), its kMaxLength being that maximum) it says this;
    // "Array buffer allocation failed" (new ArrayBuffer(2 ** 40)) is for lengths within it.
    for (int length : new int[] {K + 1, Integer.MAX_VALUE - 2, Integer.MAX_VALUE, -1}) {
      assertThat(failure(() -> new ArrayBuffer(length))).isEqualTo("RangeError: Invalid array buffer length");
      assertThat(((NodeError) assertThrows(NodeArgumentException.class, () -> new ArrayBuffer(length))).code()).isNull();
    }
  }

  @Test
  void typedArrayLengthCheckIsV8sForEveryElementSize() {
    // Node 20: new Uint8Array(2 ** 32 + 1) and new Uint16Array(2 ** 40) say "Invalid typed array
    // length: N", N the element count; Node 22 says the same for new Float64Array(2 ** 50).
    for (int size : new int[] {1, 2, 4, 8}) {
      long most = K / size;
      assertThat(Limits.checkTypedArrayLength(most, size)).isEqualTo((int) most);
      assertThat(failure(() -> Limits.checkTypedArrayLength(most + 1, size)))
          .isEqualTo("RangeError: Invalid typed array length: " + (most + 1));
      assertThat(failure(() -> Limits.checkTypedArrayLength(-1, size))).isEqualTo("RangeError: Invalid typed array length: -1");
    }
    // The product is never formed, so it cannot wrap around to a small length.
    assertThat(failure(() -> Limits.checkTypedArrayLength(Long.MAX_VALUE, 8)))
        .isEqualTo("RangeError: Invalid typed array length: " + Long.MAX_VALUE);
    assertThat(failure(() -> Limits.checkTypedArrayLength(1L << 61, 8)))
        .isEqualTo("RangeError: Invalid typed array length: " + (1L << 61));
  }

  @Test
  void everyTypedArrayKindAboveTheLimitIsV8sInvalidTypedArrayLengthWithoutAllocating() {
    // Node 20, whose limit is 2^32: new Uint8Array(2 ** 32 + 1) says "Invalid typed array length:
    // 4294967297"; the limit counts bytes, so a wider kind fails at fewer elements.
    for (int length : new int[] {K + 1, Integer.MAX_VALUE}) {
      assertThat(failure(() -> new Uint8Array(length))).isEqualTo("RangeError: Invalid typed array length: " + length);
    }
    int justAboveForInt16 = K / 2 + 1;
    assertThat(failure(() -> new Int16Array(justAboveForInt16)))
        .isEqualTo("RangeError: Invalid typed array length: " + justAboveForInt16);
    int justAboveForFloat64 = K / 8 + 1;
    assertThat(failure(() -> new Float64Array(justAboveForFloat64)))
        .isEqualTo("RangeError: Invalid typed array length: " + justAboveForFloat64);
    assertThat(failure(() -> new BigUint64Array(justAboveForFloat64)))
        .isEqualTo("RangeError: Invalid typed array length: " + justAboveForFloat64);
  }

  // ---- Array-likes: from(List), from(Map), of ----

  @Test
  void arrayLikesAboveTheLimitAreV8sAllocationFailureBeforeAnyElementIsRead() throws Throwable {
    // Node 22 (recorded by the conformance kit): Buffer.from({length: Infinity}) throws this.
    for (int size : new int[] {K + 1, Integer.MAX_VALUE}) {
      List<Object> list = new HugeList(size);
      assertThat(failure(() -> Buffer.from(list))).isEqualTo("RangeError: Array buffer allocation failed");
      assertThat(failure(() -> Buffer.from(Map.of("length", size)))).isEqualTo("RangeError: Array buffer allocation failed");
      assertThat(failure(() -> Buffer.from(Map.of("length", (double) size + 0.5))))
          .isEqualTo("RangeError: Array buffer allocation failed");
      assertThat(failure(() -> Buffer.from(Map.of("type", "Buffer", "data", list))))
          .isEqualTo("RangeError: Array buffer allocation failed");
      assertPoolUntouched(() -> Buffer.from(list), () -> Buffer.from(Map.of("length", size)));
    }
    assertThat(failure(() -> Buffer.from(Map.of("length", Double.POSITIVE_INFINITY))))
        .isEqualTo("RangeError: Array buffer allocation failed");
  }

  // ---- fill with a string: only the range's bytes are encoded ----

  @Test
  void fillCutsTheEncodingWhereTheRangeEndsAsNodeDoes() {
    // What Strings.encodingPrefix must keep: the cut inside a character, never between a pair's
    // halves (a lone half would be EF BF BD), a lone surrogate as U+FFFD.
    assertThat(Buffer.alloc(3).fill("a😀").inspect()).isEqualTo("<Buffer 61 f0 9f>"); // Node 22: <Buffer 61 f0 9f>
    assertThat(Buffer.alloc(2).fill("a😀").inspect()).isEqualTo("<Buffer 61 f0>"); // Node 22: <Buffer 61 f0>
    assertThat(Buffer.alloc(7).fill("a😀").inspect()).isEqualTo("<Buffer 61 f0 9f 98 80 61 f0>"); // Node 22: <Buffer 61 f0 9f 98 80 61 f0>
    assertThat(Buffer.alloc(2).fill("😀b").inspect()).isEqualTo("<Buffer f0 9f>"); // Node 22: <Buffer f0 9f>
    assertThat(Buffer.alloc(6).fill("\ud800a").inspect()).isEqualTo("<Buffer ef bf bd 61 ef bf>"); // Node 22: <Buffer ef bf bd 61 ef bf>
    assertThat(Buffer.alloc(5).fill("é".repeat(100)).inspect()).isEqualTo("<Buffer c3 a9 c3 a9 c3>"); // Node 22: <Buffer c3 a9 c3 a9 c3>
    assertThat(Buffer.alloc(5).fill("é".repeat(100), "ucs2").inspect()).isEqualTo("<Buffer e9 00 e9 00 e9>"); // Node 22: <Buffer e9 00 e9 00 e9>
    assertThat(Buffer.alloc(3).fill("a€", "ucs2").inspect()).isEqualTo("<Buffer 61 00 ac>"); // Node 22: <Buffer 61 00 ac>
    assertThat(Buffer.alloc(3).fill("abcd", "hex").inspect()).isEqualTo("<Buffer ab cd ab>"); // Node 22: <Buffer ab cd ab>
    assertThat(Buffer.alloc(1).fill("abzz", "hex").inspect()).isEqualTo("<Buffer ab>"); // Node 22: <Buffer ab>
    assertThat(Buffer.alloc(3).fill("abzz", "hex").inspect()).isEqualTo("<Buffer ab ab ab>"); // Node 22: <Buffer ab ab ab>
    assertThat(Buffer.alloc(5, "é".repeat(100), "latin1").inspect()).isEqualTo("<Buffer e9 e9 e9 e9 e9>"); // Node 22: <Buffer e9 e9 e9 e9 e9>
    // Node 22: TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received 'zzab'
    assertThat(failure(() -> Buffer.alloc(3).fill("zzab", "hex")))
        .isEqualTo("TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received 'zzab'");    // Only the start of a long value is inspected, the quote still chosen from all of it. Node 22:
    // The argument 'value' is invalid. Received "zzit'sit's...it'si... (128 characters, then ...)
    String longValue = "zz" + "it's".repeat(100) + "x".repeat(20000);
    assertThat(failure(() -> Buffer.alloc(3).fill(longValue, "hex")))
        .isEqualTo(
            "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received \"zz"
                + "it's".repeat(31)
                + "i...");
  }

  @Test
  void theEncodingPrefixEncodesToTheWholeEncodingsFirstBytes() {
    String[] samples = {
      "a😀b", "😀😀", "\ud800a\udc00", "é€😀x", "\udbff\udfff\ud800", "abc", "0123456789abcdefzz", "QUJD RA==="
    };
    for (Encoding encoding : Encoding.values()) {
      for (String sample : samples) {
        String text = sample.repeat(7);
        byte[] whole = encode(encoding, text);
        for (int bytes = 1; bytes <= whole.length + 2; bytes++) {
          String prefix = Strings.encodingPrefix(encoding, text, bytes);
          assertThat(text).startsWith(prefix);
          byte[] part = encode(encoding, prefix);
          int kept = Math.min(bytes, whole.length);
          assertThat(part.length).isAtLeast(kept);
          assertThat(java.util.Arrays.copyOf(part, kept)).isEqualTo(java.util.Arrays.copyOf(whole, kept));
          if (encoding == Encoding.UTF8 || encoding == Encoding.UTF16LE) {
            // Short: a prefix one unit shorter would not have been enough.
            assertThat(part.length).isLessThan(kept + 4);
          }
        }
      }
    }
  }

  private static byte[] encode(Encoding encoding, String text) {
    byte[] out = new byte[encoding.byteLength(text)];
    return java.util.Arrays.copyOf(out, encoding.encode(text, out, 0, out.length));
  }

  // ---- join: V8's string limit ----

  @Test
  void joinLongerThanV8sLongestStringIsInvalidStringLengthBeforeBuildingIt() {
    // 23170 elements of at least 1 character between 23169 separators of 23171: 536,872,069 >
    // 0x1fffffe8, known from the lengths alone. Node 22: RangeError: Invalid string length
    String separator = "x".repeat(23171);
    assertThat(23170 + 23169L * 23171).isGreaterThan((long) Buffers.kStringMaxLength());
    assertThat(failure(() -> new Uint8Array(23170).join(separator))).isEqualTo("RangeError: Invalid string length");
    assertThat(failure(() -> new Float64Array(23170).join(separator))).isEqualTo("RangeError: Invalid string length");
    assertThat(((NodeError) assertThrows(NodeArgumentException.class, () -> new BigInt64Array(23170).join(separator))).code())
        .isNull();
    // One element fewer is 536,848,897 characters, under the limit (not built here: 512 MiB).
    assertThat(23169 + 23168L * 23171).isAtMost((long) Buffers.kStringMaxLength());
    assertThat(new Uint8Array(3).join(separator)).hasLength(3 + 2 * 23171);
  }

  // ---- The pool with a pool size no slab can have ----

  @Test
  void aPoolSizeAboveKMaxLengthFailsOnlyWhenASlabIsNeededAndLeavesThePoolAsItWas() {
    // Node 22 makes a 2 GiB slab for Buffer.poolSize = 2 ** 31; for one it cannot allocate
    // (Buffer.poolSize = 2 ** 52 + 2 ** 31) it keeps carving the current slab and, at the request
    // that needs a new one, throws RangeError: Array buffer allocation failed.
    Buffers.resetPool();
    Buffer first = Buffer.allocUnsafe(4000); // 8..4008 of a fresh 8 KiB slab
    Buffer.setPoolSize(Integer.MAX_VALUE);
    Buffer second = Buffer.allocUnsafe(4000); // 4008..8008: fits, carved as in Node
    assertThat(second.buffer()).isSameInstanceAs(first.buffer());
    assertThat(second.byteOffset()).isEqualTo(4008);
    // Node 22: RangeError: Array buffer allocation failed
    assertThat(failure(() -> Buffer.allocUnsafe(4000))).isEqualTo("RangeError: Array buffer allocation failed");
    assertThat(failure(() -> Buffer.from("x".repeat(1000)))).isEqualTo("RangeError: Array buffer allocation failed");
    // Pooled requests that fit are still carved.
    Buffer third = Buffer.allocUnsafe(100);
    assertThat(third.buffer()).isSameInstanceAs(first.buffer());
    assertThat(third.byteOffset()).isEqualTo(8008);
    // Node's pool stays broken (Node 22: Invalid typed array length: 400 after poolSize = 8192);
    // this one carries on where it was.
    Buffer.setPoolSize(8192);
    Buffer fourth = Buffer.allocUnsafe(4000);
    assertThat(fourth.buffer()).isNotSameInstanceAs(first.buffer());
    assertThat(fourth.byteOffset()).isEqualTo(0);
    assertThat(fourth.buffer().byteLength()).isEqualTo(8192);
  }

  @Test
  void everySlabAboveKMaxLengthFailsBeforeAllocating() {
    assertThat(Limits.slab(16).byteLength()).isEqualTo(16);
    for (int size : new int[] {K + 1, Integer.MAX_VALUE}) {
      assertThat(failure(() -> Limits.slab(size))).isEqualTo("RangeError: Array buffer allocation failed");
    }
  }

  /** A list of {@code size} elements that are never there: reading one fails the test. */
  private static final class HugeList extends AbstractList<Object> {
    private final int size;

    HugeList(int size) {
      this.size = size;
    }

    @Override
    public Object get(int index) {
      throw new AssertionError("element " + index + " read before the size was checked");
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** A character sequence of {@code length} characters that takes no memory. */
  private static final class HugeCharSequence implements CharSequence {
    private final int length;

    HugeCharSequence(int length) {
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return 'x';
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return "";
    }

    @Override
    public String toString() {
      return "x";
    }
  }
}
