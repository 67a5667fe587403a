package dev.nodebuffer;

import java.util.Arrays;

/**
 * Finds a run of bytes (or of 16-bit units) in a range of a {@code byte[]}: the work of Node's
 * {@code SearchString} for a needle of two or more elements. Positions are absolute indices into
 * the arrays; the callers apply Node's offset rules ({@link Search}).
 *
 * <p>Bytes: a needle of one byte is a {@link ByteScan}. On short haystacks the first byte is
 * scanned for and each candidate checked with a (vectorised) {@link Arrays#equals}. Longer
 * haystacks use Boyer-Moore-Horspool: the window's last byte (first byte, searching backwards)
 * tells how far the window may jump, up to the needle's length, so random data is crossed in
 * steps of about the needle's length (buffer-bench's {@code indexof-needle-1m}). Its worst case,
 * as for any Horspool, is {@code O(haystack * needle)} comparisons (each vectorised).
 */
final class NeedleSearch {
  /** Below this many candidate positions, building Horspool's table costs more than it saves. */
  private static final int HORSPOOL_MIN_SPAN = 256;

  private NeedleSearch() {}

  /**
   * The first {@code p} in {@code [from, last]} where {@code h[p, p + m)} equals {@code n[o, o +
   * m)}, or -1; the caller guarantees {@code m >= 1} and {@code last + m <= h.length}.
   */
  static int indexOf(byte[] h, int from, int last, byte[] n, int o, int m) {
    if (from > last) {
      return -1;
    }
    if (m == 1) {
      return ByteScan.indexOf(h, from, last + 1, n[o]);
    }
    if (last - from < HORSPOOL_MIN_SPAN) {
      byte first = n[o];
      for (int p = from; p <= last; p++) {
        p = ByteScan.indexOf(h, p, last + 1, first);
        if (p < 0) {
          return -1;
        }
        if (Arrays.equals(h, p + 1, p + m, n, o + 1, o + m)) {
          return p;
        }
      }
      return -1;
    }
    int[] shift = new int[256];
    Arrays.fill(shift, m);
    for (int k = 0; k < m - 1; k++) {
      shift[n[o + k] & 0xFF] = m - 1 - k; // the last occurrence before the needle's end wins
    }
    byte lastByte = n[o + m - 1];
    for (int p = from; p <= last; ) {
      byte c = h[p + m - 1];
      if (c == lastByte && Arrays.equals(h, p, p + m - 1, n, o, o + m - 1)) {
        return p;
      }
      p += shift[c & 0xFF];
    }
    return -1;
  }

  /**
   * The last {@code p} in {@code [first, from]} where {@code h[p, p + m)} equals {@code n[o, o +
   * m)}, or -1; the caller guarantees {@code m >= 1} and {@code from + m <= h.length}.
   *
   * <p>The mirror of {@link #indexOf}, step for step. It stays a loop of its own rather than one
   * loop over a direction: each is the plainest form of its scan, and the Horspool shift tables
   * of the two directions differ.
   */
  static int lastIndexOf(byte[] h, int first, int from, byte[] n, int o, int m) {
    if (from < first) {
      return -1;
    }
    if (m == 1) {
      return ByteScan.lastIndexOf(h, first, from + 1, n[o]);
    }
    if (from - first < HORSPOOL_MIN_SPAN) {
      byte head = n[o];
      for (int p = from; p >= first; p--) {
        p = ByteScan.lastIndexOf(h, first, p + 1, head);
        if (p < 0) {
          return -1;
        }
        if (Arrays.equals(h, p + 1, p + m, n, o + 1, o + m)) {
          return p;
        }
      }
      return -1;
    }
    // Horspool mirrored: the window's first byte decides the jump to the left, to align it with
    // its nearest occurrence at needle index k >= 1 (so the smallest such k wins).
    int[] shift = new int[256];
    Arrays.fill(shift, m);
    for (int k = m - 1; k >= 1; k--) {
      shift[n[o + k] & 0xFF] = k;
    }
    byte head = n[o];
    for (int p = from; p >= first; ) {
      byte c = h[p];
      if (c == head && Arrays.equals(h, p + 1, p + m, n, o + 1, o + m)) {
        return p;
      }
      p -= shift[c & 0xFF];
    }
    return -1;
  }

  /**
   * The first unit index {@code u} in {@code [from, last]} where the little-endian 16-bit units
   * of {@code h} at {@code base + 2u} equal {@code needle}, or -1 (UTF-16LE searches, which only
   * see aligned units). The caller guarantees {@code needle.length >= 1} and that the units read
   * lie inside {@code h}.
   */
  static int indexOfUnits(byte[] h, int base, int from, int last, char[] needle) {
    for (int u = from; u <= last; u++) {
      if (unitsMatch(h, base + 2 * u, needle)) {
        return u;
      }
    }
    return -1;
  }

  /** As {@link #indexOfUnits}, the last match in {@code [first, from]}. */
  static int lastIndexOfUnits(byte[] h, int base, int first, int from, char[] needle) {
    for (int u = from; u >= first; u--) {
      if (unitsMatch(h, base + 2 * u, needle)) {
        return u;
      }
    }
    return -1;
  }

  private static boolean unitsMatch(byte[] h, int at, char[] needle) {
    for (int k = 0; k < needle.length; k++) {
      int unit = (h[at + 2 * k] & 0xFF) | (h[at + 2 * k + 1] & 0xFF) << 8;
      if (unit != needle[k]) {
        return false;
      }
    }
    return true;
  }
}
