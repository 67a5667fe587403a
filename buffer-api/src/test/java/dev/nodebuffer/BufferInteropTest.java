package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java-only members of {@link Buffer}: {@code wrap}, {@code asByteBuffer}, the stream views,
 * {@code compareTo}, {@code equals} and {@code hashCode}; and that none of them changes a Node
 * behaviour.
 */
class BufferInteropTest {

  private static final long SEED = 0x5EED_B0FFL;

  @AfterEach
  void restoreDefaults() {
    Buffer.setPoolSize(Pool.DEFAULT_POOL_SIZE);
    Buffers.resetPool();
  }

  // ---- wrap ----

  @Test
  void wrapSharesTheArrayBothWays() {
    byte[] array = {1, 2, 3};
    Buffer buf = Buffer.wrap(array);
    assertThat(buf.length()).isEqualTo(3);
    assertThat(buf.byteOffset()).isEqualTo(0);
    assertThat(buf.buffer().byteLength()).isEqualTo(3);
    assertThat(buf.buffer().bytes).isSameInstanceAs(array);

    array[1] = (byte) 0xfe;
    assertThat(buf.get(1)).isEqualTo(0xfe);
    buf.put(2, 0x1ff);
    assertThat(array[2]).isEqualTo((byte) 0xff);
    buf.write("ab", 0, "latin1");
    assertThat(Arrays.copyOf(array, 2)).isEqualTo(new byte[] {'a', 'b'});
  }

  @Test
  void wrapRangeIsAViewOfTheWholeArray() {
    byte[] array = "0123456789".getBytes(UTF_8);
    Buffer buf = Buffer.wrap(array, 2, 5);
    assertThat(buf.length()).isEqualTo(5);
    assertThat(buf.byteOffset()).isEqualTo(2);
    assertThat(buf.buffer().byteLength()).isEqualTo(10);
    assertThat(buf.toString()).isEqualTo("23456");

    buf.fill('x');
    assertThat(new String(array, UTF_8)).isEqualTo("01xxxxx789");
    array[6] = 'y';
    assertThat(buf.toString()).isEqualTo("xxxxy");
    assertThrows(IndexOutOfBoundsException.class, () -> buf.get(5));
  }

