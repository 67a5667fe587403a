package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.jspecify.annotations.Nullable;

/** Test helpers for {@link Slice} results. */
final class Slices {

  private Slices() {}

  /** Asserts that the pool returned a slice (the request was pooled) and returns it. */
  static <S> Slice<S> pooled(@Nullable Slice<S> slice) {
    assertWithMessage("a pooled slice").that(slice).isNotNull();
    if (slice == null) {
      throw new AssertionError(); // unreachable, for NullAway
    }
    return slice;
  }

  /** Asserts that {@code next} is at the start of a new slab: offset 0, not {@code earlier}'s. */
  static <S> void assertStartsANewSlab(Slice<S> next, Slice<S> earlier) {
    assertThat(next.slab()).isNotSameInstanceAs(earlier.slab());
    assertThat(next.offset()).isEqualTo(0);
  }
}
