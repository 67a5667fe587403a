package dev.nodebuffer;

/**
 * Node's error templates ({@code lib/internal/errors.js}), one factory per error the library
 * throws. Messages are Node 22's, character for character.
 */
final class Errors {
  /**
   * Node 22's {@code buffer.kMaxLength} (2^53 - 1), the upper bound quoted in the messages of
   * negative sizes, offsets and lengths (see {@link Buffers#kMaxLength()}).
   */
  static final long K_MAX_LENGTH = 9007199254740991L;

  private Errors() {}

  /** {@code ERR_OUT_OF_RANGE}: {@code The value of "name" is out of range. It must be range. Received n}. */
  static NodeArgumentException outOfRange(String name, String range, long received) {
    return new NodeArgumentException(
        "RangeError", "ERR_OUT_OF_RANGE", outOfRangeMessage(name, range, received(received)));
  }

  /** {@link #outOfRange(String, String, long)} with the {@code Received} text already formatted. */
  static NodeArgumentException outOfRange(String name, String range, String received) {
    return new NodeArgumentException("RangeError", "ERR_OUT_OF_RANGE", outOfRangeMessage(name, range, received));
  }

  private static String outOfRangeMessage(String name, String range, String received) {
    return "The value of \"" + name + "\" is out of range. It must be " + range + ". Received " + received;
  }

