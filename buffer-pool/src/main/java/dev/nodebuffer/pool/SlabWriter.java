package dev.nodebuffer.pool;

/**
 * Writes straight into a pool slab, for {@link BufferPool#allocate(int, SlabWriter)}: the part of
 * Node.js's {@code fromStringFast} (lib/buffer.js) that encodes a string into the slab at the
 * pool's offset, within a reservation, and reports how many bytes it really produced.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #write} is called exactly once per pooled call, on the calling thread, and only when
 *       the reservation was poolable.
 *   <li>It may write the bytes {@code [offset, offset + room)} of {@code slab} and nothing else.
 *       Other bytes of the slab belong to other slices (or to later ones).
 *   <li>It returns the number of bytes {@code n} it used, with {@code 0 <= n <= room}; the result
 *       is the bytes {@code [offset, offset + n)}. The rest of the room goes back to the pool, so
 *       what was written there may be overwritten by later allocations.
 *   <li>It must not call {@link BufferPool#allocate} or {@link BufferPool#reset} on the same pool
 *       (such calls throw {@link IllegalStateException}). With {@link BufferPool.Strategy#SHARED}
 *       it runs while the pool is locked, so it should be quick and must not wait for other threads
 *       that use the pool.
 *   <li>If it throws, the exception propagates to the caller and no bytes are taken.
 * </ul>
 *
 * @param <S> the slab type
 */
@FunctionalInterface
public interface SlabWriter<S> {

  /**
   * Writes into {@code slab} from {@code offset}, at most {@code room} bytes.
   *
   * @param slab the pool's current slab
   * @param offset the first byte this call may write
   * @param room the reservation: the number of bytes this call may write, at least 0
   * @return the number of bytes used, from 0 to {@code room} inclusive
   */
  int write(S slab, int offset, int room);
}
