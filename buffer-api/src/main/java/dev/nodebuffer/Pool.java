package dev.nodebuffer;

import dev.nodebuffer.pool.BufferPool;
import java.util.Locale;

/**
 * The process's buffer pool: Node's {@code allocPool}, one per platform thread (and a few that
 * virtual threads share) unless configured shared.
 */
final class Pool {
  /** Node 20 and 22's default {@code Buffer.poolSize}. */
  static final int DEFAULT_POOL_SIZE = 8192;

  /** The system property that chooses the strategy: {@code per-thread} (default) or {@code shared}. */
  static final String STRATEGY_PROPERTY = "dev.nodebuffer.pool";

  static final BufferPool<ArrayBuffer> POOL =
      new BufferPool<>(strategy(System.getProperty(STRATEGY_PROPERTY, "per-thread")), Limits::slab, DEFAULT_POOL_SIZE);

  private Pool() {}

  private static BufferPool.Strategy strategy(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "shared":
        return BufferPool.Strategy.SHARED;
      case "per-thread":
        return BufferPool.Strategy.PER_THREAD;
      default:
        throw new IllegalStateException(
            STRATEGY_PROPERTY + " must be 'per-thread' or 'shared', not '" + name + "'");
    }
  }
}
