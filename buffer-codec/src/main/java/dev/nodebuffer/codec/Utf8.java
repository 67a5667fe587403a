package dev.nodebuffer.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UTF-8 exactly as Node 22's {@code Buffer} does it: WHATWG encode and decode, with Node's
 * partial-write rule. Reached through {@link Encoding#UTF8}.
 *
 * <p>Strings are sequences of UTF-16 code units, as in JavaScript, so they may hold lone
 * surrogates:
 *
 * <ul>
 *   <li>A high surrogate directly followed by a low surrogate is one character, U+10000 and
 *       above, and takes 4 bytes.
 *   <li>Every other surrogate (a lone high, a lone low, either half of a reversed pair) is a
 *       character of its own that becomes U+FFFD, {@code EF BF BD}, 3 bytes.
 *   <li>Other code units below U+0080 take 1 byte, below U+0800 2 bytes, the rest 3 bytes.
 * </ul>
 *
 * <p>Decoding never fails: each maximal ill-formed subsequence becomes one U+FFFD (Unicode's
 * "maximal subpart" practice, which WHATWG mandates). So {@code ED A0 80}, an encoded surrogate,
 * gives three U+FFFD, and a truncated {@code E2 82} gives one. A byte-order mark is kept.
 *
 * <p>The JDK's UTF-8 charset is not used where it differs: {@code String.getBytes(UTF_8)} turns a
 * lone surrogate into {@code ?}, and {@code new String(bytes, UTF_8)} gives one U+FFFD for an
 * encoded surrogate where Node gives three.
 */
final class Utf8 {

  private static final char REPLACEMENT = '\uFFFD';

  private Utf8() {}

  /**
   * Returns the number of bytes {@link #encode} needs for all of {@code s}, as Node's {@code
   * Buffer.byteLength(s, 'utf8')}: a surrogate pair counts 4, a lone surrogate 3 ({@code '😀'} is
   * 4, {@code "\ud800\ud800"} is 6, {@code "€"} is 3).
   *
   * @throws ArithmeticException if the length exceeds {@link Integer#MAX_VALUE}; this needs a string
   *     of more than 715 million code units, longer than any JavaScript string can be
   */
  static int byteLength(String s) {
    int n = s.length();
    // A long, so that strings Node could never hold fail loudly instead of wrapping around.
    long total = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        total += 1;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        total += 2; // 4 bytes for the 2 units counted in n
        i++;
      } else {
        total += 2; // 3 bytes: the rest of the BMP, and every lone surrogate (as U+FFFD)
      }
    }
    return Math.toIntExact(total);
  }

  /**
   * Encodes {@code s} into {@code dst[offset, offset + length)} as Node's {@code buf.write(s,
   * offset, length)} does, and returns the number of bytes written.
   *
   * <p>Characters are written whole or not at all, and writing stops at the first character that
   * does not fit in the room left, even if a later, shorter one would: a pair needs 4 bytes, a
   * lone surrogate 3. So {@code "a😀"} into 4 bytes writes 1, {@code "€"} into 2 writes 0, {@code
   * "\ud800"} into 2 writes 0. Bytes of {@code dst} past the returned count are not touched.
   *
   * @return the number of bytes written, {@code 0 <= n <= length}
   * @throws IndexOutOfBoundsException if the range is not inside {@code dst} (checked before any
   *     byte is written)
   */
  static int encode(String s, byte[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int n = s.length();
    int limit = offset + length;

    // ASCII prefix: one unit is one byte, so unit i goes to offset + i.
    int asciiEnd = Math.min(n, length);
    int i = 0;
    while (i < asciiEnd) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        break;
      }
      dst[offset + i] = (byte) c;
      i++;
    }

    int pos = offset + i;
    while (i < n) {
      char c = s.charAt(i);
      int room = limit - pos;
      if (c < 0x80) {
        if (room < 1) {
          break;
        }
        dst[pos++] = (byte) c;
        i++;
      } else if (c < 0x800) {
        if (room < 2) {
          break;
        }
        dst[pos++] = (byte) (0xC0 | (c >>> 6));
        dst[pos++] = (byte) (0x80 | (c & 0x3F));
        i++;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        // Only whole pairs: when 4 bytes do not fit, Node writes nothing for the pair (it does
        // not fall back to writing the high half as a 3-byte U+FFFD).
        if (room < 4) {
          break;
        }
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        dst[pos++] = (byte) (0xF0 | (cp >>> 18));
        dst[pos++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
        dst[pos++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
        dst[pos++] = (byte) (0x80 | (cp & 0x3F));
        i += 2;
      } else {
        if (room < 3) {
          break;
        }
        char u = Character.isSurrogate(c) ? REPLACEMENT : c;
        dst[pos++] = (byte) (0xE0 | (u >>> 12));
        dst[pos++] = (byte) (0x80 | ((u >>> 6) & 0x3F));
        dst[pos++] = (byte) (0x80 | (u & 0x3F));
        i++;
      }
    }
    return pos - offset;
  }

  /**
   * Decodes {@code src[offset, offset + length)} as Node's {@code buf.toString('utf8', start,
   * end)} does (identical to {@code new TextDecoder('utf-8', {ignoreBOM: true})}).
   *
   * <p>Well-formed sequences decode to their characters (U+10000 and above as a surrogate pair).
   * Everything else becomes U+FFFD, one per maximal ill-formed subsequence: a lead byte together
   * with the valid continuation bytes that follow it, up to the first byte that cannot continue
   * it, which is then decoded afresh. Bytes 80..BF without a lead, C0, C1 and F5..FF are one
   * U+FFFD each. After E0 the next byte must be A0..BF (no overlong forms), after ED 80..9F (no
   * surrogates), after F0 90..BF (no overlong forms), after F4 80..8F (nothing above U+10FFFF),
   * after any other lead 80..BF. A sequence cut off by the end of the range is one U+FFFD, so
   * slicing through a character yields replacement characters, as in Node. U+FEFF is kept.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   */
  static String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    int end = offset + length;

    int i = offset;
    while (i < end && src[i] >= 0) {
      i++;
    }
    if (i == end) {
      // All bytes are 00..7F, which every ASCII-compatible decoder maps to the same code unit,
      // and the JDK copies them without a per-byte loop.
      return new String(src, offset, length, StandardCharsets.US_ASCII);
    }

    // Each byte yields at most one code unit (a 4-byte sequence yields 2), so length is enough.
    char[] out = new char[length];
    int n = 0;
    for (int k = offset; k < i; k++) {
      out[n++] = (char) src[k];
    }

    while (i < end) {
      int b = src[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      b &= 0xFF;
      int need;
      int cp;
      int lower = 0x80;
      int upper = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
        if (b == 0xE0) {
          lower = 0xA0;
        } else if (b == 0xED) {
          upper = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
        if (b == 0xF0) {
          lower = 0x90;
        } else if (b == 0xF4) {
          upper = 0x8F;
        }
      } else {
        // 80..BF without a lead, C0 and C1 (only overlong forms), F5..FF (beyond U+10FFFF).
        out[n++] = REPLACEMENT;
        i++;
        continue;
      }

      int j = i + 1;
      int got = 0;
      while (got < need && j < end) {
        int c = src[j] & 0xFF;
        if (c < lower || c > upper) {
          break;
        }
        cp = (cp << 6) | (c & 0x3F);
        lower = 0x80; // only the first continuation byte has narrowed bounds
        upper = 0xBF;
        got++;
        j++;
      }
      if (got < need) {
        // One U+FFFD for the lead and the continuation bytes accepted so far; the byte at j
        // (if any) was not consumed and starts the next sequence.
        out[n++] = REPLACEMENT;
      } else if (cp >= 0x10000) {
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      } else {
        out[n++] = (char) cp;
      }
      i = j;
    }
    return new String(out, 0, n);
  }
}
