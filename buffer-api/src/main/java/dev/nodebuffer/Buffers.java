package dev.nodebuffer;

/**
 * The {@code buffer} module's own members ({@code require('buffer').x}), and the Java-only
 * controls of the pool.
 */
public final class Buffers {
  private Buffers() {}

  /**
   * Gives the calling thread a fresh pool, as in a new Node process: an 8 KiB slab whose first
   * pooled buffer lands at byte offset 8 (where Node's own start-up allocation leaves it). With
   * the {@code shared} strategy the one shared pool is reset. Buffers already handed out keep
   * their memory. Not in Node; for tests and the conformance kit.
   */
  public static void resetPool() {
    Pool.POOL.reset();
  }

  /** Which pool strategy this process uses: {@code "per-thread"} or {@code "shared"}. */
  public static String poolStrategy() {
    return Pool.POOL.strategy() == dev.nodebuffer.pool.BufferPool.Strategy.SHARED
        ? "shared"
        : "per-thread";
  }
}
