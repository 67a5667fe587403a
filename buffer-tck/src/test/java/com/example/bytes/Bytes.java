package com.example.bytes;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * A deliberately small {@code Buffer}: {@code alloc}, {@code from} of a UTF-8 string, {@code
 * isEncoding}, {@code isBuffer} and {@code toString} in three encodings. Every other member of
 * Node's {@code Buffer} is missing, as it would be in an implementation still being written.
 */
public final class Bytes extends ByteView {
  private static final Set<String> ENCODINGS =
      Set.of(
          "utf8", "utf-8", "ucs2", "ucs-2", "utf16le", "utf-16le", "latin1", "binary", "ascii",
          "base64", "base64url", "hex");

  private Bytes(byte[] bytes) {
    super(bytes);
  }

  public static Bytes alloc(int size) {
    if (size < 0) {
      throw new BytesException(
          "RangeError",
          "ERR_OUT_OF_RANGE",
          "The value of \"size\" is out of range. It must be >= 0. Received " + size);
    }
    return new Bytes(new byte[size]);
  }

  public static Bytes from(String text) {
    return new Bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  public static boolean isEncoding(String name) {
    return ENCODINGS.contains(name.toLowerCase(Locale.ROOT));
  }

  public static boolean isBuffer(Object value) {
    return value instanceof Bytes;
  }

  @Override
  public String toString() {
    return toString("utf8");
  }

  public String toString(String encoding) {
    switch (encoding.toLowerCase(Locale.ROOT)) {
      case "utf8":
      case "utf-8":
        return new String(bytes, StandardCharsets.UTF_8);
      case "latin1":
      case "binary":
        return new String(bytes, StandardCharsets.ISO_8859_1);
      case "hex":
        return HexFormat.of().formatHex(bytes);
      default:
        throw new BytesException("TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + encoding);
    }
  }
}
