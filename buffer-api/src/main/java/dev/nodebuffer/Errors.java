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

  /**
   * {@code ERR_OUT_OF_RANGE} for a position ({@code offset}, {@code length}, {@code end}...): the
   * same message as {@link #outOfRange}, as an {@link IndexOutOfBoundsException}.
   */
  static NodeIndexException positionOutOfRange(String name, String range, long received) {
    return new NodeIndexException(
        "ERR_OUT_OF_RANGE",
        "The value of \"" + name + "\" is out of range. It must be " + range + ". Received "
            + received(received));
  }

  /** {@code ERR_BUFFER_OUT_OF_BOUNDS}: {@code "name" is outside of buffer bounds}. */
  static NodeIndexException bufferOutOfBounds(String name) {
    return new NodeIndexException("ERR_BUFFER_OUT_OF_BOUNDS", "\"" + name + "\" is outside of buffer bounds");
  }

  /** {@code ERR_INVALID_ARG_VALUE}: {@code The argument 'name' is invalid. Received inspected}. */
  static NodeArgumentException invalidArgValue(String name, String inspected) {
    // Node cuts util.inspect's output at 128 characters.
    String shown = inspected.length() > 128 ? inspected.substring(0, 128) + "..." : inspected;
    return new NodeArgumentException(
        "TypeError", "ERR_INVALID_ARG_VALUE", "The argument '" + name + "' is invalid. Received " + shown);
  }

  /** The native {@code ERR_INVALID_ARG_TYPE} of {@code buf.write} with a non-string. */
  static NodeArgumentException argumentMustBeAString() {
    return new NodeArgumentException("TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string");
  }

  /** {@code ERR_STRING_TOO_LONG}, an {@code Error}: the decoded string would exceed kStringMaxLength. */
  static NodeArgumentException stringTooLong() {
    return new NodeArgumentException(
        "Error", "ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x1fffffe8 characters");
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

  /**
   * The {@code Error} {@code transcode} throws for ICU error {@code errno} named {@code icuName}:
   * {@code Unable to transcode Buffer [U_INVALID_CHAR_FOUND]}, with {@code code} and {@code errno}.
   */
  static NodeTranscodeException transcodeFailed(String icuName, int errno) {
    return new NodeTranscodeException(icuName, errno);
  }

  /**
   * The {@code DOMException} of {@code atob} and {@code btoa}: name {@code InvalidCharacterError},
   * code 5, and {@code message} ({@code Invalid character}, or {@code The string to be decoded is
   * not correctly encoded.}).
   */
  static NodeDomException invalidCharacterError(String message) {
    return new NodeDomException(message);
  }

  // ---- Errors of the number family ----

  // ---- Errors of search, comparison and copy ----

  /**
   * {@code ERR_INVALID_ARG_TYPE} for a missing {@code Buffer} or {@code Uint8Array} argument
   * ({@code target}, {@code buf1}, {@code otherBuffer}...): {@code The "target" argument must be an
   * instance of Buffer or Uint8Array. Received null}.
   */
  static NodeArgumentException notABufferOrUint8Array(String name) {
    return invalidArgTypeNull("The \"" + name + "\" argument", "an instance of Buffer or Uint8Array");
  }

  /** {@code ERR_INVALID_ARG_TYPE} for a {@code null} needle of {@code indexOf} and its kin. */
  static NodeArgumentException searchValueIsNull() {
    return invalidArgTypeNull(
        "The \"value\" argument",
        "one of type number or string or an instance of Buffer or Uint8Array");
  }

  // ---- Errors of factories and views ----
}
