package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A slab the factory cannot make (the API's factory refuses sizes above its kMaxLength; the heap
 * may run out) fails the request that needed it and leaves the pool as it was: the current slab,
 * its size and offset stay, and a later request retries. Node 22 differs: its {@code createPool}
 * stores the new pool size before allocating, so after a failure it carves past the end of the old
 * slab ({@code RangeError: Invalid typed array length: 400} for {@code allocUnsafe(400)}).
 */
class SlabFailureTest {

  @ParameterizedTest
  @EnumSource(BufferPool.Strategy.class)
  void aFailedSlabLeavesTheCurrentSlabItsSizeAndItsOffset(BufferPool.Strategy strategy) {
    OutOfMemoryError heapFull = new OutOfMemoryError("Java heap space");
    IntFunction<TestSlab> factory = failingAbove8192(heapFull);
    BufferPool<TestSlab> pool = new BufferPool<>(strategy, factory, 8192);
    Slice<TestSlab> first = pooled(pool.allocate(4000)); // 8..4008
    pool.setPoolSize(1 << 20);

    // Fits the rest of the 8 KiB slab: carved there, as in Node.
    Slice<TestSlab> second = pooled(pool.allocate(4000)); // 4008..8008
    // Needs a new slab of 1 MiB, which the factory cannot make.
    assertThat(assertThrows(OutOfMemoryError.class, () -> pool.allocate(4000))).isSameInstanceAs(heapFull);
    assertThat(assertThrows(OutOfMemoryError.class, () -> pool.allocate(400, (slab, offset, room) -> 1)))
        .isSameInstanceAs(heapFull);
    Slice<TestSlab> third = pooled(pool.allocate(100)); // still fits: 8008..8108

    assertThat(second.slab()).isSameInstanceAs(first.slab());
    assertThat(third.slab()).isSameInstanceAs(first.slab());
    assertThat(second.offset()).isEqualTo(4008);
    assertThat(third.offset()).isEqualTo(8008);

    pool.setPoolSize(8192);
    Slice<TestSlab> fourth = pooled(pool.allocate(4000)); // the old slab's rest is 80 bytes: a new slab
    assertThat(fourth.slab()).isNotSameInstanceAs(first.slab());
    assertThat(fourth.slab().size).isEqualTo(8192);
    assertThat(fourth.offset()).isEqualTo(0);
  }

  @ParameterizedTest
  @EnumSource(BufferPool.Strategy.class)
  void aResetWhoseSlabFailsKeepsThePoolItHad(BufferPool.Strategy strategy) {
    BufferPool<TestSlab> pool =
        new BufferPool<>(strategy, failingAbove8192(new OutOfMemoryError("Java heap space")), 8192);
    Slice<TestSlab> first = pooled(pool.allocate(4)); // 8..12 (a thread's first slab: made now)
    pool.setPoolSize(1 << 20);
    assertThrows(OutOfMemoryError.class, pool::reset);
    Slice<TestSlab> second = pooled(pool.allocate(4));
    assertThat(second.slab()).isSameInstanceAs(first.slab());
    assertThat(second.offset()).isEqualTo(16);
  }

  private static Slice<TestSlab> pooled(@Nullable Slice<TestSlab> slice) {
    assertThat(slice).isNotNull();
    return Objects.requireNonNull(slice);
  }

  private static IntFunction<TestSlab> failingAbove8192(OutOfMemoryError error) {
    TestSlab.Factory slabs = new TestSlab.Factory();
    return size -> {
      if (size > 8192) {
        throw error;
      }
      return slabs.apply(size);
    };
  }
}
