package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Java twin of the dossier's evidence harness (node-buffer.md §2.4), so that a test's output
 * can be compared with Node's recorded output as it stands, row for row:
 *
 * <pre>{@code
 * `${label.padEnd(40)} len=${len.padEnd(5)} ab.byteLength=${abLen.padEnd(5)} byteOffset=${off.padEnd(5)} AB#${id}`
 * }</pre>
 *
 * <p>Node numbers every distinct ArrayBuffer in order of appearance. Here a pooled result's
 * ArrayBuffer is its {@link TestSlab}. A result the pool declined ({@code null}) is what the API
 * then does on its own: a private ArrayBuffer, which gets the next number.
 */
final class NodeHarness {

  private final List<Object> arrayBuffers = new ArrayList<>();
  private final List<String> rows = new ArrayList<>();

  /** A pooled result: {@code slice} must not be null. */
  void pooled(String label, @Nullable Slice<TestSlab> slice) {
    assertWithMessage("%s is pooled", label).that(slice).isNotNull();
    if (slice == null) {
      return; // unreachable, for NullAway
    }
    assertWithMessage("%s lies inside its slab", label)
        .that(slice.offset() + slice.length())
        .isAtMost(slice.slab().size);
    row(label, slice.length(), slice.slab().size, slice.offset(), slice.slab());
  }

  /**
   * A request the pool declines ({@code slice} must be null), so the API makes a private
   * ArrayBuffer of {@code byteLength} bytes and a view of {@code length} bytes at offset 0.
   */
  void notPooled(String label, @Nullable Slice<TestSlab> slice, int byteLength, int length) {
    assertWithMessage("%s is not pooled", label).that(slice).isNull();
    apiOnly(label, byteLength, length);
  }

  /**
   * A result the API makes without asking the pool (for a string with {@code string.length >=
   * poolSize >>> 1}, dossier §2.3 step 1): a private ArrayBuffer, as in {@link #notPooled}.
   */
  void apiOnly(String label, int byteLength, int length) {
    row(label, length, byteLength, 0, new Object());
  }

  /** The rows so far, one per line, as Node's harness prints them. */
  String output() {
    return String.join("\n", rows);
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
