package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.pool.Slices.pooled;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nodebuffer.pool.BufferPool.Strategy;
import dev.nodebuffer.testkit.VirtualThreadSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How {@link Strategy#PER_THREAD} serves virtual threads: from a fixed set of shared stripes, not a
 * pool per thread. Skipped on a JDK without virtual threads.
 */
final class BufferPoolVirtualThreadTest {

  private final TestSlab.Factory slabs = new TestSlab.Factory();

  @BeforeEach
  void needVirtualThreads() {
    assumeTrue(VirtualThreadSupport.available(), "virtual threads need Java 21 or later");
  }

  @Test
  void stripeCountIsThePowerOfTwoAtOrAboveTwiceTheProcessors() {
    assertThat(BufferPool.stripeCount(1)).isEqualTo(2);
    assertThat(BufferPool.stripeCount(2)).isEqualTo(4);
    assertThat(BufferPool.stripeCount(3)).isEqualTo(8);
    assertThat(BufferPool.stripeCount(4)).isEqualTo(8);
    assertThat(BufferPool.stripeCount(5)).isEqualTo(16);
    assertThat(BufferPool.stripeCount(64)).isEqualTo(128);
    assertThat(new BufferPool<>(Strategy.SHARED, slabs, 8192).virtualThreadStripes())
        .isEqualTo(1);
    assertThat(new BufferPool<>(Strategy.PER_THREAD, slabs, 8192).virtualThreadStripes())
        .isEqualTo(BufferPool.stripeCount(Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void isCurrentTellsVirtualFromPlatformThreads() throws InterruptedException {
    assertThat(VirtualThreads.isCurrent()).isFalse();
    AtomicReference<@Nullable Boolean> inVirtual = new AtomicReference<>();
    join(VirtualThreadSupport.factory().newThread(() -> inVirtual.set(VirtualThreads.isCurrent())));
    assertThat(inVirtual.get()).isTrue();
  }

  /**
   * A thousand virtual threads, each allocating once, make no more slabs than there are stripes
   * (with a pool large enough that no stripe fills its slab). A pool per thread would make a
   * thousand.
   */
  @Test
  void virtualThreadsShareTheStripesInsteadOfASlabEach() throws InterruptedException {
    BufferPool<TestSlab> pool = new BufferPool<>(Strategy.PER_THREAD, slabs, 1 << 20);
    ConcurrentLinkedQueue<Slice<TestSlab>> slices = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      threads.add(VirtualThreadSupport.factory().newThread(() -> slices.add(pooled(pool.allocate(13)))));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      join(thread);
    }

    assertThat(slices).hasSize(1000);
    assertThat(slabs.count()).isAtMost(pool.virtualThreadStripes());
    for (Slice<TestSlab> slice : slices) {
      assertThat(slice.offset() % 8).isEqualTo(0);
    }
  }

  /**
   * Within one virtual thread, alone on its stripe, Node's rules place each buffer: a reset starts
   * a fresh pool at offset 8, and the next pieces follow at 8-byte steps. The reset replaces the
   * stripe's pool only: the platform thread's own pool goes on where it was.
   */
  @Test
  void resetOnAVirtualThreadStartsItsStripeAfreshAndLeavesPlatformThreadsAlone()
      throws InterruptedException {
    BufferPool<TestSlab> pool = new BufferPool<>(Strategy.PER_THREAD, slabs, 8192);
    Slice<TestSlab> platformBefore = pooled(pool.allocate(4));
    List<Slice<TestSlab>> inVirtual = new ArrayList<>();
    join(
        VirtualThreadSupport.factory()
            .newThread(
                () -> {
                  inVirtual.add(pooled(pool.allocate(4)));
                  pool.reset();
                  inVirtual.add(pooled(pool.allocate(4)));
                  inVirtual.add(pooled(pool.allocate(13)));
                  inVirtual.add(pooled(pool.allocate(1)));
                }));
    Slice<TestSlab> platformAfter = pooled(pool.allocate(4));

    assertThat(inVirtual.get(0).slab()).isNotSameInstanceAs(platformBefore.slab());
    assertThat(inVirtual.get(1).slab()).isNotSameInstanceAs(inVirtual.get(0).slab());
    assertThat(inVirtual.stream().skip(1).map(Slice::offset).toList())
        .containsExactly(8, 16, 32)
        .inOrder();
    assertThat(platformAfter.slab()).isSameInstanceAs(platformBefore.slab());
    assertThat(platformAfter.offset()).isEqualTo(platformBefore.offset() + 8);
  }

  private static void join(Thread thread) throws InterruptedException {
    if (thread.getState() == Thread.State.NEW) {
      thread.start();
    }
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
  }
}
