package dev.nodebuffer.pool;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One pool: the module state of Node.js's lib/buffer.js ({@code allocPool}, {@code poolSize},
 * {@code poolOffset}) and the steps that use it ({@code createPool}, {@code alignPool}, and the
 * carve in {@code allocate} and {@code fromStringFast}). The thresholds are checked by {@link
 * BufferPool} before a call gets here.
 *
 * <p>State: the fields {@code slab}, {@code slabSize}, {@code offset} and {@code busy} below, which
 * every operation reads and writes. Memory: one slab, of at most {@link Integer#MAX_VALUE} bytes
 * (the pool size it was made with). Not thread-safe: {@link BufferPool} confines each instance,
 * one per thread with {@code PER_THREAD}, and used only under the pool's lock with {@code SHARED}.
 *
 * <h2>Invariants</h2>
 *
 * <p>These hold between calls, and they are why no two slices overlap.
 *
 * <ol>
 *   <li>{@code slab} came from {@code newSlab.apply(slabSize)}. {@code slabSize} is the pool size
 *       read when that slab was made (Node's module-level {@code poolSize}). It never changes for
 *       that slab, whatever {@link BufferPool#setPoolSize} does later.
 *   <li>{@code offset} is a multiple of 8 and at least 0. It is 0 for a new slab, or 8 for a pool's
 *       first slab (see {@link #BOOTSTRAP_OFFSET}). After a carve it is aligned up. So it can be up
 *       to 7 past {@code slabSize} when {@code slabSize} is not a multiple of 8, and 8 past a first
 *       slab smaller than 8 bytes. Then {@code slabSize - offset} (Node's {@code poolSize -
 *       poolOffset}) is negative, and the next request starts a new slab, even a reservation of 0.
 *       It is a {@code long}, so that aligning near {@link Integer#MAX_VALUE} cannot overflow. Node
 *       keeps it in a double.
 *   <li>The bytes {@code [offset, slabSize)} of {@code slab} have never been handed out. Everything
 *       below {@code offset} on this slab, and all of every earlier slab, belongs to a slice or is
 *       abandoned.
 *   <li>A carve of {@code n} bytes happens only when {@code n <= slabSize - offset}. It hands out
 *       {@code [offset, offset + n)} and then moves {@code offset} past it. So slices of one slab
 *       are disjoint and lie inside it, and their int offsets cannot overflow.
 *   <li>An abandoned slab (one whose rest was too small for a request) is never referenced by the
 *       pool again. Node gives up that rest forever too.
 *   <li>{@code busy} is true exactly while an operation runs. An operation that finds it set was
 *       entered again from the slab factory or a {@link SlabWriter}, on the same thread, and is
 *       refused. Otherwise it would carve the bytes the outer call is still using.
 * </ol>
 */
final class Carver<S> {

  /**
   * The offset of a pool's first slab. Node's bootstrap makes one small (at most 8-byte) allocation
   * from the initial slab before user code runs. That was measured on Node 22 (v22.23.3), in the
   * main thread and in a fresh worker thread alike: the first {@code
   * Buffer.allocUnsafe(4).byteOffset} is 8 and the second is 16. Later slabs start at 0 ({@code
   * createPool} in lib/buffer.js sets {@code poolOffset = 0}).
   */
  static final int BOOTSTRAP_OFFSET = 8;

  private final IntFunction<S> newSlab;
  private S slab;
  private int slabSize;
  private long offset;
  private boolean busy;

  /** A fresh pool, as at Node start-up: a slab of {@code poolSize} bytes, offset already 8. */
  Carver(IntFunction<S> newSlab, int poolSize) {
    this.newSlab = newSlab;
    this.slab = makeSlab(newSlab, poolSize);
    this.slabSize = poolSize;
    this.offset = BOOTSTRAP_OFFSET;
  }

  /**
   * Node's {@code allocate(size)} after its threshold check. Requires {@code 0 < size}. A new slab
   * of {@code poolSize} bytes comes first when {@code size > slabSize - offset}; an exact fit
   * stays.
   */
  Slice<S> allocate(int size, int poolSize) {
    enter();
    try {
      if (size > slabSize - offset) {
        createPool(poolSize);
      }
      Slice<S> slice = new Slice<>(slab, (int) offset, size);
      offset += size;
      alignPool();
      return slice;
    } finally {
      busy = false;
    }
  }

  /**
   * Node's {@code fromStringFast} after its threshold checks. Requires {@code 0 <= reservation}. A
   * new slab of {@code poolSize} bytes comes first when {@code reservation > slabSize - offset},
   * even if the bytes really written would have fitted (lib/buffer.js, {@code fromStringFast}:
   * {@code if (length > (poolSize - poolOffset)) createPool();} before {@code ops.write}, with
   * {@code length} the reservation). The offset then advances by the bytes used, not the
   * reservation.
   */
  Slice<S> allocate(int reservation, int poolSize, SlabWriter<S> writer) {
    enter();
    try {
      if (reservation > slabSize - offset) {
        createPool(poolSize);
      }
      int start = (int) offset;
      int used = writer.write(slab, start, reservation);
      if (used < 0 || used > reservation) {
        throw new IllegalStateException(
            "SlabWriter returned " + used + ", outside [0, " + reservation + "]");
      }
      offset += used;
      alignPool();
      return new Slice<>(slab, start, used);
    } finally {
      busy = false;
    }
  }

  /** Throws unless this is the only operation running on this pool. */
  void checkNotBusy() {
    if (busy) {
      throw new IllegalStateException(
          "BufferPool used from inside its own SlabWriter or slab factory");
    }
  }

  private void enter() {
    checkNotBusy();
    busy = true;
  }

  /** Node's {@code createPool()}: the rest of the current slab is abandoned. */
  private void createPool(int poolSize) {
    slab = makeSlab(newSlab, poolSize); // if the factory throws, the old slab stays, as in Node
    slabSize = poolSize;
    offset = 0;
  }

  /** Node's {@code alignPool()}: round {@code offset} up to a multiple of 8. */
  private void alignPool() {
    offset = (offset + 7) & ~7L;
  }

  private static <S> S makeSlab(IntFunction<S> newSlab, int size) {
    return Objects.requireNonNull(newSlab.apply(size), "the slab factory returned null");
  }
}
