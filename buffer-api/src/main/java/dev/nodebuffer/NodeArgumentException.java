package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * A Node.js {@code TypeError} or {@code RangeError} about an argument's type or value, for
 * example {@code ERR_OUT_OF_RANGE} for a negative size or {@code ERR_UNKNOWN_ENCODING}.
 */
public final class NodeArgumentException extends IllegalArgumentException implements NodeError {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final @Nullable String code;

  NodeArgumentException(String name, @Nullable String code, String message) {
    super(message);
    this.name = name;
    this.code = code;
  }

  @Override
  public @Nullable String code() {
    return code;
  }

  @Override
  public String name() {
    return name;
  }

  /** Node's {@code String(err)}: {@code "RangeError [ERR_OUT_OF_RANGE]: The value of ..."}. */
  @Override
  public String toString() {
    return Errors.describe(this);
  }
}
