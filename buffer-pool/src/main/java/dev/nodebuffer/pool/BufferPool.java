package dev.nodebuffer.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Node.js's allocation pool for small buffers ({@code createPool}, {@code alignPool}, {@code
 * allocate} and the pool part of {@code fromStringFast} in lib/buffer.js, Node 22), as a policy
 * that does not know what a slab is. The caller supplies a factory that makes a slab of a given
 * byte size (the API passes {@code ArrayBuffer::new}), and gets back {@link Slice slices} of those
 * slabs.
 *
 * <p>The placement is Node's, byte for byte:
 *
 * <ul>
 *   <li>A request of {@code n} bytes is pooled only when {@code 0 < n < poolSize() >>> 1} (strict;
 *       the current {@link #poolSize()} is used on every call). Otherwise {@code allocate} returns
 *       {@code null}, and the caller makes a buffer of its own.
 *   <li>A pooled request is carved at the current offset of the current slab. If it is larger than
 *       the rest of the slab (strict: an exact fit stays), a new slab of {@link #poolSize()} bytes
 *       is made first, and the rest of the old slab is never used again.
 *   <li>After a carve the offset advances by the bytes taken and is rounded up to a multiple of 8.
 *   <li>A fresh pool (at construction, after {@link #reset()}, and for each new thread with {@link
 *       Strategy#PER_THREAD}) starts with a slab of the then current {@link #poolSize()} bytes and
 *       an offset of <b>8</b>, not 0. Node's bootstrap made one small allocation before user code
 *       runs. On Node 22, in the main thread and in a new worker alike, the first {@code
 *       Buffer.allocUnsafe(4).byteOffset} is 8 and the second is 16. Later slabs start at 0.
 * </ul>
 *
 * <p>{@link #setPoolSize} acts as assigning {@code Buffer.poolSize} does in Node. The threshold
 * changes at once. The slab size changes only when the next slab is made, because each slab keeps
 * the size it was made with: in lib/buffer.js, {@code allocate} compares the request with the
 * current {@code Buffer.poolSize >>> 1}, but the room with {@code poolSize - poolOffset}, where the
 * module's {@code poolSize} is the copy {@code createPool} took when it made the current slab. So
 * in Node 22, after {@code Buffer.allocUnsafe(100)} and {@code Buffer.poolSize = 100}, {@code
 * Buffer.allocUnsafe(49)} is still carved from the 8192-byte slab (at byteOffset 112).
 *
 * <p><b>Thread safety.</b> Instances are thread-safe. Under any interleaving no two slices that the
 * pool handed out overlap (same slab, intersecting ranges): the bytes of a slice of positive length
 * are handed out once, and the pool never writes them. Within one platform thread the sequence of
 * placements is the one Node gives for that thread's calls, with the same pool sizes: always with
 * {@link Strategy#PER_THREAD}, and with {@link Strategy#SHARED} while no other thread uses the pool.
 * Virtual threads share pools, so their sequences hold only while no other thread uses the same
 * pool (see {@link Strategy#PER_THREAD}). The pool size is one value for all threads (a volatile
 * field). Each call reads it once, and uses that value for both the threshold and the size of any
 * slab the call makes.
 *
 * <p><b>Differences from Node.js.</b> Sizes are {@code int}, so a fractional {@code
 * Buffer.poolSize}, which Node accepts, cannot be set. {@link #setPoolSize} rejects a negative
 * size with {@link IllegalArgumentException}. Node accepts any number. After {@code
 * Buffer.poolSize = -1}, {@code poolSize >>> 1} is 2147483647, so {@code
 * Buffer.allocUnsafe(5000)} is carved from the 8 KiB slab, and the next request that does not
 * fit fails with {@code RangeError: Invalid typed array length: -1} (checked on v20.20.2, whose
 * pool code is v22's).
 *
 * @param <S> the slab type, for example the API's {@code ArrayBuffer}
 */
public final class BufferPool<S> {

  /** How the pool is shared between threads. */
  public enum Strategy {
    /**
     * One pool for all threads. Every pooled allocation, including the {@link SlabWriter} call and
     * making a new slab, runs under one lock. Threads take turns carving the same slabs. This uses
     * the least memory, and when threads compete they wait for each other.
     */
    SHARED,
    /**
     * One pool per platform thread, as Node has one per worker thread, and a fixed set of shared
     * pools for virtual threads.
     *
     * <p>A platform thread gets its own fresh pool on its first pooled allocation: a first slab of
     * the pool size read by that call, with offset 8. There is no lock. The thread keeps that pool,
     * and so holds up to {@link #poolSize()} bytes, until it ends or calls {@link #reset()}.
     *
     * <p>Virtual threads do not get pools of their own, because a service may run hundreds of
     * thousands of them and a slab each would be that many times 8 KiB. They share {@link
     * #virtualThreadStripes()} pools instead, each with a lock of its own, and a virtual thread
     * always uses the same one (its thread id modulo the number of stripes). So the memory the pool
     * holds does not grow with the number of virtual threads. For a virtual thread, Node's rules
     * still decide every placement: the strict half-pool threshold, the slab size, the exact fit,
     * abandoning the rest of a slab, the 8-byte alignment. What does not hold is Node's sequence
     * for one thread: a virtual thread's first pooled buffer continues its stripe's current slab,
     * not a fresh pool at offset 8, and other virtual threads on the same stripe carve between its
     * calls. {@link #reset()} on a virtual thread resets its stripe, for all the virtual threads
     * that use it.
     */
    PER_THREAD
  }

  private final Strategy strategy;
  private final IntFunction<S> newSlab;

  /**
   * Node's {@code Buffer.poolSize}.
   *
   * <p>State: one {@code int} for all threads, written by {@link #setPoolSize} and read once by
   * each call, which uses that value throughout. Volatile, so a call sees the last size set before
   * it, in any thread.
   */
  private volatile int poolSize;

  /**
   * SHARED: the one pool. Null with PER_THREAD.
   *
   * <p>State: one {@link Carver}, that is the current slab and the offset in it (Node's {@code
   * allocPool} and {@code poolOffset}), behind a lock. Memory: the pool references one slab of at
   * most the pool size it was made with; slabs it left behind live on only through the slices on
   * them.
   */
  private final @Nullable LockedCarver<S> shared;

  /**
   * PER_THREAD: each thread's pool, made on its first use (no initial value, so that {@link
   * #reset()} on an unused thread makes one slab, not two). Null with SHARED.
   *
   * <p>State: one {@link Carver} (current slab and offset) per thread that has used this pool.
   * Each is touched only by its own thread, so there is no lock. Memory: one slab per such thread
   * while it lives (or until its {@link #reset()}): with the default 8 KiB, 1,000 live platform
   * threads that each made a pooled allocation hold about 8 MiB of slabs. Virtual threads never
   * touch it (see {@link #stripes}).
   */
  private final @Nullable ThreadLocal<Carver<S>> perThread;

  /**
   * PER_THREAD: the pools virtual threads share, {@link #virtualThreadStripes()} of them, each
   * with a lock and made on first use. A virtual thread uses the one at its thread id modulo their
   * number. Null with SHARED.
   *
   * <p>State: one {@link LockedCarver} per stripe. Memory: one slab per stripe that a virtual
   * thread has used, however many virtual threads there are.
   */
  private final @Nullable List<LockedCarver<S>> stripes;

  /**
   * Creates a pool. With {@link Strategy#SHARED} the first slab is made now, as Node makes it when
   * its buffer module loads. With {@link Strategy#PER_THREAD} each thread's first slab is made on
   * that thread's first pooled allocation (or {@link #reset()}).
   *
   * @param strategy one pool for all threads, or one per thread
   * @param newSlab makes a slab of the given number of bytes (from 0 to {@link Integer#MAX_VALUE});
   *     it is called with {@link Strategy#SHARED}'s lock held, must not use this pool, and must not
   *     return null
   * @param poolSize the initial {@link #poolSize()}; Node's default is 8192
   * @throws NullPointerException if {@code strategy} or {@code newSlab} is null, or the factory
   *     returns null
   * @throws IllegalArgumentException if {@code poolSize} is negative
   */
  public BufferPool(Strategy strategy, IntFunction<S> newSlab, int poolSize) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.newSlab = Objects.requireNonNull(newSlab, "newSlab");
    this.poolSize = checkPoolSize(poolSize);
    if (strategy == Strategy.SHARED) {
      this.perThread = null;
      this.stripes = null;
      LockedCarver<S> one = new LockedCarver<>(newSlab);
      one.reset(poolSize); // Node makes its first slab when the buffer module loads
      this.shared = one;
    } else {
      this.shared = null;
      this.perThread = new ThreadLocal<>();
      List<LockedCarver<S>> stripes = new ArrayList<>();
      for (int i = 0; i < stripeCount(Runtime.getRuntime().availableProcessors()); i++) {
        stripes.add(new LockedCarver<>(newSlab));
      }
      this.stripes = List.copyOf(stripes);
    }
  }

  /**
   * The number of stripes for virtual threads: the power of two at or above twice the number of
   * processors. The default virtual-thread scheduler runs one carrier thread per processor; twice
   * as many stripes as carriers makes it unlikely that two running virtual threads wait for the
   * same lock, and a power of two makes the stripe a mask of the thread id.
   */
  static int stripeCount(int processors) {
    int wanted = 2 * Math.max(1, processors);
    return Integer.highestOneBit(wanted - 1) << 1;
  }

  /** Returns how this pool is shared between threads. */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Returns how many pools virtual threads share with {@link Strategy#PER_THREAD}: the power of two
   * at or above twice {@link Runtime#availableProcessors()} when the pool was made (4 on a
   * two-processor machine). With {@link Strategy#SHARED} it is 1: every thread shares one pool.
   */
  public int virtualThreadStripes() {
    return stripes == null ? 1 : stripes.size();
  }

  /**
   * Returns the pool size, Node's {@code Buffer.poolSize}. It is one value for all threads.
   * Requests below half of it are pooled, and a new slab has this many bytes.
   */
  public int poolSize() {
    return poolSize;
  }

  /**
   * Sets the pool size, as assigning {@code Buffer.poolSize} does in Node. The threshold ({@code
   * poolSize >>> 1}) applies from the next call on, in every thread. The current slab or slabs keep
   * their size. The new size is used only when a request does not fit and a new slab is made. So
   * lowering it keeps carving small pieces from the old slab, and raising it makes larger requests
   * pooled, the first one that does not fit starting a slab of the new size. Below 2
   * nothing is pooled; below 4 only a reservation of 0 bytes is.
   *
   * <p>Java-only difference: Node accepts any number here, negative ones included (see the class
   * documentation). This method rejects a negative size.
   *
   * @throws IllegalArgumentException if {@code poolSize} is negative
   */
  public void setPoolSize(int poolSize) {
    this.poolSize = checkPoolSize(poolSize);
  }

  /**
   * Node's {@code allocate(size)}: carves {@code size} bytes from the pool, or returns {@code null}
   * when the request is not pooled.
   *
   * <p>Returns {@code null}, and changes nothing, when {@code size <= 0} or {@code size >=
   * poolSize() >>> 1}. Otherwise it makes a new slab first if {@code size} is larger than the rest
   * of the current slab (an exact fit stays), returns the slice at the current offset, and moves
   * the offset past it, rounded up to a multiple of 8.
   *
   * <p>Example with the default pool size 8192, on a fresh pool: {@code allocate(1)} is at offset
   * 8, a second {@code allocate(1)} at 16, then {@code allocate(13)} at 24 and {@code allocate(8)}
   * at 40; {@code allocate(0)} and {@code allocate(4096)} return {@code null}. These are the
   * {@code byteOffset}s Node 22 gives {@code Buffer.allocUnsafe} of the same sizes.
   *
   * @param size the number of bytes wanted
   * @return a slice of exactly {@code size} bytes, or {@code null} if the request is not pooled
   * @throws IllegalStateException if called from this pool's own {@link SlabWriter}
   */
  public @Nullable Slice<S> allocate(int size) {
    int currentPoolSize = poolSize;
    if (size <= 0 || size >= (currentPoolSize >>> 1)) {
      return null;
    }
    if (perThread == null || VirtualThreads.isCurrent()) {
      return lockedCarver().allocate(size, currentPoolSize);
    }
    return threadCarver(perThread, currentPoolSize).allocate(size, currentPoolSize);
  }

  /**
   * Node's {@code fromStringFast} pool step: lets {@code writer} write up to {@code reservation}
   * bytes straight into the pool and keeps the bytes it used. Returns {@code null} when the
   * reservation is not pooled.
   *
   * <p>Returns {@code null}, without calling the writer, when {@code reservation >= poolSize() >>>
   * 1}. Otherwise it makes a new slab first if {@code reservation} is larger than the rest of the
   * current slab. That happens even if the bytes really written would have fitted, because Node's
   * {@code fromStringFast} (lib/buffer.js) compares the reservation, not the bytes {@code
   * ops.write} then writes, with {@code poolSize - poolOffset}: in Node 22, on a fresh pool, after
   * {@code Buffer.allocUnsafe(3900)} and {@code Buffer.from('a'.repeat(1000))} 3280 bytes are left,
   * and {@code Buffer.from('a'.repeat(900))} (reservation 3600) starts a new slab for its 900
   * bytes. Then it calls {@code writer.write(slab, offset, reservation)} once, moves the offset by
   * the number of bytes used (not the reservation), rounds it up to a multiple of 8, and returns
   * the slice of the bytes used. When the writer uses 0 bytes, the result is a 0-length slice on
   * the slab at the current offset, which does not move. This is Node's {@code Buffer.from('zz',
   * 'hex')}.
   *
   * <p>Unlike {@link #allocate(int)}, a reservation of 0 is pooled (when {@code poolSize() >= 2}),
   * as in Node. There, a one-character hex or base64 string with {@code Buffer.poolSize} of 4 to 7
   * has a reservation of 0. It gives a 0-length view on the slab, and a new slab first if the
   * offset is past the slab's end.
   *
   * <p>If the writer throws, or returns a number outside {@code [0, reservation]} (then this method
   * throws {@link IllegalStateException}), the offset does not move. A new slab made for the call
   * stays the current one, as in Node.
   *
   * @param reservation the most bytes the writer may use, at least 0
   * @param writer writes into the slab; see {@link SlabWriter} for its contract
   * @return the slice of the bytes used, or {@code null} if the reservation is not pooled
   * @throws IllegalArgumentException if {@code reservation} is negative
   * @throws NullPointerException if {@code writer} is null
   * @throws IllegalStateException if the writer returns a number outside {@code [0, reservation]},
   *     or if this method is called from this pool's own {@link SlabWriter}
   */
  public @Nullable Slice<S> allocate(int reservation, SlabWriter<S> writer) {
    if (reservation < 0) {
      throw new IllegalArgumentException("reservation " + reservation + " must be >= 0");
    }
    Objects.requireNonNull(writer, "writer");
    int currentPoolSize = poolSize;
    if (reservation >= (currentPoolSize >>> 1)) {
      return null;
    }
    if (perThread == null || VirtualThreads.isCurrent()) {
      return lockedCarver().allocate(reservation, currentPoolSize, writer);
    }
    return threadCarver(perThread, currentPoolSize)
        .allocate(reservation, currentPoolSize, writer);
  }

  /**
   * Starts a fresh pool, as at Node start-up: a new slab of the current {@link #poolSize()} bytes
   * whose offset is already 8. With {@link Strategy#SHARED} this affects every thread. With {@link
   * Strategy#PER_THREAD} only the calling platform thread's pool is replaced, or, on a virtual
   * thread, its stripe, which the virtual threads sharing it see too. Slices handed out before stay
   * valid and are never handed out again. The pool size is not changed. Meant for tests and the
   * conformance kit, where each pool-sensitive case starts from a fresh pool.
   *
   * @throws IllegalStateException if called from this pool's own {@link SlabWriter}
   */
  public void reset() {
    if (perThread == null || VirtualThreads.isCurrent()) {
      lockedCarver().reset(poolSize);
      return;
    }
    @Nullable Carver<S> current = perThread.get();
    if (current != null) {
      current.checkNotBusy();
    }
    perThread.set(new Carver<>(newSlab, poolSize));
  }

  /** Returns a description such as {@code BufferPool[SHARED, poolSize=8192]}. */
  @Override
  public String toString() {
    return "BufferPool[" + strategy + ", poolSize=" + poolSize + "]";
  }

  /**
   * The calling thread's PER_THREAD pool. A thread's first pool is made with the pool size its
   * first call read, as Node makes a worker's first slab with the pool size of that moment.
   */
  private Carver<S> threadCarver(ThreadLocal<Carver<S>> carvers, int currentPoolSize) {
    @Nullable Carver<S> carver = carvers.get();
    if (carver == null) {
      carver = new Carver<>(newSlab, currentPoolSize);
      carvers.set(carver);
    }
    return carver;
  }

  /** SHARED: the one pool. PER_THREAD, on a virtual thread: the thread's stripe. */
  private LockedCarver<S> lockedCarver() {
    if (shared != null) {
      return shared;
    }
    List<LockedCarver<S>> all = Objects.requireNonNull(stripes);
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19; getId() is the same number
    long id = Thread.currentThread().getId();
    return all.get((int) id & (all.size() - 1));
  }

  private static int checkPoolSize(int poolSize) {
    if (poolSize < 0) {
      throw new IllegalArgumentException("poolSize " + poolSize + " must be >= 0");
    }
    return poolSize;
  }
}
