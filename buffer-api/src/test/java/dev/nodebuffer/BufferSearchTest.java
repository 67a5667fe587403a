package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Java side of search, comparison and copy: {@code null} arguments, the Java types of the
 * errors, a fuzz over bad ranges (only Node's errors, never a raw JDK exception, and never a byte
 * changed outside the target), overlapping copies, and the byte search against a naive model on
 * haystacks long enough for its fast paths. Node's own answers are checked by the TCK and by
 * {@link BufferSearchNodeRecordingTest}.
 */
class BufferSearchTest {
  private static final String VALUE_TYPE =
      "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received null";

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void nullNeedlesAreNodesTypeErrorInEveryShape() {
    Buffer b = Buffer.from("abc");
    String s = null;
    Uint8Array u = null;
    for (Executable call :
        new Executable[] {
          () -> b.indexOf(s), () -> b.indexOf(s, 1), () -> b.indexOf(s, "bogus"), () -> b.indexOf(s, 1, "utf8"),
          () -> b.indexOf(u), () -> b.indexOf(u, 1), () -> b.indexOf(u, "ucs2"), () -> b.indexOf(u, 1, null),
          () -> b.lastIndexOf(s), () -> b.lastIndexOf(s, 1), () -> b.lastIndexOf(s, "hex"), () -> b.lastIndexOf(s, 1, null),
          () -> b.lastIndexOf(u), () -> b.lastIndexOf(u, 1), () -> b.lastIndexOf(u, "hex"), () -> b.lastIndexOf(u, 1, null),
          () -> b.includes(s), () -> b.includes(s, 1), () -> b.includes(s, "latin1"), () -> b.includes(s, 1, null),
          () -> b.includes(u), () -> b.includes(u, 1), () -> b.includes(u, "latin1"), () -> b.includes(u, 1, null),
        }) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, call);
      assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
      assertThat(e.name()).isEqualTo("TypeError");
      assertThat(e).hasMessageThat().isEqualTo(VALUE_TYPE);
    }
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void nullBuffersAreNodesTypeErrors() {
    Buffer b = Buffer.from("abc");
    Uint8Array none = null;
    assertThat(assertThrows(NodeArgumentException.class, () -> b.equals(none)))
        .hasMessageThat()
        .isEqualTo("The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received null");
    assertThat(assertThrows(NodeArgumentException.class, () -> Buffer.compare(none, b)))
        .hasMessageThat()
        .isEqualTo("The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received null");
    assertThat(assertThrows(NodeArgumentException.class, () -> Buffer.compare(b, none)))
        .hasMessageThat()
        .isEqualTo("The \"buf2\" argument must be an instance of Buffer or Uint8Array. Received null");
    String target = "The \"target\" argument must be an instance of Buffer or Uint8Array. Received null";
    for (Executable call :
        new Executable[] {
          () -> b.compare(none), () -> b.compare(none, 0), () -> b.compare(none, 0, 0),
          () -> b.compare(none, -1, -1, -1), () -> b.compare(none, -1, -1, -1, -1),
          () -> b.copy(none), () -> b.copy(none, -1), () -> b.copy(none, -1, -1), () -> b.copy(none, -1, -1, -1),
        }) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, call);
      assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
      assertThat(e).hasMessageThat().isEqualTo(target);
    }
  }

  @Test
  void nodesEqualsIsAnOverloadBesideObjectEquals() {
    Buffer a = Buffer.from("abc");
    Uint8Array same = Buffer.from("abc");
    assertThat(a.equals(same)).isTrue(); // equals(Uint8Array): Node's content comparison
    assertThat(a.equals(Buffer.from("abd"))).isFalse();
    Object text = "abc";
    assertThat(a.equals(text)).isFalse(); // equals(Object): Java's, no Node error for a non-buffer
  }

  @Test
  void rangeErrorsAreIndexOutOfBoundsAndTypeErrorsIllegalArgument() {
    Buffer b = Buffer.from("abc");
    Buffer t = Buffer.alloc(4);
    for (Executable call :
        new Executable[] {
          () -> b.compare(t, -1), () -> b.compare(t, 0, 5), () -> b.compare(t, 0, 4, -1), () -> b.compare(t, 0, 4, 0, 4),
          () -> b.copy(t, -1), () -> b.copy(t, 0, 4), () -> b.copy(t, 0, -1), () -> b.copy(t, 0, 0, -1),
        }) {
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, call);
      assertThat(e).isInstanceOf(NodeIndexException.class);
      assertThat(((NodeError) e).code()).isEqualTo("ERR_OUT_OF_RANGE");
      assertThat(((NodeError) e).name()).isEqualTo("RangeError");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.indexOf("b", 0, "bogus"));
    assertThat(((NodeError) e).code()).isEqualTo("ERR_UNKNOWN_ENCODING");
    assertThat(e.toString()).isEqualTo("TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: bogus");
  }

  @Test
  void nullEncodingIsUtf8ButEmptyIsUnknownForStringNeedles() {
    Buffer b = Buffer.from("a\u00e9");
    assertThat(b.indexOf("\u00e9", (String) null)).isEqualTo(1);
    assertThat(b.indexOf("\u00e9", 0, null)).isEqualTo(1);
    assertThat(assertThrows(NodeArgumentException.class, () -> b.indexOf("\u00e9", "")))
        .hasMessageThat()
        .isEqualTo("Unknown encoding: ");
    assertThat(b.indexOf(Buffer.from("\u00e9"), "")).isEqualTo(1);
    assertThat(b.indexOf(0xE9, "")).isEqualTo(-1);
  }

  /**
   * Random positions, most of them bad, on views in the middle of one memory: every failure is a
   * {@link NodeError} of the documented Java type, and a copy never changes a byte outside its
   * target's range {@code [targetStart, targetStart + result)}.
   */
  @Test
  void badRangesNeverLeakAJdkExceptionNorTouchANeighbour() {
    Random random = new Random(20261122);
    int[] extremes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    for (int round = 0; round < 20_000; round++) {
      ArrayBuffer memory = new ArrayBuffer(64);
      random.nextBytes(memory.bytes);
      Buffer source = view(memory, random);
      Buffer target = random.nextInt(4) == 0 ? source : view(memory, random);
      int[] p = new int[5];
      for (int i = 0; i < p.length; i++) {
        p[i] = random.nextInt(3) == 0 ? extremes[random.nextInt(extremes.length)] : random.nextInt(80) - 10;
      }
      byte[] before = memory.bytes.clone();
      int shape = random.nextInt(12);
      Object result;
      try {
        result = call(shape, source, target, p);
      } catch (NodeIndexException | NodeArgumentException e) {
        assertThat(memory.bytes).isEqualTo(before);
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError("shape " + shape + " " + Arrays.toString(p) + " threw a raw " + e, e);
      }
      if (shape >= 8) { // a copy: only [targetStart, targetStart + n) of the target may change
        int n = (Integer) result;
        int targetStart = shape == 8 ? 0 : p[0];
        int from = target.byteOffset + (n == 0 ? 0 : targetStart);
        for (int i = 0; i < before.length; i++) {
          if (i < from || i >= from + n) {
            assertWithMessage("byte %s after copy shape %s %s", i, shape, Arrays.toString(p))
                .that(memory.bytes[i])
                .isEqualTo(before[i]);
          }
        }
      } else {
        assertThat(memory.bytes).isEqualTo(before);
      }
    }
  }

  private static Object call(int shape, Buffer s, Buffer t, int[] p) {
    return switch (shape) {
      case 0, 1, 2, 3 -> OptionalArgs.compare(s, t, Arrays.copyOf(p, shape + 1)); // 1 to 4 of p
      case 4 -> s.indexOf(t, p[0]);
      case 5 -> s.lastIndexOf(t, p[0], "ucs2");
      case 6 -> s.indexOf(p[1], p[0]) + s.lastIndexOf(p[1], p[0]);
      case 7 -> s.lastIndexOf("ab", p[0], "utf16le") + s.indexOf("\u00e9", p[0], "latin1");
      default -> OptionalArgs.copy(s, t, Arrays.copyOf(p, shape - 8)); // 0 to 3 of p
    };
  }

  /** Copies between overlapping views of one memory behave as a copy through a temporary array. */
  @Test
  void overlappingCopiesActAsMemmove() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      ArrayBuffer memory = new ArrayBuffer(48);
      random.nextBytes(memory.bytes);
      Buffer source = view(memory, random);
      Buffer target = view(memory, random);
      int targetStart = random.nextInt(target.length() + 2);
      int sourceStart = random.nextInt(source.length() + 1);
      int sourceEnd = random.nextInt(source.length() + 3);
      byte[] expected = memory.bytes.clone();
      int n = Math.max(0, Math.min(Math.min(sourceEnd, source.length()) - sourceStart, target.length() - targetStart));
      if (n > 0) {
        byte[] temporary = Arrays.copyOfRange(expected, source.byteOffset() + sourceStart, source.byteOffset() + sourceStart + n);
        System.arraycopy(temporary, 0, expected, target.byteOffset() + targetStart, n);
      }

      int copied = source.copy(target, targetStart, sourceStart, sourceEnd);

      assertThat(copied).isEqualTo(n);
      assertThat(memory.bytes).isEqualTo(expected);
    }
  }

  @Test
  void copyIntoItselfShiftedBothWays() {
    Buffer b = Buffer.from("0123456789");
    assertThat(b.copy(b, 3, 0, 7)).isEqualTo(7);
    assertThat(b.toString()).isEqualTo("0120123456");
    Buffer c = Buffer.from("0123456789");
    assertThat(c.copy(c, 0, 3)).isEqualTo(7);
    assertThat(c.toString()).isEqualTo("3456789789");
  }

  /**
   * The byte searches (SWAR byte scan, first-byte scan, Horspool both ways) against a naive model
   * of Node's rules, on haystacks up to 3000 bytes over small alphabets (many near-misses), with
   * the needle also planted just outside the view, where a search must not look.
   */
  @Test
  void byteSearchesAgreeWithANaiveModel() {
    Random random = new Random(42);
    for (int round = 0; round < 6_000; round++) {
      int alphabet = 1 + random.nextInt(random.nextBoolean() ? 3 : 256);
      int length = random.nextInt(8) == 0 ? random.nextInt(3000) : random.nextInt(300);
      int pad = random.nextInt(20);
      ArrayBuffer memory = new ArrayBuffer(length + 2 * pad);
      for (int i = 0; i < memory.bytes.length; i++) {
        memory.bytes[i] = (byte) (0x80 + random.nextInt(alphabet));
      }
      Buffer hay = new Buffer(memory, pad, length);
      int m = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(5);
      byte[] needle = new byte[m];
      if (length >= m && random.nextBoolean()) {
        System.arraycopy(memory.bytes, pad + random.nextInt(length - m + 1), needle, 0, m);
      } else {
        for (int i = 0; i < m; i++) {
          needle[i] = (byte) (0x80 + random.nextInt(alphabet));
        }
      }
      if (pad >= m && random.nextBoolean()) {
        System.arraycopy(needle, 0, memory.bytes, pad + length, m); // just past the view
      }
      Buffer n = Buffer.alloc(m);
      for (int i = 0; i < m; i++) {
        n.put(i, needle[i]);
      }
      boolean whole = random.nextInt(3) == 0;
      int offset = random.nextInt(2 * length + 5) - length - 2;
      String where = "round " + round + " length " + length + " m " + m + " offset " + offset;
      int forward = model(hay, needle, whole ? 0 : offset, true);
      int backward = model(hay, needle, whole ? length : offset, false);
      assertWithMessage("indexOf, %s", where).that(whole ? hay.indexOf(n) : hay.indexOf(n, offset)).isEqualTo(forward);
      assertWithMessage("lastIndexOf, %s", where)
          .that(whole ? hay.lastIndexOf(n) : hay.lastIndexOf(n, offset))
          .isEqualTo(backward);
      if (m == 1) {
        int value = needle[0] + 256 * (random.nextInt(5) - 2);
        assertWithMessage("indexOf(int), %s", where)
            .that(whole ? hay.indexOf(value) : hay.indexOf(value, offset))
            .isEqualTo(forward);
        assertWithMessage("lastIndexOf(int), %s", where)
            .that(whole ? hay.lastIndexOf(value) : hay.lastIndexOf(value, offset))
            .isEqualTo(backward);
      }
    }
  }

  /**
   * Node's byte-search rules ({@code bidirectionalIndexOf} of {@code lib/buffer.js}, then {@code
   * IndexOfOffset} and {@code IndexOfBuffer} of {@code src/node_buffer.cc}), the plainest way.
   */
  private static int model(Buffer hay, byte[] needle, int offset, boolean forward) {
    int length = hay.length();
    int m = needle.length;
    long o = offset;
    if (o < 0) {
      o += length;
      if (o < 0) {
        if (!forward && m > 0) {
          return -1;
        }
        o = 0;
      }
    } else if (o + m > (long) length) {
      if (m == 0) {
        return length;
      }
      if (forward) {
        return -1;
      }
      o = length - 1L;
    }
    if (m == 0) {
      return (int) o;
    }
    if (forward) {
      for (long p = o; p + m <= length; p++) {
        if (matches(hay, needle, (int) p)) {
          return (int) p;
        }
      }
    } else {
      for (long p = Math.min(o, length - m); p >= 0; p--) {
        if (matches(hay, needle, (int) p)) {
          return (int) p;
        }
      }
    }
    return -1;
  }

  private static boolean matches(Buffer hay, byte[] needle, int at) {
    for (int k = 0; k < needle.length; k++) {
      if (hay.get(at + k) != (needle[k] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /** A random view (possibly empty) of {@code memory}. */
  private static Buffer view(ArrayBuffer memory, Random random) {
    int offset = random.nextInt(memory.byteLength() + 1);
    int length = random.nextInt(memory.byteLength() - offset + 1);
    return new Buffer(memory, offset, length);
  }
}