  @Test
  void wrapRangeMayBeEmptyAtEitherEnd() {
    byte[] array = new byte[4];
    assertThat(Buffer.wrap(array, 0, 0).length()).isEqualTo(0);
    assertThat(Buffer.wrap(array, 4, 0).byteOffset()).isEqualTo(4);
    assertThat(Buffer.wrap(new byte[0]).toString()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void wrapTakesJavaStyleArgumentErrors() {
    assertThrows(NullPointerException.class, () -> Buffer.wrap(null));
    assertThrows(NullPointerException.class, () -> Buffer.wrap(null, 0, 0));
    byte[] array = new byte[4];
    for (int[] bad : new int[][] {{-1, 1}, {0, -1}, {0, 5}, {5, 0}, {3, 2}, {1, Integer.MAX_VALUE}}) {
      IndexOutOfBoundsException e =
          assertThrows(IndexOutOfBoundsException.class, () -> Buffer.wrap(array, bad[0], bad[1]));
      assertWithMessage("wrap(array, %s, %s) is not a Node error", bad[0], bad[1])
          .that(e)
          .isNotInstanceOf(NodeError.class);
    }
  }

  @Test
  void wrapDoesNotTouchThePool() {
    Buffer a = Buffer.allocUnsafe(4);
    Buffer.wrap(new byte[16]);
    Buffer.wrap(new byte[16], 8, 4);
    Buffer b = Buffer.allocUnsafe(4);
    // Node 22: two allocUnsafe(4) in a row share the slab, 8 bytes apart.
    assertThat(b.buffer()).isSameInstanceAs(a.buffer());
    assertThat(b.byteOffset() - a.byteOffset()).isEqualTo(8);
  }

  // ---- asByteBuffer ----

  @Test
  void asByteBufferSharesMemoryBothWays() {
    Buffer buf = Buffer.from("abcd");
    ByteBuffer bb = buf.asByteBuffer();
    assertThat(bb.position()).isEqualTo(0);
    assertThat(bb.limit()).isEqualTo(4);
    assertThat(bb.capacity()).isEqualTo(4);
    assertThat(bb.isReadOnly()).isFalse();
    assertThat(bb.get(1)).isEqualTo((byte) 'b');

    bb.put(0, (byte) 'z');
    assertThat(buf.toString()).isEqualTo("zbcd");
    buf.put(3, 'q');
    assertThat(bb.get(3)).isEqualTo((byte) 'q');
  }

  @Test
  void asByteBufferIsBigEndianLikeEveryNewByteBuffer() {
    Buffer buf = Buffer.wrap(new byte[] {1, 2, 3, 4});
    assertThat(buf.asByteBuffer().order()).isEqualTo(ByteOrder.BIG_ENDIAN);
    assertThat(buf.asByteBuffer().getInt(0)).isEqualTo(0x01020304);
    assertThat(buf.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN).getInt(0)).isEqualTo(0x04030201);
  }

  @Test
  void asByteBufferOfAPooledBufferReachesOnlyItsOwnBytes() {
    Buffer before = Buffer.allocUnsafe(8);
    Buffer buf = Buffer.allocUnsafe(8);
    Buffer after = Buffer.allocUnsafe(8);
    assertThat(buf.buffer()).isSameInstanceAs(before.buffer());
    assertThat(buf.buffer()).isSameInstanceAs(after.buffer());
    before.fill(0x11);
    after.fill(0x22);

    ByteBuffer bb = buf.asByteBuffer();
    assertThat(bb.capacity()).isEqualTo(8);
    assertThat(bb.arrayOffset()).isEqualTo(buf.byteOffset());
    while (bb.hasRemaining()) {
      bb.put((byte) 0x77);
    }
    assertThrows(BufferOverflowException.class, () -> bb.put((byte) 0));
    assertThrows(IndexOutOfBoundsException.class, () -> bb.get(8));
    assertThrows(IndexOutOfBoundsException.class, () -> bb.get(-1));
    assertThrows(IllegalArgumentException.class, () -> bb.limit(9));
    assertThrows(BufferOverflowException.class, () -> bb.clear().put(new byte[9]));
    assertThat(bb.duplicate().clear().remaining()).isEqualTo(8);

    assertThat(buf.toString("hex")).isEqualTo("7777777777777777");
    assertThat(before.toString("hex")).isEqualTo("1111111111111111");
    assertThat(after.toString("hex")).isEqualTo("2222222222222222");
  }

  @Test
  void asByteBufferOfAnEmptyBufferIsEmpty() {
    assertThat(Buffer.alloc(0).asByteBuffer().capacity()).isEqualTo(0);
    assertThat(Buffer.wrap(new byte[5], 5, 0).asByteBuffer().hasRemaining()).isFalse();
  }

  // ---- asInputStream ----

  @Test
  void inputStreamReadsEverythingBack() throws IOException {
    byte[] expected = randomBytes(new Random(SEED), 3000);
    Buffer buf = pooledCopyOf(expected);
    assertThat(buf.asInputStream().readAllBytes()).isEqualTo(expected);

    InputStream in = buf.asInputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      out.write(b);
    }
    assertThat(out.toByteArray()).isEqualTo(expected);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(in.read(new byte[4], 0, 0)).isEqualTo(0);
    assertThat(in.available()).isEqualTo(0);
    assertThat(in.skip(10)).isEqualTo(0);
  }

  @Test
  void inputStreamOfAPooledBufferStopsAtItsOwnEnd() throws IOException {
    Buffer buf = Buffer.allocUnsafe(4).fill(0xaa);
    Buffer.allocUnsafe(4).fill(0xbb);
    InputStream in = buf.asInputStream();
    byte[] into = new byte[10];
    assertThat(in.read(into)).isEqualTo(4);
    assertThat(Arrays.copyOf(into, 5)).isEqualTo(new byte[] {-86, -86, -86, -86, 0});
    assertThat(in.read(into)).isEqualTo(-1);
  }

