package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nodebuffer.pool.BufferPool.Strategy;
import dev.nodebuffer.testkit.VirtualThreadSupport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several threads allocate from one pool at once: plain allocations and writer allocations of
 * random sizes. Each slice is stamped with a pattern of its own, and the writer also scribbles over
 * its whole reservation while it runs. Afterwards every slice must still hold its pattern, and no
 * two slices of one slab may intersect. The slabs are {@code byte[]}.
 *
 * <p>With PER_THREAD each platform thread's sequence of placements must also equal what Node's
 * algorithm gives for that thread's requests alone ({@link NodeModel}). Virtual threads share
 * PER_THREAD's stripes, which the test makes them contend for: it runs more virtual threads than
 * there are stripes.
 */
@ParameterizedClass
@CsvSource({"SHARED, false", "PER_THREAD, false", "SHARED, true", "PER_THREAD, true"})
@Timeout(value = 10, unit = TimeUnit.SECONDS)
final class BufferPoolConcurrencyTest {

  private static final int THREADS = 4;
  private static final int OPS_PER_THREAD = 5_000;
  private static final int POOL_SIZE = 1024; // small, so that slabs turn over often

  /** One pooled result, and what its bytes must hold. */
  private record Stamped(Slice<byte[]> slice, int pattern) {}

  /** One request and its result (a null slice when not pooled), for the PER_THREAD check. */
  private record Op(boolean writer, int size, int used, @Nullable Slice<byte[]> result) {}

  private final Strategy strategy;
  private final boolean virtual;
  private final BufferPool<byte[]> pool;

  BufferPoolConcurrencyTest(Strategy strategy, boolean virtual) {
    this.strategy = strategy;
    this.virtual = virtual;
    this.pool = new BufferPool<>(strategy, byte[]::new, POOL_SIZE);
  }

  /** Platform threads, or virtual ones (skipped on a JDK without them). */
  private ThreadFactory threads() {
    if (!virtual) {
      return Thread::new;
    }
    assumeTrue(VirtualThreadSupport.available(), "virtual threads need Java 21 or later");
    return VirtualThreadSupport.factory();
  }

  /** More virtual threads than stripes, so that several share one; 4 platform threads. */
  private int threadCount() {
    return virtual ? 4 * pool.virtualThreadStripes() : THREADS;
  }

  @Test
  void fixedPoolSizeNoOverlapAndPerThreadSequencesAreNodes() throws Exception {
    List<List<Op>> ops = run(pool, threads(), threadCount(), /* churnPoolSize= */ false);

    checkNoOverlap(ops);
    if (strategy == Strategy.PER_THREAD && !virtual) {
      for (List<Op> thread : ops) {
        checkAgainstNodeModel(thread);
      }
    }
  }

  @Test
  void poolSizeAndResetChangingUnderLoadNoOverlap() throws Exception {
    checkNoOverlap(run(pool, threads(), threadCount(), /* churnPoolSize= */ true));
  }

