package dev.nodebuffer.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

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
 *
 * <h2>Fast paths</h2>
 *
 * <p>Each method keeps the plain loop that states Node's rules, and adds fast paths taken only
 * where their result is provably the loop's; each says why next to it. In short:
 *
 * <ul>
 *   <li>{@link #decode}: the JDK's decoder, whose result is kept only when it holds no U+FFFD. The
 *       JDK and WHATWG decoders differ only in how they replace ill-formed input, and the JDK
 *       emits at least one U+FFFD for any; so a result without one came from well-formed input,
 *       which has one decoding only.
 *   <li>{@link #byteLength} and {@link #encode}: the leading run of units below U+0080 (one byte
 *       each, the byte being the unit) is found, and when encoding copied, in bulk by {@link
 *       #asciiPrefix}. A caller that has just computed {@code byteLength(s)}, as {@code
 *       Buffer.from(s)} does for longer strings, passes it to {@link #encode(String, int, byte[],
 *       int, int)}: a byte length of {@code s.length()} says that {@code s} is all ASCII, so
 *       {@code s} is scanned once, not twice.
 *   <li>{@link #encode} past that run: the same per-character encoding, but branch-light, writing
 *       each character with one 4-byte store while there is room to spare; the plain loop does
 *       the last few characters, so nothing outside the written range is ever left changed.
 * </ul>
 */
final class Utf8 implements Codec {

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * Strings shorter than this skip the fast paths of {@link #byteLength} and {@link #encode}:
   * their set-up (borrowing the {@link Scratch}, array copies) costs more than the plain loop saves.
   */
  private static final int BULK_MIN = 24;

  /**
   * Units copied into the scratch array per step ({@link Scratch#chars}); it holds one more.
   * Each step has a fixed cost of some tens of nanoseconds (three intrinsic calls), so steps are
   * long.
   */
  private static final int CHUNK = 1024;

  /**
   * Units {@link #asciiPrefix} checks one by one before it starts on whole chunks, so that text
   * that is not ASCII (where a non-ASCII unit soon turns up) does not pay for a whole chunk.
   */
  private static final int HEAD = 16;

  /**
   * While at least this much room is left, {@link #encode}'s store-per-character loop may run: 3
   * bytes at most for the character, and then 10 for the characters of the next 3 units (see
   * {@link #storeEach}).
   */
  private static final int STORE_ROOM = 13;

  /**
   * {@code EXTRA[u >>> 7]}: the bytes a unit {@code u} takes beyond its first, as Node counts a
   * character of the BMP that is not a surrogate: 0 below U+0080 (index 0), 1 below U+0800
   * (indexes 1 to 15), 2 above (16 to 511). One load instead of two comparisons. Never written.
   */
  private static final byte[] EXTRA = extraTable();

  /** Little-endian 4-byte stores into a {@code byte[]}, at any offset. */
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** The one instance, {@link Encoding#UTF8}'s. */
  static final Utf8 INSTANCE = new Utf8();

  private Utf8() {}

  /**
   * The spare {@link Scratch}, or null while a call is using it.
   *
   * <p>State: at most one {@code Scratch} (about 3 KiB: {@link #CHUNK} + 1 chars, {@code CHUNK}
   * bytes and an encoder), which no call is using. Only {@link Scratch#take} and {@link
   * Scratch#giveBack} touch it. Thread-safe: {@code take} empties the slot atomically, so two
   * threads never share a {@code Scratch}; a thread that finds the slot empty (another call is
   * using the spare) makes its own, and gives that one back instead. Nothing in it is ever read
   * before the call that took it wrote it.
   */
  private static final AtomicReference<@Nullable Scratch> SPARE = new AtomicReference<>();

  /**
   * The working memory of the bulk paths of {@link #byteLength} and {@link #encode}, lent to one
   * call at a time through {@link #SPARE}: one spare for the whole JVM, not one per thread, so that
   * threads (100,000 virtual threads, say) cost nothing here.
   *
   * <p>Why it is reused at all (in-JVM timing, not JMH: JDK 25, best of 12 rounds of 100,000 calls
   * on a shared 2-CPU VM, so rough): {@code byteLength} then {@code encode} of 2,000 ASCII units
   * took 175 ns with the spare, as with the per-thread scratch this replaced, and 400 to 450 ns
   * with the arrays made per call; {@code encode} alone 120 ns against 210 ns; of 100 units, 31
   * against 43 ns, and 220 ns with a full-size {@code Scratch} made per call. Fresh memory is slow
   * to zero.
   */
  private static final class Scratch {
    /** Where {@link String#getChars} copies a chunk, and the unit after it. */
    final char[] chars = new char[CHUNK + 1];

    /** {@link #chars} as the input of {@link #asciiEncoder}. */
    final CharBuffer charView = CharBuffer.wrap(chars);

    /** Where {@link #asciiPrefix} copies the units it checks when there is no destination. */
    final ByteBuffer discard = ByteBuffer.wrap(new byte[CHUNK]);

    /**
     * The JDK's US-ASCII encoder, reporting (not replacing) what it cannot encode: it copies units
     * below U+0080 and stops at the first other one, in one vectorised intrinsic pass on JDK 17+.
     */
    final CharsetEncoder asciiEncoder = StandardCharsets.US_ASCII.newEncoder();

    /** The spare, or a new one if another call is using it; the caller alone uses the result. */
    static Scratch take() {
      Scratch spare = SPARE.getAndSet(null);
      return spare != null ? spare : new Scratch();
    }

    /** Makes this the spare; the caller must not use it afterwards. */
    void giveBack() {
      SPARE.set(this);
    }
  }

  private static byte[] extraTable() {
    byte[] table = new byte[(Character.MAX_VALUE >>> 7) + 1];
    for (int index = 0; index < table.length; index++) {
      int first = index << 7; // the units of this index are first .. first + 0x7F
      table[index] = (byte) (first < 0x80 ? 0 : first < 0x800 ? 1 : 2);
    }
    return table;
  }

  /**
   * Returns the index of the first unit of {@code s[from, to)} that is U+0080 or above, or {@code
   * to} if there is none; and copies the units before it, one byte each (the unit), to {@code
   * dst[dstOffset...]} when {@code dst} is not null.
   *
   * <p>After the first {@link #HEAD} units, in bulk: each step copies up to {@link #CHUNK} units
   * into the scratch array ({@code getChars}, an intrinsic) and hands them to the JDK's US-ASCII
   * encoder, which writes each unit below U+0080 as its byte and stops, without writing it, at the
   * first unit that is not (its error action is REPORT): the input position it stops at is the
   * answer. Without a destination, the bytes go to {@link Scratch#discard}. That is one pass that
   * checks and copies (an intrinsic on JDK 17+), where the earlier mask-and-{@code Arrays.mismatch}
   * scan took two passes to check and a third to copy: measured for 1024 ASCII units, CPU time per
   * call, 61 ns against 118 ns for the scan and copy, on JDK 17.0.15 and 25 alike. Nothing here
   * depends on how the JDK stores the string.
   */
  private static int asciiPrefix(
      String s, int from, int to, Scratch scratch, byte @Nullable [] dst, int dstOffset) {
    int i = from;
    for (int head = Math.min(to, from + HEAD); i < head; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return i;
      }
      if (dst != null) {
        dst[dstOffset + i - from] = (byte) c;
      }
    }
    CharBuffer in = scratch.charView;
    CharsetEncoder encoder = scratch.asciiEncoder;
    while (i < to) {
      int m = Math.min(CHUNK, to - i);
      s.getChars(i, i + m, scratch.chars, 0);
      ByteBuffer out;
      if (dst == null) {
        out = scratch.discard;
        out.clear();
      } else {
        out = ByteBuffer.wrap(dst, dstOffset + i - from, m); // room for all m: never overflows
      }
      in.clear().limit(m);
      encoder.reset();
      // endOfInput false: a high surrogate that ends the chunk is left unread (UNDERFLOW) rather
      // than reported, and either way the position stays on the first unit that is not ASCII.
      encoder.encode(in, out, false);
      int ascii = in.position();
      if (ascii < m) {
        return i + ascii;
      }
      i += m;
    }
    return to;
  }

  /**
   * Returns the number of bytes {@link #encode} needs for all of {@code s}, as Node's {@code
   * Buffer.byteLength(s, 'utf8')}: a surrogate pair counts 4, a lone surrogate 3 ({@code '😀'} is
   * 4, {@code "\ud800\ud800"} is 6, {@code "€"} is 3).
   *
   * @throws ArithmeticException if the length exceeds {@link Integer#MAX_VALUE}; this needs a string
   *     of more than 715 million code units, longer than any JavaScript string can be
   */
  @Override
  public int byteLength(String s) {
    int n = s.length();
    int i = 0;
    if (n >= BULK_MIN) {
      // Units below U+0080 add nothing beyond the n counted below: skip the leading run in bulk.
      Scratch scratch = Scratch.take();
      i = asciiPrefix(s, 0, n, scratch, null, 0);
      scratch.giveBack();
      if (i == n) {
        return n;
      }
    }
    // A long, so that strings Node could never hold fail loudly instead of wrapping around.
    // Each unit counts 1 (in n) plus EXTRA: 1 more from U+0080, 2 more from U+0800, looked up
    // without a branch. That makes every lone surrogate 3, as Node counts it (U+FFFD). A pair's
    // two units would make 6, so when a low surrogate follows a high one, take 2 back: the pair
    // is 4. Pairs cannot overlap (a high surrogate is never the second unit of a pair), so "a low
    // preceded by a high" counts exactly the pairs Node's left-to-right reading finds. This
    // counted loop, with one rare branch and no skip over a low half, is the shape the JIT
    // compiles best (measured: twice as fast as comparisons, or as the original loop).
    long extra = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      extra += EXTRA[c >>> 7];
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
        extra -= 2;
      }
    }
    return Math.toIntExact(n + extra);
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
  @Override
  public int encode(String s, byte[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int n = s.length();
    int limit = offset + length;

    // ASCII prefix: one unit is one byte, so unit i goes to offset + i.
    int asciiEnd = Math.min(n, length);
    int i = 0;
    Scratch scratch = null;
    if (asciiEnd >= BULK_MIN) {
      // The prefix the plain loop below would find and write, found and copied in bulk. The
      // prefix ends at asciiEnd <= length, so it fits.
      scratch = Scratch.take();
      i = asciiPrefix(s, 0, asciiEnd, scratch, dst, offset);
    } else {
      while (i < asciiEnd) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          break;
        }
        dst[offset + i] = (byte) c;
        i++;
      }
    }

    int pos = offset + i;
    if (scratch != null) {
      if (n - i > 3 && limit - pos >= STORE_ROOM) {
        long done = storeEach(s, i, dst, pos, limit, scratch.chars);
        i = (int) (done >>> 32);
        pos = (int) done;
      }
      scratch.giveBack();
    }

    // The plain loop: Node's rules, character by character, checking the room before each.
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
   * {@link #encode(String, byte[], int, int)} for a caller that passes {@code byteLength(s)}, as
   * {@code Buffer.from(s)} has it: when it is {@code s.length()}, every unit of {@code s} is below
   * U+0080, and its low bytes are copied without a scan. Why: every unit counts 1 in {@link
   * #byteLength}, and each unit from U+0080 on counts at least 1 more (2 or 3 bytes for one unit, 4
   * for the two of a pair), so the length equals the number of units only when none is U+0080 or
   * above. Such a unit is its own UTF-8 byte, and the plain loop of {@link #encode} would write one
   * byte per unit until the room runs out: {@code min(length, s.length())} bytes, as here.
   *
   * @param byteLength what {@link #byteLength byteLength(s)} returned
   * @throws IndexOutOfBoundsException if the range is not inside {@code dst} (checked before any
   *     byte is written)
   */
  @Override
  public int encode(String s, int byteLength, byte[] dst, int offset, int length) {
    if (byteLength != s.length()) {
      return encode(s, dst, offset, length);
    }
    Objects.checkFromIndexSize(offset, length, dst.length);
    int n = Math.min(length, byteLength);
    copyLowBytes(s, n, dst, offset);
    return n;
  }

  /**
   * The bulk of {@link #encode}'s work past the ASCII prefix: encodes units of {@code s} from
   * {@code from} into {@code dst} from {@code start}, and returns where it stopped, the unit index
   * in the high 32 bits and the byte position in the low 32. The plain loop finishes from there.
   *
   * <p>Each character gets the bytes the plain loop gives it (the same four cases, the same
   * formulas), but a character of the BMP is written with one 4-byte store of its 1, 2 or 3 bytes
   * followed by filler, its length taken from {@link #EXTRA} and its bytes picked by a select
   * rather than by the plain loop's chain of branches and byte stores (the classes of characters
   * in mixed text are unpredictable, so those branches mispredict); the position then advances by
   * its real length. Surrogates, rarer, take a branch. Why the result is the plain loop's:
   *
   * <ul>
   *   <li>Room: a character is only encoded here while at least {@link #STORE_ROOM} (13) bytes
   *       are left, more than any character needs, so the plain loop would have written it too;
   *       and every store stays inside {@code [pos, limit)}.
   *   <li>Filler: a store leaves at most 3 filler bytes past the new position (a pair's store
   *       leaves none). A unit is only encoded here while at least 3 more units follow it in
   *       {@code s}; the characters they start give at least 3 bytes (1 or more per unit), and
   *       they will be written, here or by the plain loop, since after this character at least
   *       10 bytes of room are left and they need at most 10 (3 bytes per unit, or 4 for a pair
   *       that the third unit starts with a fourth). So every filler byte is overwritten before
   *       {@link #encode} returns, and nothing past the returned count is left changed.
   * </ul>
   */
  private static long storeEach(String s, int from, byte[] dst, int start, int limit, char[] buf) {
    int n = s.length();
    int i = from;
    int pos = start;
    while (n - i > 3 && limit - pos >= STORE_ROOM) {
      int m = Math.min(CHUNK, n - i);
      s.getChars(i, i + m, buf, 0);
      // The unit after the chunk, for a pair that straddles it (n - i > 3, so it exists unless m
      // reached the end of s).
      buf[m] = i + m < n ? s.charAt(i + m) : 0;
      int units = Math.min(m, n - i - 3); // leave at least 3 units after the last one done here
      int k = 0;
      while (k < units && limit - pos >= STORE_ROOM) {
        int c = buf[k];
        if (!Character.isSurrogate((char) c)) {
          // 1, 2 or 3 bytes, the plain loop's: extra is 0 below U+0080, 1 below U+0800, else 2.
          int extra = EXTRA[c >>> 7];
          int two = (0xC0 | (c >>> 6)) | ((0x80 | (c & 0x3F)) << 8);
          int three =
              (0xE0 | (c >>> 12))
                  | ((0x80 | ((c >>> 6) & 0x3F)) << 8)
                  | ((0x80 | (c & 0x3F)) << 16);
          INT_LE.set(dst, pos, extra == 0 ? c : extra == 1 ? two : three);
          pos += 1 + extra;
          k++;
        } else if (Character.isHighSurrogate((char) c) && Character.isLowSurrogate(buf[k + 1])) {
          // buf[k + 1] is a real unit: k < units <= n - i - 3.
          int cp = Character.toCodePoint((char) c, buf[k + 1]);
          int four =
              (0xF0 | (cp >>> 18))
                  | ((0x80 | ((cp >>> 12) & 0x3F)) << 8)
                  | ((0x80 | ((cp >>> 6) & 0x3F)) << 16)
                  | ((0x80 | (cp & 0x3F)) << 24);
          INT_LE.set(dst, pos, four);
          pos += 4;
          k += 2;
        } else {
          INT_LE.set(dst, pos, 0xBD_BF_EF); // EF BF BD, U+FFFD, for a lone surrogate
          pos += 3;
          k++;
        }
      }
      i += k;
      if (k < units) {
        break; // the room fell under STORE_ROOM
      }
    }
    return ((long) i << 32) | pos;
  }

  /**
   * Copies the low 8 bits of units {@code [0, count)} of {@code s} to {@code dst[offset...]}.
   * {@code String.getBytes(int, int, byte[], int)} is deprecated because it drops the high bits;
   * that is exactly what is wanted here, for units already known to be below U+0080, and it is a
   * plain array copy when the JDK stores the string as Latin-1 (as it does for any ASCII text).
   */
  @SuppressWarnings("deprecation")
  private static void copyLowBytes(String s, int count, byte[] dst, int offset) {
    s.getBytes(0, count, dst, offset);
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
  @Override
  public String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    // Fast path: the JDK's decoder (intrinsics for ASCII runs, a tight loop for the rest), whose
    // result is kept only if it contains no U+FFFD. That proves it is Node's:
    // - The JDK replaces every malformed sequence with U+FFFD (String(byte[], Charset) "always
    //   replaces malformed-input and unmappable-character sequences"), and its UTF-8 is the strict
    //   one of RFC 3629/Unicode: overlong forms, encoded surrogates, values above U+10FFFF, stray
    //   continuation bytes and truncated sequences are all malformed for it, as for WHATWG.
    // - So a result without U+FFFD means the input was well-formed UTF-8, and a well-formed
    //   input has exactly one decoding, the same for every conforming decoder, WHATWG's included
    //   (4-byte sequences as surrogate pairs, a BOM kept: the String constructor strips nothing).
    // A result with U+FFFD (ill-formed input, or an input that encodes U+FFFD itself) is thrown
    // away and the input decoded again by decodeExact, which replaces as Node does; such input
    // costs both decoders' time.
    // indexOf on a result stored as Latin-1 (any ASCII or Latin-1 text) answers without a scan.
    String fast = new String(src, offset, length, StandardCharsets.UTF_8);
    if (fast.indexOf(REPLACEMENT) < 0) {
      return fast;
    }
    return decodeExact(src, offset, length);
  }

  /**
   * {@link #decode} by WHATWG's rules, one sequence at a time: for input not proven well-formed.
   */
  private static String decodeExact(byte[] src, int offset, int length) {
    int end = offset + length;
    // Each byte yields at most one code unit (a 4-byte sequence yields 2), so length is enough.
    char[] out = new char[length];
    int n = 0;
    int i = offset;
    while (i < end) {
      int b = src[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      // One U+FFFD per maximal ill-formed subsequence; the byte after it starts the next sequence.
      int step = Validation.step(src, i, end);
      if (step < 0) {
        out[n++] = REPLACEMENT;
        i -= step;
        continue;
      }
      int cp = step & Validation.CODE_POINT_MASK;
      if (cp >= 0x10000) {
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      } else {
        out[n++] = (char) cp;
      }
      i += step >>> Validation.LENGTH_SHIFT;
    }
    return new String(out, 0, n);
  }
}
