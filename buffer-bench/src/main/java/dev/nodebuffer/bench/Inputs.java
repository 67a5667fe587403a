package dev.nodebuffer.bench;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The workloads' inputs, generated from a fixed seed exactly as {@code node/bench.js} generates
 * them: the generators are written line for line alike, and {@link #main} prints the same
 * fingerprints as {@code node bench.js --inputs}, which {@code scripts/bench} compares.
 *
 * <p>Nothing here uses the port: the inputs are built from plain Java (and, for the base64 and hex
 * texts, from {@link Base64} and {@link HexFormat}, whose output for these bytes is Node's: the
 * standard alphabet with {@code =} padding, lower-case hex), so that a bug in the port cannot make
 * both sides agree on a wrong input.
 */
public final class Inputs {

  /** The seed of every generated input, on both sides. */
  public static final int SEED = 0x2545F491;

  /** 1 KiB and 1 MiB, the workloads' sizes. */
  public static final int K = 1024;

  public static final int M = 1024 * 1024;

  private Inputs() {}

  /** xorshift32: the state advances by one step per {@link #next()}, as bench.js's {@code rng}. */
  static final class Rng {
    private int s;

    Rng(int seed) {
      s = seed;
    }

    int next() {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return s;
    }
  }

  /**
   * {@code length} printable ASCII characters (U+0020..U+007E) drawn with xorshift32 from {@code
   * seed}.
   */
  public static String ascii(int length, int seed) {
    char[] out = new char[length];
    Rng r = new Rng(seed);
    for (int i = 0; i < length; i++) {
      out[i] = (char) (0x20 + ((r.next() >>> 8) % 95));
    }
    return new String(out);
  }

  /**
   * One code point of the mixed text: half printable ASCII (1 UTF-8 byte), 1/8 Latin-1
   * U+00A0..U+00FF (2 bytes), 1/4 CJK U+4E00..U+9FFF (3 bytes), 1/8 emoji U+1F300..U+1F64F (4
   * bytes, a surrogate pair in UTF-16). On average 2 UTF-8 bytes per code point, 1.125 UTF-16
   * units.
   */
  static int mixedCodePoint(Rng r) {
    int k = (r.next() >>> 8) % 16;
    int v = r.next() >>> 8;
    if (k < 8) {
      return 0x20 + v % 95;
    }
    if (k < 10) {
      return 0xA0 + v % 0x60;
    }
    if (k < 14) {
      return 0x4E00 + v % 0x5200;
    }
    return 0x1F300 + v % 0x350;
  }

  /**
   * {@code length} UTF-16 code units of mixed text (see {@link #mixedCodePoint}), well-formed: an
   * emoji drawn for the last unit, where its pair would not fit, is replaced by {@code 'x'}.
   */
  public static String mixed(int length, int seed) {
    StringBuilder out = new StringBuilder(length);
    Rng r = new Rng(seed);
    while (out.length() < length) {
      int cp = mixedCodePoint(r);
      if (cp >= 0x10000 && out.length() + 2 > length) {
        cp = 0x78;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * {@code length} bytes of valid UTF-8 for mixed text (see {@link #mixedCodePoint}), encoded here
   * by hand: a character drawn where its bytes would not fit before the end is replaced by {@code
   * 'x'}. Kept line for line as bench.js's {@code mixedUtf8}, its twin, so that the two are seen to
   * generate the same bytes (which the fingerprints then check).
   */
  public static byte[] mixedUtf8(int length, int seed) {
    byte[] out = new byte[length];
    Rng r = new Rng(seed);
    int pos = 0;
    while (pos < length) {
      int cp = mixedCodePoint(r);
      int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (pos + n > length) {
        cp = 0x78;
        n = 1;
      }
      if (n == 1) {
        out[pos++] = (byte) cp;
      } else if (n == 2) {
        out[pos++] = (byte) (0xC0 | (cp >> 6));
        out[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else if (n == 3) {
        out[pos++] = (byte) (0xE0 | (cp >> 12));
        out[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[pos++] = (byte) (0xF0 | (cp >> 18));
        out[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[pos++] = (byte) (0x80 | (cp & 0x3F));
      }
    }
    return out;
  }

  /** {@code length} random bytes: the top 8 bits of each xorshift32 step. */
  public static byte[] randomBytes(int length, int seed) {
    byte[] out = new byte[length];
    Rng r = new Rng(seed);
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (r.next() >>> 24);
    }
    return out;
  }

  /**
   * indexof-byte-1m's haystack: {@code bytes} (random-1m) with every {@code 0xFE} byte replaced by
   * {@code 0x00}, so that {@code indexOf(0xFE)} scans it all and finds nothing.
   */
  public static byte[] withoutFe(byte[] bytes) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == (byte) 0xFE) {
        out[i] = 0x00;
      }
    }
    return out;
  }

  /** indexof-needle-1m's needle: the last {@code length} bytes of {@code bytes} (random-1m). */
  public static byte[] tail(byte[] bytes, int length) {
    return Arrays.copyOfRange(bytes, bytes.length - length, bytes.length);
  }

  /**
   * compare-1m's second operand: {@code bytes} (random-1m) with the lowest bit of its last byte
   * flipped, so that the two differ in the last byte only.
   */
  public static byte[] lastByteFlipped(byte[] bytes) {
    byte[] out = bytes.clone();
    out[out.length - 1] ^= 0x01;
    return out;
  }

  /**
   * read-double-1m's input: {@code length / 8} little-endian doubles, each {@code (xorshift32 >>>
   * 8) / 2^24} (in [0, 1), exact in a double), so that their sum in any order is exact.
   */
  public static byte[] doubles(int length, int seed) {
    byte[] out = new byte[length];
    Rng r = new Rng(seed);
    for (int i = 0; i + 8 <= length; i += 8) {
      long bits = Double.doubleToRawLongBits((r.next() >>> 8) / 16777216.0);
      for (int k = 0; k < 8; k++) {
        out[i + k] = (byte) (bits >>> (8 * k));
      }
    }
    return out;
  }

  /**
   * write-u32le-1m's value for the offset {@code i}: {@code i * 0x9E3779B1} modulo 2^32 (Node:
   * {@code Math.imul(i, 0x9E3779B1) >>> 0}), so that the values cover the whole uint32 range.
   */
  public static long u32Value(int i) {
    return (i * 0x9E3779B1) & 0xFFFFFFFFL;
  }

  /** What write-u32le-1m leaves in a buffer of {@code length} bytes, written here byte by byte. */
  public static byte[] u32leWritten(int length) {
    byte[] out = new byte[length];
    for (int i = 0; i + 4 <= length; i += 4) {
      long v = u32Value(i);
      out[i] = (byte) v;
      out[i + 1] = (byte) (v >>> 8);
      out[i + 2] = (byte) (v >>> 16);
      out[i + 3] = (byte) (v >>> 24);
    }
    return out;
  }

  /**
   * concat-100x1k's input: copies of the first {@code count} consecutive {@code size}-byte pieces
   * of {@code bytes} (random-1m).
   */
  public static byte[][] pieces(byte[] bytes, int count, int size) {
    byte[][] out = new byte[count][];
    for (int i = 0; i < count; i++) {
      out[i] = Arrays.copyOfRange(bytes, i * size, (i + 1) * size);
    }
    return out;
  }

  /** Node's {@code buf.toString('base64')} of {@code bytes}: standard alphabet, padded. */
  public static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Node's {@code buf.toString('hex')} of {@code bytes}: lower case, 2 digits per byte. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** FNV-1a (32 bits) over the UTF-16 code units of {@code s}, as 8 hex digits. */
  public static String fingerprint(String s) {
    int h = 0x811C9DC5;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x01000193;
    }
    return String.format(Locale.ROOT, "%08x", h);
  }

  /** FNV-1a (32 bits) over {@code bytes} (each 0..255), as 8 hex digits. */
  public static String fingerprint(byte[] bytes) {
    int h = 0x811C9DC5;
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= 0x01000193;
    }
    return String.format(Locale.ROOT, "%08x", h);
  }

  /** Prints {@code input-id length fingerprint} per input, as {@code bench.js --inputs} does. */
  public static void main(String[] args) {
    String ascii1k = ascii(K, SEED);
    String mixed1k = mixed(K, SEED);
    byte[] mixedUtf8 = mixedUtf8(M, SEED);
    byte[] random = randomBytes(M, SEED);
    String base64 = base64(random);
    String hex = hex(random);
    System.out.println("ascii-1k " + ascii1k.length() + " " + fingerprint(ascii1k));
    System.out.println("mixed-1k " + mixed1k.length() + " " + fingerprint(mixed1k));
    System.out.println("mixed-utf8-1m " + mixedUtf8.length + " " + fingerprint(mixedUtf8));
    System.out.println("random-1m " + random.length + " " + fingerprint(random));
    System.out.println("base64-1m " + base64.length() + " " + fingerprint(base64));
    System.out.println("hex-1m " + hex.length() + " " + fingerprint(hex));
    byte[] noFe = withoutFe(random);
    byte[] needle = tail(random, 16);
    byte[] flipped = lastByteFlipped(random);
    byte[] doubles = doubles(M, SEED);
    byte[] u32le = u32leWritten(M);
    System.out.println("random-1m-no-fe " + noFe.length + " " + fingerprint(noFe));
    System.out.println("needle-16 " + needle.length + " " + fingerprint(needle));
    System.out.println("random-1m-last-flipped " + flipped.length + " " + fingerprint(flipped));
    System.out.println("doubles-1m " + doubles.length + " " + fingerprint(doubles));
    System.out.println("u32le-written-1m " + u32le.length + " " + fingerprint(u32le));
  }
}
