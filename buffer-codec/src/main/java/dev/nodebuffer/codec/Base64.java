package dev.nodebuffer.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * Base64 and base64url exactly as Node 22's {@code Buffer} does them ({@code 'base64'}, {@code
 * 'base64url'}), one constant each: {@link #STANDARD} is {@link Encoding#BASE64}'s codec and {@link
 * #URL} is {@link Encoding#BASE64URL}'s.
 *
 * <p>Bytes to text ({@link #decode}): {@link #STANDARD} writes the standard alphabet ({@code A-Z
 * a-z 0-9 + /}) padded with {@code '='} to a multiple of 4 characters; {@link #URL} writes the url
 * alphabet ({@code - _} for 62 and 63) without padding. Both are RFC 4648 encodings with no line
 * breaks.
 *
 * <p>Text to bytes ({@link #encode}) is one lenient decoder that Node uses for <em>both</em> names
 * (so both constants do the same), and that never fails:
 *
 * <ol>
 *   <li>Each UTF-16 code unit is first reduced to its low 8 bits: U+0141 {@code 'Ł'} acts as
 *       {@code 'A'}, and U+013D {@code 'Ľ'} acts as {@code '='}.
 *   <li>Digits: {@code A-Z} are 0-25, {@code a-z} 26-51, {@code 0-9} 52-61, {@code '+'} and {@code
 *       '-'} both 62, {@code '/'} and {@code '_'} both 63, so the two alphabets can even be mixed.
 *   <li>A unit that is not a digit is skipped (whitespace, {@code '*'}, {@code 'é'}), except
 *       {@code '='}, which ends the input wherever it appears: {@code "QQ==QUJD"} gives {@code
 *       41}.
 *   <li>Every 4 digits make 3 bytes, and each byte is emitted as soon as its bits are complete: 2
 *       digits give 1 byte, 3 digits 2 bytes. A single leftover digit gives nothing. Padding is
 *       never required, and extra or missing {@code '='} at the end changes nothing.
 *   <li>Decoding also stops when the destination range is full.
 * </ol>
 *
 * <p>{@link #byteLength} is Node's estimate from the string length, an upper bound of what {@link
 * #encode} produces and exact for canonical input.
 *
 * <p>The JDK's {@link java.util.Base64} is used where it is provably identical: its encoders for
 * bytes to text, and its strict decoders only as a fast path, chunk by chunk, for text they
 * accept, which is canonical text that Node's lenient decoder reads the same way (see {@link
 * #encode}). The strict
 * decoders alone would reject much that Node accepts ({@code "QQ==QUJD"}, {@code "QU JD"}, mixed
 * alphabets, a lone trailing digit).
 */
enum Base64 implements Codec {
  /** {@code 'base64'}: text in the standard alphabet, padded. */
  STANDARD(java.util.Base64.getEncoder()),

  /** {@code 'base64url'}: text in the url alphabet, not padded. */
  URL(java.util.Base64.getUrlEncoder().withoutPadding());

  /** The value 0..63 of each low byte that is a digit of either alphabet, else -1. */
  private static final byte[] DIGIT = new byte[256];

  /**
   * Below this length the strict fast path of {@link #encode} is not tried: for short strings the
   * lenient loop is quick anyway, while a rejected chunk costs up to two exceptions.
   */
  private static final int STRICT_MIN_LENGTH = 4096;

  /**
   * The units per chunk of the strict fast path of {@link #encode}, a multiple of 4: small enough
   * for the chunk, its bytes and the scratch array to stay in the CPU's caches, large enough for
   * the JDK's vectorised decoding to pay off.
   */
  private static final int CHUNK = 4096;

  /**
   * Input bytes per step of {@link #encodeWith}: a multiple of 3, and small enough for both step
   * arrays to stay in the CPU's first-level cache (1.5, 12 and 48 KiB were slower).
   */
  private static final int RANGE_STEP = 3 * 1024;

  private static final java.util.Base64.Decoder STRICT = java.util.Base64.getDecoder();
  private static final java.util.Base64.Decoder STRICT_URL = java.util.Base64.getUrlDecoder();

  static {
    Arrays.fill(DIGIT, (byte) -1);
    String standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int v = 0; v < 64; v++) {
      DIGIT[standard.charAt(v)] = (byte) v;
    }
    DIGIT['-'] = 62;
    DIGIT['_'] = 63;
  }

  /** The JDK's encoder for this constant's text: its alphabet, and padding or none. */
  @SuppressWarnings("ImmutableEnumChecker") // immutable and thread-safe, per its Javadoc
  private final java.util.Base64.Encoder textEncoder;

  Base64(java.util.Base64.Encoder textEncoder) {
    this.textEncoder = textEncoder;
  }

  /**
   * Returns Node's {@code Buffer.byteLength(s, 'base64')} (the same for {@code 'base64url'}), an
   * estimate from the length alone. Let {@code n = s.length()}; if the last unit is {@code '='}
   * (exactly U+003D, not merely a unit whose low byte is 0x3D), {@code n} drops by one, and then,
   * if {@code n > 1} and the unit at the new end is {@code '='}, by one more. The result is {@code
   * (n * 3) >>> 2}.
   *
   * <p>Whitespace and junk are counted, so this over-estimates: {@code "a b c d"} gives 5, {@code
   * "===="} gives 1. It is never below what {@link #encode} produces with room to spare, and it is
   * exact for canonical input (digits, then the right padding or none).
   *
   * <p>{@code n * 3} is computed without overflow. Node computes it in 32 bits, which no
   * JavaScript string is long enough to overflow (they stop at 2^29 - 24 units); Java strings can
   * be longer, and get the true value.
   */
  @Override
  public int byteLength(String s) {
    int n = s.length();
    if (n > 0 && s.charAt(n - 1) == '=') {
      n--;
    }
    if (n > 1 && s.charAt(n - 1) == '=') {
      n--;
    }
    return (int) ((n * 3L) >>> 2);
  }

  /**
   * Decodes the base64 or base64url text {@code s} into {@code dst[offset, offset + length)} as
   * Node's {@code buf.write(s, offset, length, 'base64')} (or {@code 'base64url'}, the same
   * decoder) does, and returns the number of bytes written. The rules are in the class comment:
   * low 8 bits of each unit, both alphabets, non-digits skipped, {@code '='} stops, bytes emitted
   * as soon as complete, a lone leftover digit gives nothing. Writing stops when the range is full:
   * {@code "QUJDRA=="} into 2 bytes writes {@code 41 42}. Bytes of {@code dst} past the returned
   * count are not touched.
   *
   * <p>Fast path, for strings of at least {@value #STRICT_MIN_LENGTH} units: the text is cut into
   * chunks of {@value #CHUNK} units, and the low bytes of each chunk (exactly what Node reads, rule
   * 1) go to the JDK's strict decoder for the alphabet that worked last, else to the other one. A
   * strict decoder accepts only canonical text: digits of its alphabet, then, if their count
   * leaves a remainder of 2 or 3 modulo 4, optionally exactly the 2 or 1 {@code '='} that complete
   * the last group. So:
   *
   * <ul>
   *   <li>A chunk with more text after it is taken only if it decodes to exactly {@code CHUNK / 4
   *       * 3} bytes, which happens only when all its units are digits of one alphabet: no {@code
   *       '='}, nothing skipped. Node reads those digits as whole groups into the same bytes, and
   *       meets the next chunk at the start of a group, as the strict decoder does.
   *   <li>The last chunk is taken if the strict decoder accepts it: canonical text, which Node
   *       reads into the same bytes (neither checks the unused low bits of a final partial group),
   *       stopping at the padding where the text ends anyway.
   *   <li>A chunk is taken only if its bytes fit the room left. It is decoded into a scratch array
   *       first, because the JDK does not say what a decoder that throws has written.
   * </ul>
   *
   * <p>At the first chunk not taken, the lenient loop takes over from that chunk's first unit,
   * keeping the bytes written so far: every chunk taken ended at a group boundary, so the lenient
   * loop starts exactly where Node's loop stands. Either way the result is Node's, and a text that
   * is not canonical costs at most one rejected chunk and two exceptions.
   *
   * @return the number of bytes written, {@code 0 <= n <= length}
   * @throws IndexOutOfBoundsException if the range is not inside {@code dst} (checked before any
   *     byte is written)
   */
  @Override
  public int encode(String s, byte[] dst, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, dst.length);
    int n = s.length();
    int end = offset + length;
    int i = 0;
    int p = offset;
    if (n >= STRICT_MIN_LENGTH) {
      byte[] low = new byte[CHUNK];
      byte[] out = new byte[CHUNK / 4 * 3];
      java.util.Base64.Decoder first = STRICT;
      while (true) {
        int units = Math.min(n - i, CHUNK);
        boolean last = i + units == n;
        byte[] text = units == CHUNK ? low : new byte[units];
        lowBytes(s, i, i + units, text);
        int got = -1;
        try {
          got = first.decode(text, out);
        } catch (IllegalArgumentException notFirst) {
          java.util.Base64.Decoder second = first == STRICT ? STRICT_URL : STRICT;
          try {
            got = second.decode(text, out);
            first = second; // the text seems to use this alphabet: try it first from now on
          } catch (IllegalArgumentException notSecond) {
            // not canonical in either alphabet: the lenient loop takes over below
          }
        }
        if ((last ? got < 0 : got != out.length) || got > end - p) {
          break;
        }
        System.arraycopy(out, 0, dst, p, got);
        p += got;
        i += units;
        if (last) {
          return p - offset;
        }
      }
    }
    return lenientDecode(s, i, dst, p, end) - offset;
  }

  /** The low 8 bits of {@code s[from, to)}, into {@code dst} from index 0. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exactly the low 8 bits
  private static void lowBytes(String s, int from, int to, byte[] dst) {
    s.getBytes(from, to, dst, 0);
  }

  /**
   * Node's lenient decoder (see the class comment), from unit {@code i} of {@code s}, which starts
   * a group, into {@code dst[p, end)}; returns the index after the last byte written.
   */
  private static int lenientDecode(String s, int i, byte[] dst, int p, int end) {
    int n = s.length();
    while (true) {
      // Whole groups while the next 4 units are all digits and their 3 bytes fit: the common
      // case, one table lookup per unit and no per-unit branching.
      while (i <= n - 4 && end - p >= 3) {
        int a = DIGIT[s.charAt(i) & 0xFF];
        int b = DIGIT[s.charAt(i + 1) & 0xFF];
        int c = DIGIT[s.charAt(i + 2) & 0xFF];
        int d = DIGIT[s.charAt(i + 3) & 0xFF];
        if ((a | b | c | d) < 0) {
          break;
        }
        int v = (a << 18) | (b << 12) | (c << 6) | d;
        dst[p] = (byte) (v >>> 16);
        dst[p + 1] = (byte) (v >>> 8);
        dst[p + 2] = (byte) v;
        p += 3;
        i += 4;
      }
      // One group a unit at a time, exactly as the rules say: skip non-digits, stop at '=', at
      // the end of the text, or when a byte is complete but the range is full. Group boundaries
      // count digits, not units, so the whole-group loop can resume right after this one.
      int bits = 0;
      int digits = 0;
      while (digits < 4) {
        if (i == n) {
          return p; // 0 or 1 digits pending: a lone digit makes no byte
        }
        int u = s.charAt(i++) & 0xFF;
        int v = DIGIT[u];
        if (v < 0) {
          if (u == '=') {
            return p;
          }
          continue;
        }
        bits = (bits << 6) | v;
        digits++;
        if (digits >= 2) {
          if (p == end) {
            return p;
          }
          // 2 digits hold 12 bits, the byte is bits 11..4; 3 digits: 17..2; 4 digits: 7..0.
          dst[p++] = (byte) (bits >>> (8 - 2 * digits));
        }
      }
    }
  }

  /**
   * Encodes {@code src[offset, offset + length)} as base64 text, as Node's {@code
   * buf.toString('base64', start, end)} does with {@link #STANDARD} and {@code
   * buf.toString('base64url', start, end)} with {@link #URL}. This is exactly the JDK's encoder for
   * each, which is used:
   *
   * <ul>
   *   <li>{@link #STANDARD}: the basic encoder (RFC 4648 section 4, no line breaks), {@code '='}
   *       padded: {@code [0xfb, 0xef, 0xff]} gives {@code "++//"}, {@code [0x41]} gives {@code
   *       "QQ=="}.
   *   <li>{@link #URL}: the url encoder without padding (RFC 4648 section 5): {@code [0xfb, 0xff]}
   *       gives {@code "-_8"}, {@code [0x01]} gives {@code "AQ"}.
   * </ul>
   *
   * <p>No bytes give {@code ""}.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code src}
   * @throws OutOfMemoryError if the text is longer than a Java array can be (over about 1.5 GiB
   *     of input; Node already refuses results over 2^29 - 24 characters with {@code
   *     ERR_STRING_TOO_LONG}, a check that belongs to the caller)
   */
  @Override
  public String decode(byte[] src, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, src.length);
    int rest = length % 3;
    // A final group of 1 or 2 bytes is 4 characters with padding, 2 or 3 without.
    int lastGroup = this == STANDARD ? 4 : rest + 1;
    return encodeWith(textEncoder, src, offset, length, textLength(length / 3 * 4L, rest, lastGroup));
  }

  /**
   * The length of the text: {@code whole} characters for the whole groups, plus {@code last} for
   * a final group of {@code rest} (1 or 2) bytes.
   */
  private static int textLength(long whole, int rest, int last) {
    long n = whole + (rest == 0 ? 0 : last);
    if (n > Integer.MAX_VALUE) {
      throw new OutOfMemoryError("Base64 text of " + n + " characters does not fit an array");
    }
    return (int) n;
  }

  /**
   * Encodes the range with {@code encoder} into the shared {@link Latin1Scratch} array and copies
   * that into the string: one write of fresh memory, where the JDK's {@code encodeToString} makes
   * two (a fresh array, then the string's copy of it).
   *
   * <p>The range goes to the JDK in steps of {@value #RANGE_STEP} bytes, through two small arrays,
   * even when it is a whole array. First because the JDK encodes only whole arrays, into the start
   * of the destination. Second because its vectorised encoding starts only when the JIT has
   * compiled the method that calls it, after some thousands of calls: one call per MiB ran 10
   * times slower for the first 6,500 calls (7 s), where steps of 3 KiB make about 340 calls per MiB
   * and are fast within the first 500 MiB-sized calls; once both are fast, the steps cost about 20
   * us per MiB more (JDK 25, measured). {@value #RANGE_STEP} is a multiple of 3, so no step but the
   * last ends in a partial group, and the steps' texts joined are the range's text.
   */
  private static String encodeWith(
      java.util.Base64.Encoder encoder, byte[] src, int offset, int length, int textLength) {
    byte[] text = Latin1Scratch.take(textLength);
    int from = offset;
    int end = offset + length;
    int p = 0;
    if (end - from > RANGE_STEP) {
      byte[] step = new byte[RANGE_STEP];
      byte[] stepText = new byte[RANGE_STEP / 3 * 4];
      do {
        System.arraycopy(src, from, step, 0, RANGE_STEP);
        encoder.encode(step, stepText);
        System.arraycopy(stepText, 0, text, p, stepText.length);
        from += RANGE_STEP;
        p += stepText.length;
      } while (end - from > RANGE_STEP);
    }
    byte[] last = from == 0 && end == src.length ? src : Arrays.copyOfRange(src, from, end);
    if (p == 0) {
      encoder.encode(last, text);
    } else {
      byte[] lastText = encoder.encode(last);
      System.arraycopy(lastText, 0, text, p, lastText.length);
    }
    return Latin1Scratch.toStringAndGiveBack(text, textLength);
  }
}