  /**
   * {@code ERR_OUT_OF_RANGE} for a position ({@code offset}, {@code length}, {@code end}...): the
   * same message as {@link #outOfRange}, as an {@link IndexOutOfBoundsException}.
   */
  static NodeIndexException positionOutOfRange(String name, String range, long received) {
    return new NodeIndexException("ERR_OUT_OF_RANGE", outOfRangeMessage(name, range, received(received)));
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

  /**
   * {@code ERR_BUFFER_TOO_LARGE}, a {@code RangeError}: what Node's native {@code Buffer::New}
   * throws for a length above kMaxLength ({@code node_errors.h}, {@code ERR_BUFFER_TOO_LARGE}:
   * {@code "Cannot create a Buffer larger than 0x%zx bytes"}), with this port's {@link
   * Buffers#kMaxLength()}: {@code Cannot create a Buffer larger than 0x7ffffff7 bytes}.
   */
  static NodeArgumentException bufferTooLarge() {
    return new NodeArgumentException(
        "RangeError",
        "ERR_BUFFER_TOO_LARGE",
        "Cannot create a Buffer larger than 0x" + Integer.toHexString(Limits.K_MAX_LENGTH) + " bytes");
  }

  /** {@code ERR_UNKNOWN_ENCODING}: {@code Unknown encoding: name}. */
  static NodeArgumentException unknownEncoding(String encoding) {
    return new NodeArgumentException("TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + encoding);
  }

  /** {@code ERR_INVALID_ARG_TYPE} for a {@code null} argument, with Node's {@code Received null}. */
  static NodeArgumentException invalidArgTypeNull(String subject, String expected) {
    return invalidArgType(subject, expected, "null");
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
    return Math.abs(value) <= (1L << 32) ? digits : grouped(digits);
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

  /**
   * A bad {@code offset} of a read or write of {@code width} bytes in a buffer of {@code length}
   * bytes, as Node's {@code boundsError}: {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code Attempt to
   * access memory outside buffer bounds}) when the buffer is shorter than {@code width}, else
   * {@code ERR_OUT_OF_RANGE} with {@code It must be >= 0 and <= length - width} (note "and").
   */
  static NodeIndexException numberOffset(int offset, int length, int width) {
    int last = length - width;
    if (last < 0) {
      return new NodeIndexException(
          "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
    }
    return positionOutOfRange("offset", ">= 0 and <= " + last, offset);
  }

  /** {@code ERR_OUT_OF_RANGE} for a {@code byteLength} outside 1..6 ({@code readUIntLE} and kin). */
  static NodeArgumentException byteLengthOutOfRange(int byteLength) {
    return outOfRange("byteLength", ">= 1 and <= 6", byteLength);
  }

  /**
   * {@code ERR_OUT_OF_RANGE} for a value an integer write of {@code width} bytes refuses, with
   * Node's {@code checkInt} range text: {@code >= 0 and <= 255} up to 4 bytes, {@code >= 0 and < 2
   * ** 40} and {@code >= -(2 ** 39) and < 2 ** 39} for 5 and 6.
   */
  static NodeArgumentException writeValueOutOfRange(Signedness signedness, int width, long value) {
    int bits = width * 8;
    boolean signed = signedness == Signedness.SIGNED;
    String range;
    if (width > 4) {
      range = signed
          ? ">= -(2 ** " + (bits - 1) + ") and < 2 ** " + (bits - 1)
          : ">= 0 and < 2 ** " + bits;
    } else {
      long min = signed ? -(1L << (bits - 1)) : 0;
      long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
      range = ">= " + min + " and <= " + max;
    }
    return valueOutOfRange(range, receivedNumber(value));
  }

  /**
   * {@code ERR_OUT_OF_RANGE} for a value a 64-bit BigInt write refuses: {@code >= 0n and < 2n **
   * 64n} or {@code >= -(2n ** 63n) and < 2n ** 63n}, the value printed as a bigint ({@code
   * 18_446_744_073_709_551_616n}).
   */
  static NodeArgumentException bigIntValueOutOfRange(Signedness signedness, java.math.BigInteger value) {
    String range = signedness == Signedness.SIGNED ? ">= -(2n ** 63n) and < 2n ** 63n" : ">= 0n and < 2n ** 64n";
    return valueOutOfRange(range, receivedBigInt(value));
  }

  private static NodeArgumentException valueOutOfRange(String range, String received) {
    return new NodeArgumentException("RangeError", "ERR_OUT_OF_RANGE", outOfRangeMessage("value", range, received));
  }

  /**
   * V8's code-less {@code TypeError} when a BigInt write gets no bigint ({@code undefined}, which
   * Java's {@code null} stands for), thrown after the offset checks, as in Node.
   */
  static NodeArgumentException cannotMixBigInt() {
    return v8TypeError("Cannot mix BigInt and other types, use explicit conversions");
  }

  /** {@code ERR_INVALID_BUFFER_SIZE} of {@code swap16/32/64}: {@code Buffer size must be a multiple of 16-bits}. */
  static NodeArgumentException invalidBufferSize(int bits) {
    return new NodeArgumentException(
        "RangeError", "ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of " + bits + "-bits");
  }

  /**
   * How {@code ERR_OUT_OF_RANGE} prints a JavaScript number holding {@code value}: as {@link
   * #received(long)} up to 2^53 in magnitude; beyond, a {@code long} has no exact JavaScript
   * number, so it prints the double JavaScript would hold ({@code 9_223_372_036_854_775_807}
   * becomes {@code 9_223_372_036_854_776_000}, as in Node).
   */
  static String receivedNumber(long value) {
    if (value <= (1L << 53) && value >= -(1L << 53)) {
      return received(value);
    }
    return grouped(JsValues.numberToString((double) value));
  }

  /** How {@code ERR_OUT_OF_RANGE} prints a bigint: grouped beyond 2^32 in magnitude, then {@code n}. */
  static String receivedBigInt(java.math.BigInteger value) {
    String digits = value.toString();
    boolean beyond = value.abs().compareTo(java.math.BigInteger.ONE.shiftLeft(32)) > 0;
    return (beyond ? grouped(digits) : digits) + "n";
  }

  /** Node's {@code addNumericalSeparator}: an underscore every three digits from the right. */
  private static String grouped(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    StringBuilder suffix = new StringBuilder();
    int end = digits.length();
    while (end - start >= 4) {
      suffix.insert(0, digits.substring(end - 3, end)).insert(0, '_');
      end -= 3;
    }
    return digits.substring(0, end) + suffix;
  }

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

  /**
   * {@code ERR_INVALID_ARG_TYPE}: {@code subject must be expected. Received received}, for example
   * {@code The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string
   * ('b')}.
   */
  static NodeArgumentException invalidArgType(String subject, String expected, String received) {
    return new NodeArgumentException(
        "TypeError", "ERR_INVALID_ARG_TYPE", subject + " must be " + expected + ". Received " + received);
  }

  /** The code-less {@code TypeError} V8 throws, as {@code Cannot read properties of null (reading 'length')}. */
  static NodeArgumentException v8TypeError(String message) {
    return new NodeArgumentException("TypeError", null, message);
  }

  /**
   * V8's code-less {@code RangeError: Start offset -1 is outside the bounds of the buffer}, of a
   * view at a negative offset ({@code Buffer.from(arrayBuffer, -1)}), and of a {@link DataView}
   * starting before or past the end of its buffer.
   */
  static NodeIndexException v8StartOffset(int byteOffset) {
    return new NodeIndexException(null, "Start offset " + byteOffset + " is outside the bounds of the buffer");
  }

  // ---- Errors of DataView (V8's, code-less) ----

  /**
   * V8's {@code TypeError: First argument to DataView constructor must be an ArrayBuffer}, of
   * {@code new DataView(null)}.
   */
  static NodeArgumentException dataViewNeedsAnArrayBuffer() {
    return v8TypeError("First argument to DataView constructor must be an ArrayBuffer");
  }

  /**
   * V8's {@code RangeError: Invalid DataView length -1}, of a {@code DataView} whose length is
   * negative or runs past the end of its buffer.
   */
  static NodeIndexException invalidDataViewLength(int byteLength) {
    return new NodeIndexException(null, "Invalid DataView length " + byteLength);
  }

  /**
   * V8's {@code RangeError: Offset is outside the bounds of the DataView}, of a {@code DataView}
   * get or set at a negative offset or one where the value does not fit.
   */
  static NodeIndexException dataViewOffset() {
    return new NodeIndexException(null, "Offset is outside the bounds of the DataView");
  }

  /**
   * V8's {@code TypeError: Cannot convert undefined to a BigInt}, of {@code setBigInt64} and
   * {@code setBigUint64} given no bigint ({@code undefined}, which Java's {@code null} stands for).
   */
  static NodeArgumentException cannotConvertUndefinedToBigInt() {
    return v8TypeError("Cannot convert undefined to a BigInt");
  }

  /** V8's code-less {@code RangeError: offset is out of bounds} of {@code TypedArray.prototype.set}. */
  static NodeIndexException offsetIsOutOfBounds() {
    return new NodeIndexException(null, "offset is out of bounds");
  }

  /** V8's code-less {@code TypeError: Cannot convert undefined or null to object} ({@code set(null)}). */
  static NodeArgumentException cannotConvertNullToObject() {
    return v8TypeError("Cannot convert undefined or null to object");
  }

  /**
   * The native {@code ERR_OUT_OF_RANGE} of the raw {@code *Slice} and {@code *Write} methods: the
   * plain message {@code Index out of range}.
   */
  static NodeIndexException indexOutOfRange() {
    return new NodeIndexException("ERR_OUT_OF_RANGE", "Index out of range");
  }

  /** V8's code-less {@code RangeError: Invalid typed array index} of {@code TypedArray.prototype.with}. */
  static NodeIndexException invalidTypedArrayIndex() {
    return new NodeIndexException(null, "Invalid typed array index");
  }
}
