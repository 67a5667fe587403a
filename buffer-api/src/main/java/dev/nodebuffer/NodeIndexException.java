package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * A Node.js {@code RangeError} about a position in a buffer: an offset, length, start or end out
 * of range ({@code ERR_OUT_OF_RANGE}), or outside the buffer ({@code ERR_BUFFER_OUT_OF_BOUNDS}).
 * An {@link IndexOutOfBoundsException}, as a Java caller expects of a bad index.
 */
public final class NodeIndexException extends IndexOutOfBoundsException implements NodeError {
  // The same fields and accessors as NodeArgumentException's: the two extend different JDK
  // exceptions, so that Java catch blocks work, and so cannot share a base class.

  private static final long serialVersionUID = 1L;

  private final @Nullable String code;

  NodeIndexException(@Nullable String code, String message) {
    super(message);
    this.code = code;
  }

  @Override
  public @Nullable String code() {
    return code;
  }

  /** Always {@code "RangeError"}. */
  @Override
  public String name() {
    return "RangeError";
  }

  /** Node's {@code String(err)}: {@code "RangeError [ERR_OUT_OF_RANGE]: The value of ..."}. */
  @Override
  public String toString() {
    return Errors.describe(this);
  }
}
