/**
 * Node.js's pool for small buffers ({@code allocPool}, {@code Buffer.poolSize}, {@code
 * createPool}, {@code alignPool}, {@code allocate} and the pool step of {@code fromStringFast} in
 * lib/buffer.js), placing each pooled buffer where Node 22 places it, on slabs of a type the caller
 * supplies. {@link dev.nodebuffer.pool.BufferPool} is thread-safe, with one pool for all threads
 * or one per platform thread (and a few shared by virtual threads).
 *
 * <h2>Global state</h2>
 *
 * <p>This package has no static mutable state. Each {@link dev.nodebuffer.pool.BufferPool}
 * instance holds mutable state, which becomes global when a caller keeps the pool in a static
 * field (as the API does, one pool for the process):
 *
 * <ul>
 *   <li>{@code BufferPool.poolSize}: the pool size, one volatile {@code int} for all threads.
 *   <li>{@code BufferPool.shared} (strategy SHARED): one {@code LockedCarver}, a {@code Carver}
 *       guarded by a lock of its own.
 *   <li>{@code BufferPool.perThread} (strategy PER_THREAD): a {@code ThreadLocal} holding one
 *       {@code Carver} per platform thread that used the pool, touched only by that thread; one
 *       slab each.
 *   <li>{@code BufferPool.stripes} (strategy PER_THREAD): a fixed list of {@code LockedCarver}s that
 *       virtual threads share, one slab each once used; their number does not depend on the
 *       number of threads.
 *   <li>{@code Carver.slab}, {@code slabSize}, {@code offset}, {@code busy}: a pool's current slab,
 *       its size, the next free byte (Node's {@code poolOffset}) and the re-entry guard.
 * </ul>
 */
@NullMarked
package dev.nodebuffer.pool;

import org.jspecify.annotations.NullMarked;
