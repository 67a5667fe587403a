package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java side of the API: error types, threads, nulls. Node's behaviours themselves are proven
 * by the conformance kit (buffer-tck), against expectations recorded from Node 22.
 */
class BufferTest {

  @AfterEach
  void restoreDefaults() {
    Buffer.setPoolSize(Pool.DEFAULT_POOL_SIZE);
    Buffers.resetPool();
  }

  @Test
  void badSizeIsANodeErrorAndAnIllegalArgumentException() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Buffer.allocUnsafe(-1));
    assertThat(e).isInstanceOf(NodeError.class);
    assertThat(((NodeError) e).code()).isEqualTo("ERR_OUT_OF_RANGE");
    assertThat(((NodeError) e).name()).isEqualTo("RangeError");
  }

  @Test
  void nullStringIsNodesTypeErrorNotANullPointerException() {
    @SuppressWarnings("NullAway") // the point of the test
    NodeArgumentException e = assertThrows(NodeArgumentException.class, () -> Buffer.from((String) null));
    assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
  }

  @Test
  void nullEncodingMeansUtf8() {
    assertThat(Buffer.from("é", null).length()).isEqualTo(2);
  }

  @Test
  void eachThreadStartsItsOwnPoolAtNodesFirstOffset() throws InterruptedException {
    if (!Buffers.poolStrategy().equals("per-thread")) {
      return;
    }
    Buffer here = Buffer.allocUnsafe(4);
    AtomicReference<Buffer> there = new AtomicReference<>();
    Thread thread = new Thread(() -> there.set(Buffer.allocUnsafe(4)));
    thread.start();
    thread.join();
    assertThat(there.get().buffer()).isNotSameInstanceAs(here.buffer());
    assertThat(there.get().byteOffset()).isEqualTo(8);
  }

  @Test
  void resetPoolStartsAFreshSlab() {
    Buffer before = Buffer.allocUnsafe(4);
    Buffers.resetPool();
    Buffer after = Buffer.allocUnsafe(4);
    assertThat(after.buffer()).isNotSameInstanceAs(before.buffer());
    assertThat(after.byteOffset()).isEqualTo(8);
  }

  @Test
  void toStringNullEncodingIsUtf8() {
    assertThat(Buffer.from("h\u00e9").toString(null)).isEqualTo("h\u00e9");
    assertThat(Buffer.from("h\u00e9").toString(null, 1)).isEqualTo("\u00e9");
    // The doc's buf2.toString(undefined, 0, 3) (TCK buf-tostring/doc-example-undefined-encoding)
    assertThat(Buffer.from("t\u00e9st").toString(null, 0, 3)).isEqualTo("t\u00e9");
  }

  @Test
  void allocUnsafeIsZeroFilled() {
    for (int size : new int[] {1, 100, 4095, 4096, 10_000}) {
      Buffer buf = Buffer.allocUnsafe(size);
      for (int i = 0; i < size; i++) {
        assertThat(buf.get(i)).isEqualTo(0);
      }
    }
  }

  @Test
  void outOfRangeIndexIsAnIndexOutOfBoundsException() {
    Buffer buf = Buffer.alloc(2);
    assertThrows(IndexOutOfBoundsException.class, () -> buf.get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> buf.get(-1));
  }
}