  @Test
  void emptyBufferStreamIsAtEndAtOnce() throws IOException {
    InputStream in = Buffer.alloc(0).asInputStream();
    assertThat(in.available()).isEqualTo(0);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.readAllBytes()).isEmpty();
  }

  /**
   * Random sequences of read, read(byte[],...), skip, available, mark, reset and readNBytes on a
   * pooled view, each answered as {@link ByteArrayInputStream} answers it over the same bytes.
   */
  @Test
  void inputStreamAnswersAsByteArrayInputStreamDoes() throws IOException {
    Random random = new Random(SEED);
    for (int round = 0; round < 300; round++) {
      byte[] data = randomBytes(random, random.nextInt(200));
      InputStream reference = new ByteArrayInputStream(data);
      InputStream actual = pooledCopyOf(data).asInputStream();
      List<String> ops = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        int op = random.nextInt(7);
        ops.add(Integer.toString(op));
        String where = "round " + round + ", ops " + ops;
        switch (op) {
          case 0 -> assertWithMessage(where).that(actual.read()).isEqualTo(reference.read());
          case 1 -> {
            // len >= 1: ByteArrayInputStream answers -1 to len 0 at the end, where InputStream's
            // contract (and this stream) answers 0, tested above.
            int len = 1 + random.nextInt(50);
            int off = random.nextInt(5);
            byte[] a = new byte[off + len + 3];
            byte[] r = new byte[off + len + 3];
            assertWithMessage(where).that(actual.read(a, off, len)).isEqualTo(reference.read(r, off, len));
            assertWithMessage(where).that(a).isEqualTo(r);
          }
          case 2 -> {
            long n = random.nextInt(60) - 10L;
            assertWithMessage(where).that(actual.skip(n)).isEqualTo(reference.skip(n));
          }
          case 3 -> assertWithMessage(where).that(actual.available()).isEqualTo(reference.available());
          case 4 -> {
            actual.mark(0);
            reference.mark(0);
          }
          case 5 -> {
            actual.reset();
            reference.reset();
          }
          default -> {
            int n = random.nextInt(40);
            assertWithMessage(where).that(actual.readNBytes(n)).isEqualTo(reference.readNBytes(n));
          }
        }
      }
      assertWithMessage("round %s: the rest", round)
          .that(actual.readAllBytes())
          .isEqualTo(reference.readAllBytes());
    }
  }

  @Test
  void inputStreamReadsLive() throws IOException {
    Buffer buf = Buffer.from("abc");
    InputStream in = buf.asInputStream();
    assertThat(in.read()).isEqualTo('a');
    buf.put(1, 'X');
    assertThat(in.read()).isEqualTo('X');
  }

  @Test
  void inputStreamMarkAndReset() throws IOException {
    InputStream in = Buffer.from("abcdef").asInputStream();
    assertThat(in.markSupported()).isTrue();
    in.skip(2);
    in.reset(); // no mark yet: back to the start
    assertThat(in.read()).isEqualTo('a');
    in.skip(1);
    in.mark(0); // the read limit does not matter
    assertThat(in.readAllBytes()).isEqualTo("cdef".getBytes(UTF_8));
    in.reset();
    assertThat(in.read()).isEqualTo('c');
    in.close(); // no effect
    assertThat(in.read()).isEqualTo('d');
  }

  @Test
  void inputStreamSkipNBytesPastTheEndIsEof() throws IOException {
    InputStream in = Buffer.from("abc").asInputStream();
    in.skipNBytes(2);
    assertThat(in.read()).isEqualTo('c');
    InputStream other = Buffer.from("abc").asInputStream();
    assertThrows(EOFException.class, () -> other.skipNBytes(4));
  }

  @Test
  void inputStreamRejectsBadRangesAsInputStreamSays() {
    InputStream in = Buffer.from("abc").asInputStream();
    assertThrows(IndexOutOfBoundsException.class, () -> in.read(new byte[2], 1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> in.read(new byte[2], -1, 1));
  }

  @Test
  void transferToCopiesTheRestWithoutHandingOutTheSlab() throws IOException {
    byte[] expected = randomBytes(new Random(SEED + 1), 20_000);
    Buffer buf = Buffer.wrap(expected, 0, expected.length);
    InputStream in = buf.asInputStream();
    in.skip(100);
    byte[] slab = buf.buffer().bytes;
    ByteArrayOutputStream collected = new ByteArrayOutputStream();
    OutputStream spy =
        new OutputStream() {
          @Override
          public void write(int b) {
            collected.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            assertThat(b).isNotSameInstanceAs(slab);
            collected.write(b, off, len);
          }
        };
    assertThat(in.transferTo(spy)).isEqualTo(expected.length - 100);
    assertThat(collected.toByteArray()).isEqualTo(Arrays.copyOfRange(expected, 100, expected.length));
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.transferTo(spy)).isEqualTo(0);
  }

  // ---- asOutputStream ----

  @Test
  void outputStreamWritesFromIndexZeroAsAByteArrayOutputStreamWould() throws IOException {
    Random random = new Random(SEED + 2);
    for (int round = 0; round < 200; round++) {
      int size = random.nextInt(100);
      Buffer before = Buffer.allocUnsafe(8).fill(0x11);
      Buffer buf = Buffer.allocUnsafe(size);
      Buffer after = Buffer.allocUnsafe(8).fill(0x22);
      OutputStream out = buf.asOutputStream();
      ByteArrayOutputStream reference = new ByteArrayOutputStream();
      while (true) {
        byte[] chunk = randomBytes(random, random.nextInt(12));
        int room = size - reference.size();
        if (chunk.length == 1 && random.nextBoolean()) {
          if (room < 1) {
            assertThrows(EOFException.class, () -> out.write(chunk[0]));
            break;
          }
          out.write(chunk[0]);
        } else {
          if (chunk.length > room) {
            assertThrows(EOFException.class, () -> out.write(chunk));
            break;
          }
          out.write(chunk);
        }
        reference.write(chunk);
      }
      byte[] written = reference.toByteArray();
      byte[] expected = Arrays.copyOf(written, size); // allocUnsafe is zero-filled here
      assertWithMessage("round %s", round).that(bytesOf(buf)).isEqualTo(expected);
      assertWithMessage("neighbours").that(before.toString("hex")).isEqualTo("1111111111111111");
      assertWithMessage("neighbours").that(after.toString("hex")).isEqualTo("2222222222222222");
    }
  }

  @Test
  void outputStreamOverflowWritesNothingOfTheFailedWrite() throws IOException {
    Buffer buf = Buffer.alloc(5);
    OutputStream out = buf.asOutputStream();
    out.write(new byte[] {1, 2, 3});
    EOFException e = assertThrows(EOFException.class, () -> out.write(new byte[] {4, 5, 6}));
    assertThat(e).hasMessageThat().isEqualTo("buffer full: cannot write 3 byte(s) at index 3 of a buffer of length 5");
    assertThat(bytesOf(buf)).isEqualTo(new byte[] {1, 2, 3, 0, 0});
    out.write(new byte[] {9, 4, 5, 9}, 1, 2); // what fits still goes in after a failure
    assertThat(bytesOf(buf)).isEqualTo(new byte[] {1, 2, 3, 4, 5});
    out.write(new byte[0]);
    assertThrows(EOFException.class, () -> out.write(6));
    out.flush();
    out.close(); // no effect
    assertThrows(EOFException.class, () -> out.write(6));
    assertThrows(IndexOutOfBoundsException.class, () -> Buffer.alloc(5).asOutputStream().write(new byte[2], 1, 2));
  }

  @Test
  void outputStreamWritesAreVisibleAtOnce() throws IOException {
    Buffer buf = Buffer.alloc(3);
    OutputStream out = buf.asOutputStream();
    out.write('h');
    assertThat(buf.get(0)).isEqualTo('h');
    assertThat(buf.toString("latin1", 0, 1)).isEqualTo("h");
  }

  // ---- compareTo, equals, hashCode ----

  @Test
  void compareToAnswersAsNodesBufferCompare() {
    // Node 22: Buffer.compare(a, b) for each pair.
    assertThat(Buffer.wrap(new byte[] {(byte) 0x80}).compareTo(Buffer.wrap(new byte[] {0x7f}))).isEqualTo(1);
    assertThat(Buffer.wrap(new byte[] {1, 2}).compareTo(Buffer.wrap(new byte[] {1, 2, 3}))).isEqualTo(-1);
    assertThat(Buffer.alloc(0).compareTo(Buffer.alloc(0))).isEqualTo(0);
    assertThat(Buffer.wrap(new byte[] {1, 2, 3}).compareTo(Buffer.wrap(new byte[] {1, 3}))).isEqualTo(-1);
    assertThat(Buffer.wrap(new byte[] {(byte) 0xff}).compareTo(Buffer.wrap(new byte[] {0}))).isEqualTo(1);
    assertThat(Buffer.wrap(new byte[] {5, 6}).compareTo(Buffer.wrap(new byte[] {5, 6}))).isEqualTo(0);
  }

  /**
   * On random buffers placed at random offsets (pooled, wrapped mid-array, own memory), compareTo
   * is the reference unsigned lexicographic order with the shorter first, answers exactly -1, 0 or
   * 1, is antisymmetric and transitive, and is 0 exactly when equals is true.
   */
  @Test
  void compareToIsUnsignedLexicographicOnRandomBuffers() {
    Random random = new Random(SEED + 3);
    List<Buffer> buffers = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      // A small alphabet and short lengths, so that ties, prefixes and sign bits are common.
      byte[] bytes = new byte[random.nextInt(6)];
      byte[] alphabet = {0, 1, 0x7f, (byte) 0x80, (byte) 0xff};
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = alphabet[random.nextInt(alphabet.length)];
      }
      buffers.add(placed(random, bytes));
    }
    for (Buffer a : buffers) {
      for (Buffer b : buffers) {
        int expected = referenceCompare(bytesOf(a), bytesOf(b));
        int actual = a.compareTo(b);
        assertWithMessage("%s vs %s", a.toString("hex"), b.toString("hex")).that(actual).isEqualTo(expected);
        assertThat(b.compareTo(a)).isEqualTo(-actual);
        assertThat(a.equals(b)).isEqualTo(actual == 0);
        if (actual == 0) {
          assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
      }
    }
    List<Buffer> sorted = new ArrayList<>(buffers);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(referenceCompare(bytesOf(sorted.get(i - 1)), bytesOf(sorted.get(i)))).isAtMost(0);
    }
    for (int n = 0; n < 20_000; n++) {
      Buffer a = buffers.get(random.nextInt(buffers.size()));
      Buffer b = buffers.get(random.nextInt(buffers.size()));
      Buffer c = buffers.get(random.nextInt(buffers.size()));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isAtMost(0);
      }
    }
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void compareToNullIsANullPointerException() {
    assertThrows(NullPointerException.class, () -> Buffer.alloc(1).compareTo(null));
  }

  @Test
  void equalsIsByContentWhateverTheMemory() {
    byte[] big = "xxabyy".getBytes(UTF_8);
    Buffer pooled = Buffer.allocUnsafe(2);
    pooled.write("ab");
    Uint8Array plain = new Uint8Array(2);
    plain.put(0, 'a');
    plain.put(1, 'b');
    new EqualsTester()
        .addEqualityGroup(
            Buffer.from("ab"), Buffer.wrap(big, 2, 2), pooled, Buffer.wrap(new byte[] {'a', 'b'}), Buffer.from("YWI=", "base64"))
        .addEqualityGroup(Buffer.from("ba"))
        .addEqualityGroup(Buffer.from("abc"), Buffer.wrap(new byte[] {0, 0, 0, 0}, 1, 3).fill("abc"))
        .addEqualityGroup(Buffer.alloc(0), Buffer.wrap(new byte[0]), Buffer.wrap(big, 6, 0))
        .addEqualityGroup(Buffer.wrap(new byte[] {(byte) 0xe9}), Buffer.from("é", "latin1"))
        .addEqualityGroup(plain) // a Uint8Array is never equal to a Buffer, whatever its bytes
        .addEqualityGroup(ByteBuffer.wrap(new byte[] {'a', 'b'}))
        .testEquals();
  }

  @Test
  void hashCodeIsArraysHashCodeOfTheBytesAndFollowsThem() {
    Random random = new Random(SEED + 4);
    for (int i = 0; i < 100; i++) {
      byte[] bytes = randomBytes(random, random.nextInt(64));
      assertThat(placed(random, bytes).hashCode()).isEqualTo(Arrays.hashCode(bytes));
    }
    Buffer key = Buffer.from("key");
    Set<Buffer> set = new HashSet<>();
    set.add(key);
    assertThat(set).contains(Buffer.wrap("key".getBytes(UTF_8)));
    int before = key.hashCode();
    key.put(0, 'K');
    assertThat(key.hashCode()).isNotEqualTo(before); // why a mutated key is lost (documented)
  }

  // ---- no Node behaviour changed ----

  @Test
  void nodeBehavioursStayNodes() {
    // Node 22: Buffer.from([0xed, 0xa0, 0x80]).toString() is three U+FFFD.
    Buffer wrapped = Buffer.wrap(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});
    assertThat(wrapped.toString()).isEqualTo("\ufffd\ufffd\ufffd");
    assertThat(Buffer.wrap("héllo".getBytes(UTF_8)).toString()).isEqualTo("héllo");
    assertThat(Buffer.wrap("héllo".getBytes(UTF_8)).toString("hex")).isEqualTo("68c3a96c6c6f");

    // Equal buffers keep their own memory: buffer() identity is still JavaScript's ===.
    Buffer a = Buffer.from("same");
    Buffer b = Buffer.alloc(4).fill("same");
    assertThat(a).isEqualTo(b);
    assertThat(a.buffer()).isNotSameInstanceAs(b.buffer());
    assertThat(a.buffer()).isNotEqualTo(b.buffer());
    b.put(0, 'S');
    assertThat(a.toString()).isEqualTo("same");
  }

  // ---- helpers ----

  /** {@code bytes} copied into a pooled buffer, so that it sits at an offset inside a slab. */
  private static Buffer pooledCopyOf(byte[] bytes) {
    Buffer.allocUnsafe(3); // push the next one off the slab's first offset
    Buffer buf = Buffer.allocUnsafe(bytes.length);
    try {
      buf.asOutputStream().write(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return buf;
  }

  /** {@code bytes} in a buffer of one of the kinds a caller meets: pooled, wrapped mid-array, own. */
  private static Buffer placed(Random random, byte[] bytes) {
    return switch (random.nextInt(3)) {
      case 0 -> pooledCopyOf(bytes);
      case 1 -> {
        int before = random.nextInt(5);
        byte[] array = randomBytes(random, before + bytes.length + random.nextInt(5));
        System.arraycopy(bytes, 0, array, before, bytes.length);
        yield Buffer.wrap(array, before, bytes.length);
      }
      default -> Buffer.wrap(bytes.clone());
    };
  }

  private static byte[] bytesOf(Uint8Array view) {
    byte[] bytes = new byte[view.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) view.get(i);
    }
    return bytes;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Node's Buffer.compare, written out: unsigned bytes, shorter first on a tie. */
  private static int referenceCompare(byte[] a, byte[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int x = a[i] & 0xff;
      int y = b[i] & 0xff;
      if (x != y) {
        return x < y ? -1 : 1;
      }
    }
    return a.length == b.length ? 0 : a.length < b.length ? -1 : 1;
  }
}
