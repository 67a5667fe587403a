package dev.nodebuffer;

import static dev.nodebuffer.SearchDirection.FORWARD;

/**
 * Node 22's searches under the UTF-16LE encoding ({@code ucs2}, {@code utf16le}): the UCS-2 branches
 * of {@code IndexOfString} and {@code IndexOfBuffer} in {@code src/node_buffer.cc}, and the {@code
 * SearchString} over 16-bit units of {@code src/string_search.h} that they call. Kept apart from the
 * byte searches of {@link Search}, which it does not slow down.
 *
 * <p>The rules, each as Node has it:
 *
 * <ul>
 *   <li>Offsets are checked in bytes ({@link Search#indexOfOffset}), with the needle's byte length;
 *       the search then starts at unit {@code start / 2}, so an odd {@code byteOffset} is rounded
 *       down.
 *   <li>A string needle: the haystack's length is first rounded down to even. A view needle: it is
 *       not, the needle is {@code floor(needle.length / 2)} units (one of under 2 bytes finds
 *       nothing), and "not found" is {@code 2 * floor(length / 2)}, which becomes -1 only when it
 *       equals the length: on an odd-length haystack a failed search returns {@code length - 1}.
 *   <li>Units are read at even distances from the view's start: an occurrence at an odd distance is
 *       never found.
 *   <li>A haystack at an odd address (a view at an odd byte offset of its ArrayBuffer, whose memory
 *       V8 aligns) meets {@code FindFirstCharacter}'s alignment: it {@code memchr}s for the larger
 *       byte of the needle's first unit, aligns the address found down to 2, compares the unit
 *       <em>there</em> with the first unit, and takes half the (odd) byte distance from the view's
 *       start, rounded towards minus infinity, as the position; the rest of the needle is then
 *       compared at that position. So a needle can be found one unit early, {@code -2} when that
 *       position is "-1" (or, searching backwards, one past the last), or where only the rest of it
 *       matches, or missed; and searching forwards the position can fall back to where the scan
 *       started, where Node loops forever (Node 20, 22 and 24). {@link Misaligned} runs those steps
 *       over the same bytes, reading a byte outside the ArrayBuffer as 0.
 * </ul>
 *
 * <p>Where Node never returns (the endless loop), this returns what Node returns for the same bytes
 * at an even address: the true first (last) occurrence, under the rules above.
 */
final class Utf16Search {
  /** The strategies' "Node does not return" (a loop without end). */
  private static final long NO_RETURN = Long.MIN_VALUE;

  /** Below this needle length {@code StringSearch} scans linearly; from it, it starts with {@code InitialSearch}. */
  private static final int BM_MIN_PATTERN_LENGTH = 8;

  private Utf16Search() {}

  /** {@code IndexOfBuffer} under UCS-2. */
  static int view(Uint8Array haystack, Uint8Array needle, int byteOffset, SearchDirection direction) {
    int length = haystack.length;
    int m = needle.length;
    long start = Search.indexOfOffset(length, byteOffset, m, direction);
    if (m == 0) {
      return (int) start;
    }
    if (length < 2 || m < 2 || start <= -1 || (direction == FORWARD && m + start > length) || m > length) {
      return -1;
    }
    char[] units = new char[m / 2];
    byte[] n = needle.buffer.bytes;
    for (int k = 0; k < units.length; k++) {
      int at = needle.byteOffset + 2 * k;
      units[k] = (char) ((n[at] & 0xFF) | (n[at + 1] & 0xFF) << 8);
    }
    long result = 2 * units(haystack, length / 2, units, start / 2, direction);
    return result == length ? -1 : (int) result;
  }

  /** {@code IndexOfString} under UCS-2. */
  static int string(Uint8Array haystack, String value, int byteOffset, SearchDirection direction) {
    int length = haystack.length & ~1;
    long m = 2L * value.length();
    long start = Search.indexOfOffset(length, byteOffset, m, direction);
    if (m == 0) {
      return (int) start;
    }
    if (length < 2 || start <= -1 || (direction == FORWARD && m + start > length) || m > length) {
      return -1;
    }
    long result = 2 * units(haystack, length / 2, value.toCharArray(), start / 2, direction);
    return result == length ? -1 : (int) result;
  }

  /**
   * Node's {@code SearchString} over the first {@code count} units of {@code haystack}: the unit
   * position found, or {@code count} for none; -1 stands for {@code SIZE_MAX}, which a search at an
   * odd address can give.
   */
  private static long units(Uint8Array haystack, int count, char[] needle, long start, SearchDirection direction) {
    if (count < needle.length) {
      return count;
    }
    if ((haystack.byteOffset & 1) != 0) {
      long found = new Misaligned(haystack, count, needle, direction == FORWARD).search(start);
      if (found != NO_RETURN) {
        return found;
      }
    }
    byte[] h = haystack.buffer.bytes;
    int last = count - needle.length;
    int found =
        direction == FORWARD
            ? NeedleSearch.indexOfUnits(h, haystack.byteOffset, (int) start, last, needle)
            : NeedleSearch.lastIndexOfUnits(h, haystack.byteOffset, 0, (int) Math.min(start, last), needle);
    return found < 0 ? count : found;
  }

