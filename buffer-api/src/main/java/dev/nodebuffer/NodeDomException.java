package dev.nodebuffer;

/**
 * The {@code DOMException} Node's {@code buffer.atob} and {@code buffer.btoa} throw for bad input:
 * {@code name} {@code "InvalidCharacterError"}, legacy {@code code} 5, and one of the messages
 * {@code "Invalid character"} or {@code "The string to be decoded is not correctly encoded."}.
 *
 * <p>A {@code DOMException}'s {@code code} is a number (the legacy constant {@code
 * INVALID_CHARACTER_ERR}, 5), not a string as Node's own error codes are; {@link #code()} gives it
 * as the string {@code "5"}, and {@link #legacyCode()} as the number. An {@link
 * IllegalArgumentException}: the string argument is not acceptable.
 */
public final class NodeDomException extends IllegalArgumentException implements NodeError {
  private static final long serialVersionUID = 1L;

  /** {@code DOMException.INVALID_CHARACTER_ERR}, the code of every {@code InvalidCharacterError}. */
  public static final int INVALID_CHARACTER_ERR = 5;

  NodeDomException(String message) {
    super(message);
  }

  /**
   * Node's {@code err.code}, the number 5 written as a string: {@code "5"}. (Node's {@code
   * err.code} here is the number {@code 5}; see {@link #legacyCode()}.)
   */
  @Override
  public String code() {
    return Integer.toString(INVALID_CHARACTER_ERR);
  }

  /** Node's {@code err.code} as the number it is in JavaScript: 5. */
  public int legacyCode() {
    return INVALID_CHARACTER_ERR;
  }

  /** Node's {@code err.name}: always {@code "InvalidCharacterError"}. */
  @Override
  public String name() {
    return "InvalidCharacterError";
  }

  /**
   * Node's {@code String(err)}, which has no code part for a {@code DOMException}: {@code
   * "InvalidCharacterError: Invalid character"}.
   */
  @Override
  public String toString() {
    return name() + ": " + getMessage();
  }
}
