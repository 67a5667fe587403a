package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.pool.Slices.assertStartsANewSlab;
import static dev.nodebuffer.pool.Slices.pooled;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nodebuffer.pool.BufferPool.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link BufferPool} beyond the scenarios of {@link BufferPoolNodeRecordingTest}:
 * Node facts checked by hand, edge cases, errors, reset.
 */
final class BufferPoolTest {

  /** {@code Buffer.poolSize} in Node 22. */
  private static final int NODE_22_POOL_SIZE = 8192;

  private final TestSlab.Factory slabs = new TestSlab.Factory();

  private BufferPool<TestSlab> pool(Strategy strategy, int poolSize) {
    return new BufferPool<>(strategy, slabs, poolSize);
  }

  // Here the tests of one strategy, or of none; those of both strategies are in EitherStrategy.

  // --- construction ---

  @Test
  void sharedMakesTheFirstSlabAtConstructionPerThreadOnFirstUse() {
    pool(Strategy.SHARED, 8192);
    assertThat(slabs.count()).isEqualTo(1);

    BufferPool<TestSlab> perThread = pool(Strategy.PER_THREAD, 8192);
    assertThat(slabs.count()).isEqualTo(1);
    assertThat(perThread.allocate(0)).isNull(); // not pooled: the pool is not touched
    assertThat(slabs.count()).isEqualTo(1);
    perThread.allocate(1);
    assertThat(slabs.count()).isEqualTo(2);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void constructorRejectsBadArguments() {
    assertThrows(NullPointerException.class, () -> new BufferPool<>(null, slabs, 8192));
    assertThrows(
        NullPointerException.class, () -> new BufferPool<TestSlab>(Strategy.SHARED, null, 8192));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new BufferPool<>(Strategy.SHARED, slabs, -1));
    assertThat(e).hasMessageThat().isEqualTo("poolSize -1 must be >= 0");
  }

  // --- reset ---

  @Test
  void resetPerThreadOnAnUnusedThreadMakesOneSlab() {
    BufferPool<TestSlab> pool = pool(Strategy.PER_THREAD, 8192);

    pool.reset();

    assertThat(slabs.count()).isEqualTo(1);
    assertThat(pooled(pool.allocate(1)).offset()).isEqualTo(8);
    assertThat(slabs.count()).isEqualTo(1);
  }

  // --- Slice ---

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void sliceChecksItsArguments() {
    Object slab = new Object();
    assertThat(new Slice<>(slab, 0, 0).length()).isEqualTo(0);
    assertThat(new Slice<>(slab, Integer.MAX_VALUE, 0).offset()).isEqualTo(Integer.MAX_VALUE);
    assertThat(new Slice<>(slab, 1, Integer.MAX_VALUE - 1).length())
        .isEqualTo(Integer.MAX_VALUE - 1);

    assertThrows(NullPointerException.class, () -> new Slice<>(null, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Slice<>(slab, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Slice<>(slab, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> new Slice<>(slab, 1, Integer.MAX_VALUE));
  }

  @Test
  void sliceEquality() {
    Object slab = new Object();

    assertThat(new Slice<>(slab, 8, 4)).isEqualTo(new Slice<>(slab, 8, 4));
    assertThat(new Slice<>(slab, 8, 4)).isNotEqualTo(new Slice<>(new Object(), 8, 4));
    assertThat(new Slice<>(slab, 8, 4)).isNotEqualTo(new Slice<>(slab, 8, 5));
  }

  /** The tests run with each strategy (a few expect a different answer from each). */
  @Nested
  @ParameterizedClass
  @EnumSource(Strategy.class)
  final class EitherStrategy {

    private final Strategy strategy;

    EitherStrategy(Strategy strategy) {
      this.strategy = strategy;
    }

    // --- construction and pool size ---

    @Test
    void accessors() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);

      assertThat(pool.strategy()).isEqualTo(strategy);
      assertThat(pool.poolSize()).isEqualTo(8192);
      assertThat(pool.toString()).isEqualTo("BufferPool[" + strategy + ", poolSize=8192]");
    }

    @Test
    @SuppressWarnings("NullAway") // a factory that breaks its contract
    void slabFactoryReturningNullIsRejected() {
      IntFunction<Object> broken = size -> null;
      if (strategy == Strategy.SHARED) {
        assertThrows(NullPointerException.class, () -> new BufferPool<>(strategy, broken, 8192));
      } else {
        BufferPool<Object> pool = new BufferPool<>(strategy, broken, 8192);
        assertThrows(NullPointerException.class, () -> pool.allocate(1));
      }
    }

    @Test
    void setPoolSizeRejectsNegativeAJavaOnlyDifference() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> pool.setPoolSize(-1));

      assertThat(e).hasMessageThat().isEqualTo("poolSize -1 must be >= 0");
      assertThat(pool.poolSize()).isEqualTo(8192);
      pool.setPoolSize(Integer.MAX_VALUE);
      assertThat(pool.poolSize()).isEqualTo(Integer.MAX_VALUE);
    }

