package dev.nodebuffer.pool;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Carver} that any thread may use, one at a time: Strategy SHARED's one pool, and each of
 * Strategy PER_THREAD's stripes for virtual threads.
 *
 * <p>State: the current {@link Carver}, null until the first operation makes it (with the pool
 * size that operation read) unless {@link #reset} made it first. Read and written only with {@link
 * #lock} held, which is why no two threads carve at once. Memory: one slab, as a {@link Carver}.
 *
 * <p>The lock is a {@link ReentrantLock}, not {@code synchronized}: on JDK 21 to 23 a virtual thread
 * that blocks on a monitor pins its carrier, and on a {@code ReentrantLock} it does not. It is
 * re-entrant so that a slab factory or {@link SlabWriter} that calls back into the pool on the same
 * thread reaches {@link Carver#checkNotBusy()} and gets its {@link IllegalStateException}, instead
 * of waiting for itself forever.
 */
final class LockedCarver<S> {

  private final ReentrantLock lock = new ReentrantLock();
  private final IntFunction<S> newSlab;
  private @Nullable Carver<S> carver;

  LockedCarver(IntFunction<S> newSlab) {
    this.newSlab = newSlab;
  }

  /** {@link Carver#allocate(int, int)}, under the lock. */
  Slice<S> allocate(int size, int poolSize) {
    lock.lock();
    try {
      return carver(poolSize).allocate(size, poolSize);
    } finally {
      lock.unlock();
    }
  }

  /** {@link Carver#allocate(int, int, SlabWriter)}, under the lock. */
  Slice<S> allocate(int reservation, int poolSize, SlabWriter<S> writer) {
    lock.lock();
    try {
      return carver(poolSize).allocate(reservation, poolSize, writer);
    } finally {
      lock.unlock();
    }
  }

  /** Replaces the pool with a fresh one, as at Node start-up: a new slab, offset 8. */
  void reset(int poolSize) {
    lock.lock();
    try {
      Carver<S> current = carver;
      if (current != null) {
        current.checkNotBusy();
      }
      carver = new Carver<>(newSlab, poolSize);
    } finally {
      lock.unlock();
    }
  }

  /** The current carver, made on first use; the caller holds the lock. */
  private Carver<S> carver(int poolSize) {
    Carver<S> current = carver;
    if (current == null) {
      current = new Carver<>(newSlab, poolSize);
      carver = current;
    }
    return current;
  }
}
