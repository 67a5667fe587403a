package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Java side of {@code src/test/node/record-pool.js}: makes the pool requests that Node's
 * {@code Buffer} code makes for each step of a scenario, and prints one row per buffer as the
 * script prints it, so that the rows can be compared with Node's as they stand:
 *
 * <pre>{@code
 * `${label.padEnd(40)} len=${len.padEnd(5)} ab.byteLength=${abLen.padEnd(5)} byteOffset=${off.padEnd(5)} AB#${id}`
 * }</pre>
 *
 * <p>Node numbers every distinct ArrayBuffer in order of appearance. Here a pooled result's
 * ArrayBuffer is its {@link TestSlab}. A request the pool declines ({@code null}) is what the API
 * then does on its own: a private ArrayBuffer, which gets the next number.
 */
final class PlacementRows {

  final BufferPool<TestSlab> pool;
  private final List<Object> arrayBuffers = new ArrayList<>();
  private final List<String> rows = new ArrayList<>();

  PlacementRows(BufferPool<TestSlab> pool) {
    this.pool = pool;
  }

  /** A writer standing in for an encoder that produced {@code bytes} bytes. */
  static SlabWriter<TestSlab> writes(int bytes) {
    return (slab, offset, room) -> {
      assertThat(room).isAtLeast(bytes);
      assertThat(offset + room).isAtMost(slab.size);
      return bytes;
    };
  }

  /**
   * {@code Buffer.allocUnsafe(size)} for each size in turn: {@code allocate} of lib/buffer.js asks
   * the pool for it.
   */
  void allocUnsafe(int... sizes) {
    for (int size : sizes) {
      allocUnsafe("allocUnsafe(" + size + ")", size);
    }
  }

  /** The same, under a label of the scenario's own. */
  void allocUnsafe(String label, int size) {
    row(label, pool.allocate(size), size, size);
  }

  /**
   * {@code Buffer.from(string, enc)} for a string that {@code fromStringFast} of lib/buffer.js
   * takes to the pool: it reserves {@code reservation} bytes, and the encoder writes {@code
   * written}. Declined, it is a private ArrayBuffer of the written bytes.
   */
  void fromString(String label, int reservation, int written) {
    row(label, pool.allocate(reservation, writes(written)), written, written);
  }

  /**
   * A buffer the API makes without asking the pool ({@code fromStringFast} sends a string with
   * {@code string.length >= Buffer.poolSize >>> 1} to {@code createFromString}): a private
   * ArrayBuffer of {@code byteLength} bytes and a view of {@code length} bytes at offset 0.
   */
  void apiOnly(String label, int byteLength, int length) {
    row(label, length, byteLength, 0, new Object());
  }

  /** Fails unless the rows so far are the ones Node printed. */
  void assertRows(String nodeRows) {
    assertThat(String.join("\n", rows)).isEqualTo(nodeRows);
  }

  private void row(String label, @Nullable Slice<TestSlab> slice, int byteLength, int length) {
    if (slice == null) {
      row(label, length, byteLength, 0, new Object());
      return;
    }
    assertWithMessage("%s lies inside its slab", label)
        .that(slice.offset() + slice.length())
        .isAtMost(slice.slab().size);
    row(label, slice.length(), slice.slab().size, slice.offset(), slice.slab());
  }

  private void row(String label, int length, int byteLength, int byteOffset, Object arrayBuffer) {
    int id = arrayBuffers.indexOf(arrayBuffer); // identity: neither type overrides equals
    if (id < 0) {
      arrayBuffers.add(arrayBuffer);
      id = arrayBuffers.size() - 1;
    }
    rows.add(
        String.format(
            "%-40s len=%-5s ab.byteLength=%-5s byteOffset=%-5s AB#%d",
            label, length, byteLength, byteOffset, id));
  }
}