  /**
   * {@code StringSearch<uint16_t>} step by step on a haystack at an odd address, in its own
   * coordinates: searching backwards, subject and pattern are read from their ends ({@code
   * Vector}'s reversed view). Positions are {@code size_t}s, held in {@code long}s and compared
   * unsigned (-1 is {@code SIZE_MAX}).
   */
  private static final class Misaligned {
    private final byte[] h;
    private final int base;
    private final long n;
    private final char[] needle;
    private final int m;
    private final boolean forward;

    Misaligned(Uint8Array haystack, int count, char[] needle, boolean forward) {
      this.h = haystack.buffer.bytes;
      this.base = haystack.byteOffset;
      this.n = count;
      this.needle = needle;
      this.m = needle.length;
      this.forward = forward;
    }

    /** The top-level {@code SearchString}: a unit position, {@code n}, -1, or {@link #NO_RETURN}. */
    long search(long start) {
      long diff = n - m;
      long relative = forward ? start : diff < start ? 0 : diff - start;
      long pos =
          m == 1 ? findFirst(relative) : m < BM_MIN_PATTERN_LENGTH ? linear(relative) : initial(relative);
      if (pos == NO_RETURN || pos == n) {
        return pos;
      }
      return forward ? pos : n - m - pos;
    }

    private int subject(long i) {
      return unit(base + 2 * (forward ? i : n - 1 - i));
    }

    private char pattern(int j) {
      return needle[forward ? j : m - 1 - j];
    }

    /** The little-endian unit at byte {@code at} of the ArrayBuffer, a byte outside it read as 0. */
    private int unit(long at) {
      return at(at) | at(at + 1) << 8;
    }

    /**
     * Node reads outside the ArrayBuffer here: before it, the allocator's chunk header, whose bytes
     * next to the memory are 0 (glibc's size field), as the recorded answers show; after it,
     * whatever follows, taken as 0 as well.
     */
    private int at(long index) {
      return index >= 0 && index < h.length ? h[(int) index] & 0xFF : 0;
    }

    /** {@code FindFirstCharacter}, with the address aligned down to 2 and the unit there compared. */
    private long findFirst(long index) {
      char first = pattern(0);
      byte searchByte = (byte) Math.max(first & 0xFF, first >>> 8);
      long maxN = n - m + 1;
      long pos = index;
      do {
        long begun = pos;
        int bytes = (int) (2 * (maxN - pos));
        int found =
            forward
                ? ByteScan.indexOf(h, base + (int) (2 * pos), base + (int) (2 * pos) + bytes, searchByte)
                : ByteScan.lastIndexOf(h, base + 2 * (m - 1), base + 2 * (m - 1) + bytes, searchByte);
        if (found < 0) {
          return n;
        }
        int aligned = found & ~1; // the ArrayBuffer's memory starts aligned, so parity is the index's
        long raw = Math.floorDiv(aligned - base, 2);
        pos = forward ? raw : n - raw - 1;
        if (unit(aligned) == first) {
          return pos;
        }
        if (pos + 1 == begun) {
          return NO_RETURN; // the next round would start where this one did: Node never returns
        }
      } while (Long.compareUnsigned(++pos, maxN) < 0);
      return n;
    }

    /** {@code LinearSearch}. */
    private long linear(long index) {
      long last = n - m;
      for (long i = index; Long.compareUnsigned(i, last) <= 0; i++) {
        long begun = i;
        i = findFirst(i);
        if (i == NO_RETURN || i == n) {
          return i;
        }
        if (restMatches(i) == m) {
          return i;
        }
        if (i + 1 == begun) {
          return NO_RETURN;
        }
      }
      return n;
    }

    /** {@code InitialSearch}: linear until its badness turns positive, then Boyer-Moore(-Horspool), which finds the true first match. */
    private long initial(long index) {
      long badness = -10 - ((long) m << 2);
      long last = n - m;
      for (long i = index; Long.compareUnsigned(i, last) <= 0; i++) {
        badness++;
        if (badness > 0) {
          for (long k = i; k <= last; k++) {
            if (subject(k) == pattern(0) && restMatches(k) == m) {
              return k;
            }
          }
          return n;
        }
        i = findFirst(i);
        if (i == NO_RETURN || i == n) {
          return i;
        }
        int j = restMatches(i);
        if (j == m) {
          return i;
        }
        badness += j;
      }
      return n;
    }

    /** 1 plus the number of pattern units after the first that match from {@code i + 1} on. */
    private int restMatches(long i) {
      int j = 1;
      while (j < m && pattern(j) == subject(i + j)) {
        j++;
      }
      return j;
    }
  }
}
