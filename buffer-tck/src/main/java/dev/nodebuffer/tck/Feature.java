package dev.nodebuffer.tck;

import java.util.Locale;
import java.util.Optional;

/**
 * A feature of JavaScript that some cases use and that a Java implementation may have no way to
 * express. A case names what it needs with a {@code // needs: <feature>} line (the feature's
 * {@link #tag()}); an {@link Implementation} declares what it lacks in {@link
 * Implementation#unsupported()}, and the cases that need any of those count as skipped on it.
 * A JavaScript runtime runs every case.
 *
 * <p>Each feature is a property of the call in JavaScript, never of a particular Java API: two
 * implementations with different signatures can lack different features.
 */
public enum Feature {
  /**
   * A fractional number, {@code NaN}, {@code Infinity} or {@code -0} where the parameter is an
   * integer ({@code buf.indexOf(99.9)}, {@code buf.fill(0, 1.5)}): JavaScript truncates, floors,
   * coerces or rejects it.
   */
  FRACTIONAL_NUMBERS,

  /**
   * An integer beyond 32 bits where an offset or size goes ({@code 2 ** 32 + 1}, {@code 2 ** 53 -
   * 1}), beyond 64 bits where an integer value goes ({@code 1e20}), or a size limit above what a
   * Java array holds ({@code buffer.constants.MAX_LENGTH} is {@code 2 ** 53 - 1} on Node 22).
   */
  LARGE_NUMBERS,

  /**
   * An argument of another JavaScript type than the parameter's: a string where a number goes, an
   * array where a {@code Uint8Array} goes, a number where a bigint goes, an object with {@code
   * Symbol.toPrimitive}, a boolean needle. JavaScript coerces it or throws a {@code TypeError}.
   */
  LOOSE_TYPES,

  /**
   * {@code undefined} as a value of its own: passed explicitly where it means something else than
   * {@code null} or an omitted argument, a required argument left out, or a result that is {@code
   * undefined} where a typed language throws ({@code buf.at(99)}).
   */
  UNDEFINED,

  /**
   * {@code null} passed where an object goes, for a parameter that a typed API overloads (a
   * string or a {@code Uint8Array} needle, an array or an {@code ArrayBuffer} source): the call
   * cannot say which overload is meant.
   */
  NULL_ARGUMENTS,

  /**
   * A typed array kind other than {@code Uint8Array} ({@code Uint16Array}, {@code Int8Array},
   * {@code Uint32Array}...), or {@code Uint8Array}'s {@code from} and its {@code (buffer,
   * byteOffset, length)} constructor; or a {@code DataView} (the {@code dataview} section).
   */
  TYPED_ARRAYS,

  /**
   * A method of {@code Uint8Array.prototype} called on a {@code Buffer} that overrides it ({@code
   * Uint8Array.prototype.slice.call(buf)}).
   */
  PROTOTYPE_CALLS;

  /** The name a case's {@code // needs:} line uses: {@code fractional-numbers} and so on. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The feature whose {@link #tag()} is {@code tag}, if any. */
  public static Optional<Feature> ofTag(String tag) {
    for (Feature feature : values()) {
      if (feature.tag().equals(tag)) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }
}