    // --- thresholds ---

    @Test
    void thresholdIsStrictHalfOfTheCurrentPoolSize() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);

      assertThat(pool.allocate(Integer.MIN_VALUE)).isNull();
      assertThat(pool.allocate(-1)).isNull();
      assertThat(pool.allocate(0)).isNull();
      assertThat(pool.allocate(4096)).isNull();
      assertThat(pool.allocate(Integer.MAX_VALUE)).isNull();
      assertThat(pool.allocate(4095)).isNotNull();

      pool.setPoolSize(8193); // 8193 >>> 1 is still 4096
      assertThat(pool.allocate(4096)).isNull();
      pool.setPoolSize(8194);
      assertThat(pool.allocate(4096)).isNotNull();
    }

    @Test
    void tinyPoolSizesTurnPoolingOff() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      for (int poolSize : new int[] {0, 1, 2, 3}) {
        pool.setPoolSize(poolSize);
        assertThat(pool.allocate(1)).isNull();
      }
      pool.setPoolSize(0);
      assertThat(pool.allocate(0, (slab, offset, room) -> 0)).isNull();
      pool.setPoolSize(4);
      assertThat(pool.allocate(1)).isNotNull();
    }

    @Test
    void writerNotCalledWhenTheReservationIsNotPoolable() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      AtomicInteger calls = new AtomicInteger();

      assertThat(pool.allocate(4096, (slab, offset, room) -> calls.incrementAndGet())).isNull();
      assertThat(pool.allocate(Integer.MAX_VALUE, (slab, offset, room) -> calls.incrementAndGet()))
          .isNull();

      assertThat(calls.get()).isEqualTo(0);
      assertThat(pooled(pool.allocate(1)).offset()).isEqualTo(8); // nothing moved
    }

    // --- placement details ---

    @Test
    void newSlabHasThePoolSizeOfItsCreation() {
      BufferPool<TestSlab> pool = pool(strategy, 64);
      Slice<TestSlab> a = pooled(pool.allocate(31)); // 8..39 -> 40
      pool.setPoolSize(100);
      Slice<TestSlab> b = pooled(pool.allocate(24)); // exact fit: 40..64
      Slice<TestSlab> c = pooled(pool.allocate(1)); // new slab of 100

      assertThat(a.slab().size).isEqualTo(64);
      assertThat(b.slab()).isSameInstanceAs(a.slab());
      assertThat(b.offset()).isEqualTo(40);
      assertThat(c.slab().size).isEqualTo(100);
      assertThat(c.offset()).isEqualTo(0);
    }

    @Test
    void slabSizeNotAMultipleOf8OffsetAlignedPastTheEndNextRequestStartsANewSlab() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      pooled(pool.allocate(1)); // the first slab now has 8192 bytes with either strategy
      pool.setPoolSize(20); // threshold 10
      Slice<TestSlab> s;
      do {
        s = pooled(pool.allocate(9));
      } while (s.slab().size != 20);
      assertThat(s.offset()).isEqualTo(0); // 0..9 -> 16; 4 left
      Slice<TestSlab> exact = pooled(pool.allocate(4)); // 16..20 -> aligned to 24
      Slice<TestSlab> next = pooled(pool.allocate(1));

      assertThat(exact.slab()).isSameInstanceAs(s.slab());
      assertThat(exact.offset()).isEqualTo(16);
      assertStartsANewSlab(next, s);
    }

    /**
     * A fresh pool whose slab is smaller than the bootstrap offset (only possible here: Node's
     * first slab always has 8192 bytes): the first request finds no room and starts a new slab at
     * 0.
     */
    @Test
    void freshPoolSmallerThanTheBootstrapOffsetFirstRequestStartsANewSlab() {
      BufferPool<TestSlab> pool = pool(strategy, 6); // threshold 3
      Slice<TestSlab> s = pooled(pool.allocate(2));

      assertThat(s.offset()).isEqualTo(0);
      assertThat(s.slab().size).isEqualTo(6);
      assertThat(s.slab().id).isEqualTo(1); // slab 0 (offset 8 > 6) was never carved
    }

    /** Offsets near {@link Integer#MAX_VALUE}: the slab type holds no memory, so this is cheap. */
    @Test
    void largestPoolSizeAlignmentDoesNotOverflow() {
      BufferPool<TestSlab> pool = pool(strategy, Integer.MAX_VALUE); // threshold 1073741823
      Slice<TestSlab> a = pooled(pool.allocate(1_073_741_822)); // 8.. -> 1073741832
      Slice<TestSlab> b = pooled(pool.allocate(1_073_741_815)); // exact fit, ends at 2^31 - 1
      Slice<TestSlab> c = pooled(pool.allocate(1)); // offset 2^31 now: a new slab

      assertThat(a.offset()).isEqualTo(8);
      assertThat(b.offset()).isEqualTo(1_073_741_832);
      assertThat(b.slab()).isSameInstanceAs(a.slab());
      assertThat(b.offset() + b.length()).isEqualTo(Integer.MAX_VALUE);
      assertStartsANewSlab(c, a);
    }

    // --- the writer ---

    @Test
    void writerReceivesTheSlabTheOffsetAndTheReservation() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      List<String> calls = new ArrayList<>();

      Slice<TestSlab> s =
          pooled(
              pool.allocate(
                  100,
                  (slab, offset, room) -> {
                    calls.add(slab + " " + offset + " " + room);
                    return 37;
                  }));

      assertThat(calls).containsExactly("slab#0(8192) 8 100");
      assertThat(s).isEqualTo(new Slice<>(s.slab(), 8, 37));
      assertThat(pooled(pool.allocate(1)).offset()).isEqualTo(48); // 8 + 37 = 45 -> 48
    }

    @Test
    void writerUsingTheWholeReservationAnExactFit() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      pooled(pool.allocate(4000)); // 8.. -> 4008
      pooled(pool.allocate(4095)); // 4008.. -> 8103 -> 8104; 88 left

      Slice<TestSlab> s = pooled(pool.allocate(88, (slab, offset, room) -> room));

      assertThat(s.offset()).isEqualTo(8104);
      assertThat(s.length()).isEqualTo(88);
      assertThat(s.slab().id).isEqualTo(0);
      assertThat(pooled(pool.allocate(1)).slab().id).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("NullAway") // passes null on purpose
    void writerAllocateRejectsBadArguments() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);

      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> pool.allocate(-1, (slab, offset, room) -> 0));
      assertThat(e).hasMessageThat().isEqualTo("reservation -1 must be >= 0");
      assertThrows(NullPointerException.class, () -> pool.allocate(10, null));
      assertThat(pooled(pool.allocate(1)).offset()).isEqualTo(8);
    }

    @Test
    void writerReturningOutOfRangeThrowsAndTakesNothing() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);

      IllegalStateException tooMany =
          assertThrows(
              IllegalStateException.class,
              () -> pool.allocate(16, (slab, offset, room) -> room + 1));
      IllegalStateException negative =
          assertThrows(
              IllegalStateException.class, () -> pool.allocate(16, (slab, offset, room) -> -1));

      assertThat(tooMany).hasMessageThat().isEqualTo("SlabWriter returned 17, outside [0, 16]");
      assertThat(negative).hasMessageThat().isEqualTo("SlabWriter returned -1, outside [0, 16]");
      assertThat(pooled(pool.allocate(1)).offset()).isEqualTo(8);
    }

    @Test
    void writerThrowingPropagatesOffsetStaysNewSlabStays() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      Slice<TestSlab> first = pooled(pool.allocate(4095)); // 8.. -> 4104; 4088 left
      RuntimeException boom = new RuntimeException("boom");

      RuntimeException thrown =
          assertThrows(
              RuntimeException.class,
              () ->
                  pool.allocate(
                      4095,
                      (slab, offset, room) -> {
                        throw boom;
                      }));
      Slice<TestSlab> next = pooled(pool.allocate(1));

      assertThat(thrown).isSameInstanceAs(boom);
      // 4095 did not fit, so a new slab was made before the writer ran; it stays, unused, as in
      // Node.
      assertStartsANewSlab(next, first);
    }

    // --- re-entry ---

    @Test
    void writerMayNotUseItsOwnPool() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      AtomicReference<@Nullable Slice<TestSlab>> notPooled = new AtomicReference<>();

      List<SlabWriter<TestSlab>> reentering =
          List.of(
              (slab, offset, room) -> {
                notPooled.set(pool.allocate(0)); // not pooled: does not touch the pool
                pool.allocate(1);
                return 0;
              },
              (slab, offset, room) -> pool.allocate(8, (s, o, r) -> 0) == null ? 0 : 1,
              (slab, offset, room) -> {
                pool.reset();
                return 0;
              });

      for (SlabWriter<TestSlab> writer : reentering) {
        IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> pool.allocate(16, writer));
        assertThat(e)
            .hasMessageThat()
            .isEqualTo("BufferPool used from inside its own SlabWriter or slab factory");
      }
      assertThat(notPooled.get()).isNull();
      // The pool still works, and nothing was taken.
      Slice<TestSlab> after = pooled(pool.allocate(1));
      assertThat(after.offset()).isEqualTo(8);
      assertThat(after.slab().id).isEqualTo(0);
    }

    @Test
    void slabFactoryMayNotUseThePoolWhileCarving() {
      AtomicReference<@Nullable BufferPool<Object>> self = new AtomicReference<>();
      AtomicInteger made = new AtomicInteger();
      IntFunction<Object> factory =
          size -> {
            BufferPool<Object> pool = self.get();
            if (made.getAndIncrement() > 0 && pool != null) {
              pool.allocate(1); // re-entry while a carve is making a new slab
            }
            return new Object();
          };
      BufferPool<Object> pool = new BufferPool<>(strategy, factory, 16); // threshold 8
      self.set(pool);
      assertThat(pool.allocate(7)).isNotNull(); // first slab (made without re-entry), 8..15

      assertThrows(IllegalStateException.class, () -> pool.allocate(7)); // needs a new slab
    }

    // --- reset ---

    @Test
    void resetStartsAFreshPoolAtOffset8WithTheCurrentPoolSize() {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      Slice<TestSlab> before = pooled(pool.allocate(100));
      pool.setPoolSize(1024);

      pool.reset();
      Slice<TestSlab> after = pooled(pool.allocate(100));

      assertThat(after.offset()).isEqualTo(8);
      assertThat(after.slab()).isNotSameInstanceAs(before.slab());
      assertThat(after.slab().size).isEqualTo(1024);
      assertThat(pool.poolSize()).isEqualTo(1024);
    }

    @Test
    void resetFromAnotherThreadSharedForEveryonePerThreadOnlyForThatThread()
        throws InterruptedException {
      BufferPool<TestSlab> pool = pool(strategy, 8192);
      Slice<TestSlab> before = pooled(pool.allocate(1)); // 8

      Thread other = new Thread(pool::reset);
      other.start();
      other.join(5_000);
      assertThat(other.isAlive()).isFalse();
      Slice<TestSlab> after = pooled(pool.allocate(1));

      if (strategy == Strategy.SHARED) {
        assertThat(after.slab()).isNotSameInstanceAs(before.slab());
        assertThat(after.offset()).isEqualTo(8);
      } else {
        assertThat(after.slab()).isSameInstanceAs(before.slab());
        assertThat(after.offset()).isEqualTo(16);
      }
    }

    // --- Node facts checked by hand ---

    /**
     * The bootstrap offset in a new thread. Measured on Node 22 in a fresh worker thread (as in the
     * main thread): the first {@code Buffer.allocUnsafe(4).byteOffset} is 8 and the second 16. With
     * PER_THREAD a new thread gets a fresh pool of its own. With SHARED it continues the one pool.
     */
    @Test
    void aFreshThreadStartsAtOffset8WithAPoolOfItsOwnOnlyPerThread()
        throws InterruptedException {
      BufferPool<TestSlab> pool = pool(strategy, NODE_22_POOL_SIZE);
      Slice<TestSlab> main = pooled(pool.allocate(4));
      assertThat(main.offset()).isEqualTo(8);

      AtomicReference<@Nullable Slice<TestSlab>> first = new AtomicReference<>();
      AtomicReference<@Nullable Slice<TestSlab>> second = new AtomicReference<>();
      Thread worker =
          new Thread(
              () -> {
                first.set(pool.allocate(4));
                second.set(pool.allocate(4));
              });
      worker.start();
      worker.join(5_000);
      assertThat(worker.isAlive()).isFalse();

      Slice<TestSlab> a = pooled(first.get());
      Slice<TestSlab> b = pooled(second.get());
      if (strategy == Strategy.PER_THREAD) {
        assertThat(a.offset()).isEqualTo(8);
        assertThat(b.offset()).isEqualTo(16);
        assertThat(a.slab()).isNotSameInstanceAs(main.slab());
        assertThat(a.slab().size).isEqualTo(NODE_22_POOL_SIZE);
      } else {
        assertThat(a.offset()).isEqualTo(16);
        assertThat(b.offset()).isEqualTo(24);
        assertThat(a.slab()).isSameInstanceAs(main.slab());
      }
      assertThat(b.slab()).isSameInstanceAs(a.slab());
    }

    /**
     * A reservation of 0 starts a new slab when the offset is past the slab's end (Node compares
     * {@code 0 > poolSize - poolOffset} in {@code fromStringFast} of lib/buffer.js). Checked on
     * Node v20.20.2, whose pool code is v22's: with {@code Buffer.poolSize = 5}, after the first
     * 5-byte slab has given {@code allocUnsafe(1)} at offset 0 (offset now 8), {@code
     * Buffer.from('a', 'hex')} is {@code [0,5,0]} on a new ArrayBuffer.
     */
    @Test
    void aZeroReservationPastTheSlabEndStartsANewSlab() {
      BufferPool<TestSlab> pool = pool(strategy, NODE_22_POOL_SIZE);
      pool.setPoolSize(5);
      Slice<TestSlab> one;
      do {
        one = pooled(pool.allocate(1));
      } while (one.slab().size == NODE_22_POOL_SIZE);
      assertThat(one.offset()).isEqualTo(0);
      assertThat(one.slab().size).isEqualTo(5);

      Slice<TestSlab> empty = pooled(pool.allocate(0, PlacementRows.writes(0)));

      assertThat(empty.length()).isEqualTo(0);
      assertThat(empty.offset()).isEqualTo(0);
      assertThat(empty.slab().size).isEqualTo(5);
      assertThat(empty.slab()).isNotSameInstanceAs(one.slab());
    }
  }
}
