package dev.nodebuffer;

/**
 * Node's error templates ({@code lib/internal/errors.js}), one factory per error the library
 * throws. Messages are Node 22's, character for character.
 */
final class Errors {
  /** Node 22's {@code buffer.kMaxLength} (2^53 - 1), the upper bound quoted in size messages. */
  static final long K_MAX_LENGTH = 9007199254740991L;

  private Errors() {}

  /** {@code ERR_OUT_OF_RANGE}: {@code The value of "name" is out of range. It must be range. Received n}. */
  static NodeArgumentException outOfRange(String name, String range, long received) {
    return new NodeArgumentException(
        "RangeError",
        "ERR_OUT_OF_RANGE",
        "The value of \"" + name + "\" is out of range. It must be " + range + ". Received "
            + received(received));
  }

  /** {@code ERR_UNKNOWN_ENCODING}: {@code Unknown encoding: name}. */
  static NodeArgumentException unknownEncoding(String encoding) {
    return new NodeArgumentException("TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + encoding);
  }

  /** {@code ERR_INVALID_ARG_TYPE} for a {@code null} argument, with Node's {@code Received null}. */
  static NodeArgumentException invalidArgTypeNull(String subject, String expected) {
    return new NodeArgumentException(
        "TypeError", "ERR_INVALID_ARG_TYPE", subject + " must be " + expected + ". Received null");
  }

  /** The code-less {@code RangeError} V8 throws for an impossible length. */
  static NodeArgumentException v8RangeError(String message) {
    return new NodeArgumentException("RangeError", null, message);
  }

  /**
   * Formats an integer as Node's {@code ERR_OUT_OF_RANGE} does: numbers beyond 2^32 in magnitude
   * get an underscore every three digits ({@code 4_294_967_297}), others print plainly.
   */
  static String received(long value) {
    String digits = Long.toString(value);
    if (Math.abs(value) <= (1L << 32)) {
      return digits;
    }
    int start = value < 0 ? 1 : 0;
    StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
    int head = start + (digits.length() - start) % 3;
    if (head == start) {
      head += 3;
    }
    grouped.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      grouped.append('_').append(digits, i, i + 3);
    }
    return grouped.toString();
  }

  /** Node's {@code String(err)} for an error thrown from JavaScript. */
  static String describe(NodeError error) {
    String message = ((Throwable) error).getMessage();
    return error.code() == null
        ? error.name() + ": " + message
        : error.name() + " [" + error.code() + "]: " + message;
  }
}
