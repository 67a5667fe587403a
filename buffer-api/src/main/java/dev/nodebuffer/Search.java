package dev.nodebuffer;

import static dev.nodebuffer.SearchDirection.FORWARD;

import dev.nodebuffer.codec.Encoding;
import org.jspecify.annotations.Nullable;

/**
 * Node 22's {@code buf.indexOf} and {@code buf.lastIndexOf} ({@code bidirectionalIndexOf} in
 * {@code lib/buffer.js}, and {@code IndexOfOffset}, {@code IndexOfNumber}, {@code IndexOfString},
 * {@code IndexOfBuffer} in {@code src/node_buffer.cc}), rule for rule, including the quirks: an
 * empty needle returns the clamped start position, UTF-16LE searches only see aligned units and
 * round the start down, and a missing offset means the whole buffer. The byte work is in {@link ByteScan} and {@link NeedleSearch}, the UTF-16LE rules in
 * {@link Utf16Search}.
 */
final class Search {
  private Search() {}

  /**
   * The {@code byteOffset} Node uses when none is given ({@code undefined}, NaN): 0 searching
   * forwards, the length searching backwards.
   */
  static int wholeBuffer(Uint8Array haystack, SearchDirection direction) {
    return direction == FORWARD ? 0 : haystack.length;
  }

  /** {@code indexOf(number)}: the byte {@code value & 0xFF} ({@code memchr}/{@code memrchr}). */
  static int number(Uint8Array haystack, int value, int byteOffset, SearchDirection direction) {
    int length = haystack.length;
    long start = indexOfOffset(length, byteOffset, 1, direction);
    if (start <= -1 || length == 0) {
      return -1;
    }
    int base = haystack.byteOffset;
    byte[] bytes = haystack.buffer.bytes;
    int found =
        direction == FORWARD
            ? ByteScan.indexOf(bytes, base + (int) start, base + length, (byte) value)
            : ByteScan.lastIndexOf(bytes, base, base + (int) start + 1, (byte) value);
    return found < 0 ? -1 : found - base;
  }

  /**
   * {@code indexOf(string, byteOffset, encoding)}: {@code value} encoded with {@code encoding}
   * ({@code null}: UTF-8). UTF-8 needles are encoded here as V8 gives them to Node ({@link
   * #utf8Needle}), Latin-1 needles keep each unit's low byte; UTF-16LE searches aligned units; ASCII, hex, base64 and base64url needles go
   * through {@code Buffer.from(value, encoding)}, as in Node, with its pool side effect.
   */
  static int string(
      Uint8Array haystack, @Nullable String value, int byteOffset, @Nullable String encoding, SearchDirection direction) {
    if (value == null) {
      throw Errors.searchValueIsNull();
    }
    Encoding codec = Encoding.UTF8;
    if (encoding != null) {
      Encoding known = Encoding.lookup(encoding);
      if (known == null) {
        throw Errors.unknownEncoding(encoding);
      }
      codec = known;
    }
    switch (codec) {
      case UTF8:
        {
          if (value.length() > haystack.length) {
            return -1; // at least one byte per unit: longer than the haystack (and not empty)
          }
          // 3 bytes a unit at most; a string so long that this passes an int (only a Java one)
          // is measured first, and cannot be found if it is longer than the haystack.
          long most = 3L * value.length();
          if (most > Limits.K_MAX_LENGTH) {
            most = Strings.utf8ByteLength(value);
            if (most > haystack.length) {
              return -1;
            }
          }
          byte[] needle = new byte[(int) most];
          int n = utf8Needle(value, needle);
          return bytes(haystack, haystack.length, needle, 0, n, byteOffset, direction);
        }
      case LATIN1:
        {
          byte[] needle = new byte[value.length()];
          int n = codec.encode(value, needle, 0, needle.length);
          return bytes(haystack, haystack.length, needle, 0, n, byteOffset, direction);
        }
      case UTF16LE:
        return Utf16Search.string(haystack, value, byteOffset, direction);
      default:
        {
          Buffer needle = Buffer.from(value, codec.nodeName());
          return bytes(
              haystack, haystack.length, needle.buffer.bytes, needle.byteOffset, needle.length,
              byteOffset, direction);
        }
    }
  }

