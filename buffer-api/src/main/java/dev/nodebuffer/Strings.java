package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;

/** What Node knows about JavaScript strings that the API needs: their limit, and how they print. */
final class Strings {
  /** Node 22's {@code buffer.kStringMaxLength}: the longest string V8 creates, 0x1fffffe8. */
  static final int K_STRING_MAX_LENGTH = 0x1fffffe8;

  private Strings() {}

  /**
   * The length Node compares with {@link #K_STRING_MAX_LENGTH} before decoding {@code bytes}
   * bytes: the output length, except for UTF-8, where Node compares the byte count.
   */
  static long decodedLength(Encoding encoding, int bytes) {
    switch (encoding.nodeName()) {
      case "utf16le":
        return bytes / 2;
      case "hex":
        return 2L * bytes;
      case "base64":
        return 4L * ((bytes + 2L) / 3);
      case "base64url":
        return (4L * bytes + 2) / 3;
      default:
        return bytes;
    }
  }

  /**
   * Node's {@code Buffer.byteLength(string, encoding)} as a {@code long}: {@code
   * encoding.byteLength(string)}, or, for a Java string that may be too long for that to fit an
   * {@code int} (over 715 million UTF-16 units in UTF-8, over 2^30 in UTF-16LE, where the codec
   * throws {@link ArithmeticException}), the true count, so that a caller can report it as Node
   * would.
   */
  static long byteLength(Encoding encoding, String string) {
    if (string.length() <= Integer.MAX_VALUE / 3) {
      return encoding.byteLength(string); // 3 bytes a unit at most: the codec's int holds it
    }
    switch (encoding) {
      case UTF8:
        return utf8ByteLength(string);
      case UTF16LE:
        return 2L * string.length();
      default:
        return encoding.byteLength(string);
    }
  }

  /**
   * The UTF-8 length of {@code string} as Node counts it (a surrogate pair 4, a lone surrogate 3,
   * as its U+FFFD), in a {@code long}; plain, as it runs only for strings beyond Node's reach.
   */
  static long utf8ByteLength(String string) {
    long count = 0;
    int n = string.length();
    for (int i = 0; i < n; i++) {
      char c = string.charAt(i);
      if (c < 0x80) {
        count += 1;
      } else if (c < 0x800) {
        count += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(string.charAt(i + 1))) {
        count += 4;
        i++;
      } else {
        count += 3;
      }
    }
    return count;
  }

  /**
   * The part of {@code string} whose encoding begins with the first {@code bytes} bytes of {@code
   * string}'s whole encoding (or all of {@code string}, if its encoding is not longer): what
   * {@code fill} needs, as Node's {@code fill} copies at most the length of the range from the
   * string's encoded bytes and repeats them. So a fill never encodes more than a range's worth,
   * and a Java string whose whole encoding passes an {@code int} fills as its beginning does.
   *
   * <p>UTF-8 takes whole units until the count is reached, never splitting a surrogate pair (a
   * cut pair would become two U+FFFD); UTF-16LE takes 2 bytes a unit, latin1 and ascii one, hex
   * two characters a byte (its decoding stops at the first bad pair, which the prefix keeps).
   * Base64 skips characters it does not know, so no prefix of the text is known to be enough:
   * its whole text is kept (its decoded length, 3/4 of the text, always fits an {@code int}).
   */
  static String encodingPrefix(Encoding encoding, String string, int bytes) {
    int n = string.length();
    long units =
        switch (encoding) {
          case UTF8 -> 3L * n <= bytes ? n : utf8UnitsFor(string, bytes);
          case UTF16LE -> (bytes + 1L) / 2;
          case LATIN1, ASCII -> bytes;
          case HEX -> 2L * bytes;
          case BASE64, BASE64URL -> n;
        };
    return units >= n ? string : string.substring(0, (int) units);
  }

  /** How many units of {@code string} from its start encode to at least {@code bytes} UTF-8 bytes. */
  private static int utf8UnitsFor(String string, int bytes) {
    int n = string.length();
    long count = 0;
    int i = 0;
    while (i < n && count < bytes) {
      char c = string.charAt(i++);
      if (c < 0x80) {
        count += 1;
      } else if (c < 0x800) {
        count += 2;
      } else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(string.charAt(i))) {
        count += 4;
        i++;
      } else {
        count += 3;
      }
    }
    return i;
  }

  /**
   * {@code util.inspect(string)}: single quotes, or double quotes if the string has a single
   * quote, or backquotes if it has both; backslash, the quote and control characters (C0, DEL, C1) escaped
   * as Node escapes them ({@code \n}, {@code \x0B}, {@code \x85}), lone surrogates as {@code \ud800}.
   */
  static String inspect(String value) {
    return inspect(value, Integer.MAX_VALUE);
  }

  /**
   * {@link #inspect(String)} cut short: the quote is chosen from all of {@code value}, as Node
   * chooses it, but once the text has {@code limit} characters the rest is left out, closing quote
   * included. For messages that show only the start ({@code ERR_INVALID_ARG_VALUE} shows 128
   * characters), so that a long value costs nothing more.
   */
  static String inspect(String value, int limit) {
    char quote = value.indexOf('\'') < 0 ? '\'' : value.indexOf('"') < 0 ? '"' : value.indexOf('`') < 0 ? '`' : '\'';
    StringBuilder out = new StringBuilder((int) Math.min(value.length() + 2L, limit + 8L)).append(quote);
    for (int i = 0; i < value.length(); i++) {
      if (out.length() >= limit) {
        return out.toString();
      }
      char c = value.charAt(i);
      String escape =
          switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\\' -> "\\\\";
            default -> null;
          };
      if (escape != null) {
        out.append(escape);
      } else if (c == quote) {
        out.append('\\').append(c);
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        out.append(String.format("\\x%02X", (int) c));
      } else if (Character.isSurrogate(c) && !isPaired(value, i)) {
        out.append("\\u").append(Integer.toHexString(c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }

  private static boolean isPaired(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }
}