  /**
   * Runs {@code count} threads from {@code factory} against {@code pool}, started together. With
   * {@code churnPoolSize} the threads also change the pool size now and then (between 0 and 4096)
   * and reset the pool.
   */
  private static List<List<Op>> run(
      BufferPool<byte[]> pool, ThreadFactory factory, int count, boolean churnPoolSize)
      throws InterruptedException {
    List<List<Op>> ops = new ArrayList<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      List<Op> mine = new ArrayList<>(OPS_PER_THREAD);
      ops.add(mine);
      int threadIndex = t;
      Thread thread =
          factory.newThread(
              () -> {
                try {
                  start.await();
                  work(pool, threadIndex, churnPoolSize, mine);
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      thread.setName("allocator-" + t);
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
    for (Thread thread : threads) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      assertWithMessage("%s finished in time", thread.getName()).that(thread.isAlive()).isFalse();
    }
    for (Throwable failure : failures) {
      throw new AssertionError("an allocator thread failed", failure);
    }
    return ops;
  }

  private static void work(BufferPool<byte[]> pool, int threadIndex, boolean churn, List<Op> ops) {
    SplittableRandom random = new SplittableRandom(0x5EED + threadIndex);
    for (int i = 0; i < OPS_PER_THREAD; i++) {
      int pattern = (threadIndex << 24) | i; // unique to this slice
      if (churn && random.nextInt(200) == 0) {
        pool.setPoolSize(random.nextInt(4097));
      }
      if (churn && random.nextInt(1000) == 0) {
        pool.reset();
      }
      if (random.nextBoolean()) {
        int size = random.nextInt(-2, POOL_SIZE / 2 + 3); // around the threshold at both ends
        Slice<byte[]> slice = pool.allocate(size);
        if (slice != null) {
          stamp(slice.slab(), slice.offset(), slice.length(), pattern);
        }
        ops.add(new Op(false, size, 0, slice));
      } else {
        int reservation = random.nextInt(0, POOL_SIZE / 2 + 3);
        int used = reservation == 0 ? 0 : random.nextInt(reservation + 1);
        Slice<byte[]> slice =
            pool.allocate(
                reservation,
                (slab, offset, room) -> {
                  // The whole room is this call's while it runs: scribble over it, then stamp.
                  stamp(slab, offset, room, ~pattern);
                  stamp(slab, offset, used, pattern);
                  return used;
                });
        ops.add(new Op(true, reservation, used, slice));
      }
    }
  }

  private static void stamp(byte[] slab, int offset, int length, int pattern) {
    for (int i = 0; i < length; i++) {
      slab[offset + i] = patternByte(pattern, i);
    }
  }

  private static byte patternByte(int pattern, int index) {
    int h = pattern * 0x9E3779B9 + index * 0x85EBCA6B;
    return (byte) (h ^ (h >>> 16));
  }

  /** Every slice holds its stamp, lies inside its slab, and none intersects another. */
  private static void checkNoOverlap(List<List<Op>> ops) {
    IdentityHashMap<byte[], List<Stamped>> bySlab = new IdentityHashMap<>();
    int pooled = 0;
    for (int t = 0; t < ops.size(); t++) {
      List<Op> thread = ops.get(t);
      for (int i = 0; i < thread.size(); i++) {
        Slice<byte[]> slice = thread.get(i).result();
        if (slice == null) {
          continue;
        }
        pooled++;
        int pattern = (t << 24) | i;
        assertThat(slice.offset() + slice.length()).isAtMost(slice.slab().length);
        for (int k = 0; k < slice.length(); k++) {
          if (slice.slab()[slice.offset() + k] != patternByte(pattern, k)) {
            throw new AssertionError("bytes of " + describe(slice) + " were overwritten at " + k);
          }
        }
        bySlab
            .computeIfAbsent(slice.slab(), s -> new ArrayList<>())
            .add(new Stamped(slice, pattern));
      }
    }
    assertThat(pooled).isGreaterThan(ops.size() * OPS_PER_THREAD / 4);
    assertThat(bySlab.size()).isGreaterThan(10); // the slabs did turn over
    for (List<Stamped> slices : bySlab.values()) {
      slices.sort(Comparator.comparingInt(s -> s.slice().offset()));
      Slice<byte[]> previous = null;
      for (Stamped stamped : slices) {
        Slice<byte[]> slice = stamped.slice();
        if (slice.length() == 0) {
          continue; // owns nothing
        }
        if (previous != null && previous.offset() + previous.length() > slice.offset()) {
          throw new AssertionError(describe(previous) + " overlaps " + describe(slice));
        }
        previous = slice;
      }
    }
  }

  private static String describe(Slice<byte[]> slice) {
    return "["
        + slice.offset()
        + ", "
        + (slice.offset() + slice.length())
        + ") of a "
        + slice.slab().length
        + "-byte slab";
  }

  /**
   * Replays one thread's requests on {@link NodeModel} and compares the placements: offset, length,
   * and whether the slice is on the same slab as that thread's previous pooled one.
   */
  private static void checkAgainstNodeModel(List<Op> ops) {
    NodeModel node = new NodeModel(POOL_SIZE);
    byte @Nullable [] previousSlab = null;
    for (Op op : ops) {
      long[] expected =
          op.writer() ? node.fromStringFast(op.size(), op.used()) : node.allocate(op.size());
      Slice<byte[]> actual = op.result();
      if (expected == null || actual == null) {
        assertThat(actual == null).isEqualTo(expected == null);
        continue;
      }
      boolean sameSlab = actual.slab() == previousSlab;
      assertThat(new long[] {actual.offset(), actual.length(), sameSlab ? 1 : 0})
          .isEqualTo(expected);
      previousSlab = actual.slab();
    }
  }

  /**
   * Node's algorithm as lib/buffer.js writes it (one thread, pool size fixed), kept apart from the
   * code under test: {@code poolOffset} is a double there and a long here.
   */
  private static final class NodeModel {
    private final int poolSize;
    private long poolOffset = 8; // bootstrap's allocation
    private long remainingOnSlab;
    private boolean carvedSinceNewSlab;
    private boolean newSlabPending;

    NodeModel(int poolSize) {
      this.poolSize = poolSize;
      this.remainingOnSlab = poolSize - poolOffset;
    }

    /** Returns {offset, length, same slab as the previous pooled result ? 1 : 0}, or null. */
    long @Nullable [] allocate(int size) {
      if (size <= 0 || size >= (poolSize >>> 1)) {
        return null;
      }
      return carve(size, size);
    }

    long @Nullable [] fromStringFast(int reservation, int used) {
      if (reservation >= (poolSize >>> 1)) {
        return null;
      }
      return carve(reservation, used);
    }

    private long[] carve(int needed, int taken) {
      if (needed > remainingOnSlab) { // createPool()
        poolOffset = 0;
        newSlabPending = true;
      }
      long same = (carvedSinceNewSlab && !newSlabPending) ? 1 : 0;
      long[] result = {poolOffset, taken, same};
      carvedSinceNewSlab = true;
      newSlabPending = false;
      poolOffset += taken;
      if ((poolOffset & 7) != 0) { // alignPool()
        poolOffset |= 7;
        poolOffset++;
      }
      remainingOnSlab = poolSize - poolOffset;
      return result;
    }
  }
}