  /**
   * The UTF-8 needle of Node's {@code IndexOfString} (V8's {@code String::Utf8Value}): UTF-8, except
   * that a lone surrogate is encoded as its own 3-byte sequence ({@code ED A0 80} for U+D800, the
   * "WTF-8" form), where {@code Buffer.from} writes U+FFFD ({@code EF BF BD}). So a needle
   * holding a lone U+D800 never finds the bytes {@code Buffer.from} gives for it; verified on Node
   * 22. Writes into {@code out} (3 bytes per unit at most) and returns the length.
   */
  static int utf8Needle(String value, byte[] out) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | c >> 6);
        out[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        out[n++] = (byte) (0xF0 | cp >> 18);
        out[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
        out[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        out[n++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[n++] = (byte) (0xE0 | c >> 12);
        out[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
        out[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return n;
  }

  /**
   * {@code indexOf(uint8Array, byteOffset, encoding)}: a byte search, except that under a UTF-16LE
   * encoding it searches aligned units ({@code floor(needle.length / 2)} of them). An unknown or
   * {@code null} encoding means a byte search, as in Node.
   */
  static int view(
      Uint8Array haystack, @Nullable Uint8Array needle, int byteOffset, @Nullable String encoding, SearchDirection direction) {
    if (needle == null) {
      throw Errors.searchValueIsNull();
    }
    Encoding codec = encoding == null ? null : Encoding.lookup(encoding);
    if (codec == Encoding.UTF16LE) {
      return Utf16Search.view(haystack, needle, byteOffset, direction);
    }
    return bytes(
        haystack, haystack.length, needle.buffer.bytes, needle.byteOffset, needle.length,
        byteOffset, direction);
  }

  /**
   * Node's {@code IndexOfOffset}: where a search of a needle of {@code needleLength} bytes starts
   * in a haystack of {@code length} bytes, or -1 when no search is needed. A negative offset counts
   * from the end; before the start, {@code indexOf} searches everything and {@code lastIndexOf}
   * finds nothing (an empty needle: 0); past the end, {@code indexOf} finds nothing and {@code
   * lastIndexOf} searches everything (an empty needle: the length).
   */
  static long indexOfOffset(long length, long offset, long needleLength, SearchDirection direction) {
    if (offset < 0) {
      if (offset + length >= 0) {
        return length + offset;
      }
      return direction == FORWARD || needleLength == 0 ? 0 : -1;
    }
    if (offset + needleLength <= length) {
      return offset;
    }
    if (needleLength == 0) {
      return length;
    }
    return direction == FORWARD ? -1 : length - 1;
  }

  /**
   * Node's byte search ({@code IndexOfString} for UTF-8 and Latin-1, {@code IndexOfBuffer}
   * otherwise) of {@code n[o, o + m)} in the first {@code length} bytes of {@code haystack}.
   */
  private static int bytes(
      Uint8Array haystack, int length, byte[] n, int o, int m, int byteOffset, SearchDirection direction) {
    long start = indexOfOffset(length, byteOffset, m, direction);
    if (m == 0) {
      return (int) start; // String#indexOf's rule: an empty needle is found where the search starts
    }
    if (length == 0 || start <= -1 || (direction == FORWARD && m + start > length) || m > length) {
      return -1;
    }
    // Node's SearchString: forwards from start; backwards from min(start, length - m).
    int base = haystack.byteOffset;
    byte[] h = haystack.buffer.bytes;
    int found =
        direction == FORWARD
            ? NeedleSearch.indexOf(h, base + (int) start, base + length - m, n, o, m)
            : NeedleSearch.lastIndexOf(h, base, base + (int) Math.min(start, length - m), n, o, m);
    return found < 0 ? -1 : found - base;
  }
}
