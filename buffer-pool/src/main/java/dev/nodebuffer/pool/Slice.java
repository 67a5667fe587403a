package dev.nodebuffer.pool;

import java.util.Objects;

/**
 * A piece carved from a pool slab: the bytes {@code [offset, offset + length)} of {@code slab}.
 *
 * <p>In Node.js terms this is a pooled {@code Buffer}'s {@code buffer}, {@code byteOffset} and
 * {@code length}. The pool never hands out those bytes again, so a slice is its holder's alone,
 * even though other slices of the same slab sit next to it. A slice may have length 0 (only from
 * {@link BufferPool#allocate(int, SlabWriter)}, when the writer used no bytes); it then sits on the
 * slab at the pool's offset of that moment and owns nothing.
 *
 * <p>Two slices are equal when their slabs are {@link Object#equals equal} and their offsets and
 * lengths are the same; for slab types that keep {@code Object}'s identity equality (such as
 * arrays) that means the same slab.
 *
 * @param <S> the slab type
 * @param slab the slab the slice lies on
 * @param offset the first byte of the slice within the slab, at least 0
 * @param length the number of bytes, at least 0
 */
public record Slice<S>(S slab, int offset, int length) {

  /**
   * Creates a slice.
   *
   * @throws NullPointerException if {@code slab} is null
   * @throws IllegalArgumentException if {@code offset} or {@code length} is negative, or if {@code
   *     offset + length} exceeds {@link Integer#MAX_VALUE}
   */
  public Slice {
    Objects.requireNonNull(slab, "slab");
    if (offset < 0 || length < 0 || length > Integer.MAX_VALUE - offset) {
      throw new IllegalArgumentException(
          "offset " + offset + " and length " + length + " must be >= 0 and sum to an int");
    }
  }
}
