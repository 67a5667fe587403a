package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;

/**
 * The code point helpers of {@code buffer-testkit/src/main/node/recording.js}, for the Java twins
 * of the recording scripts: same arithmetic, same PRNG draws in the same order.
 */
final class CodePoints {

  private CodePoints() {}

  /** The high (leading) UTF-16 surrogate of a supplementary code point. */
  static int high(int cp) {
    return 0xD800 + ((cp - 0x10000) >> 10);
  }

  /** The low (trailing) UTF-16 surrogate of a supplementary code point. */
  static int low(int cp) {
    return 0xDC00 + ((cp - 0x10000) & 0x3FF);
  }

  /**
   * The generalised UTF-8 form of a code point up to 0x1FFFFF, surrogates included, so that
   * encoded surrogates (ED A0 80) and values beyond U+10FFFF can be produced.
   */
  static int[] utf8Form(int cp) {
    if (cp < 0x80) {
      return new int[] {cp};
    }
    if (cp < 0x800) {
      return new int[] {0xC0 | (cp >> 6), 0x80 | (cp & 0x3F)};
    }
    if (cp < 0x10000) {
      return new int[] {0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)};
    }
    return new int[] {
      0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)
    };
  }

  /**
   * A random code point above ASCII: of 2 bytes in UTF-8, of 3 (surrogates included), of 4, or one
   * of {@code edges}, each a quarter of the time.
   */
  static int randomCodePoint(Rng r, int[] edges) {
    return switch (r.nextInt(4)) {
      case 0 -> 0x80 + r.nextInt(0x780);
      case 1 -> 0x800 + r.nextInt(0xF800);
      case 2 -> 0x10000 + r.nextInt(0x100000);
      default -> edges[r.nextInt(edges.length)];
    };
  }

  /**
   * One step of a random UTF-16 string, appended to {@code out}: ASCII (2 in 11), Latin-1, the
   * rest of the 2-byte range, CJK, a unit of {@code [from, from + span)} (surrogates included), an
   * emoji pair, any pair, a lone high or low surrogate (a pair when a high meets a low), or one of
   * {@code edges}.
   */
  static void appendRandomUnit(Rng r, StringBuilder out, int from, int span, int[] edges) {
    switch (r.nextInt(11)) {
      case 0, 1 -> out.append((char) r.nextInt(0x80));
      case 2 -> out.append((char) (0x80 + r.nextInt(0x80)));
      case 3 -> out.append((char) (0x100 + r.nextInt(0x700)));
      case 4 -> out.append((char) (0x4E00 + r.nextInt(0x5200)));
      case 5 -> out.append((char) (from + r.nextInt(span)));
      case 6 -> appendPair(out, 0x1F300 + r.nextInt(0x400));
      case 7 -> appendPair(out, 0x10000 + r.nextInt(0x100000));
      case 8 -> out.append((char) (0xD800 + r.nextInt(0x400)));
      case 9 -> out.append((char) (0xDC00 + r.nextInt(0x400)));
      default -> out.append((char) edges[r.nextInt(edges.length)]);
    }
  }

  private static void appendPair(StringBuilder out, int cp) {
    out.append((char) high(cp)).append((char) low(cp));
  }
}
