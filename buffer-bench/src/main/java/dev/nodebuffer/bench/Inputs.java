package dev.nodebuffer.bench;

import java.util.Locale;

/**
 * The workloads' inputs, generated from a fixed seed exactly as {@code node/bench.js} generates
 * them: the two generators are written line for line alike, and {@link #main} prints the same
 * fingerprints as {@code node bench.js --inputs}, which {@code scripts/bench} compares.
 */
public final class Inputs {

  /** The seed of every generated input, on both sides. */
  public static final int SEED = 0x2545F491;

  private Inputs() {}

  /**
   * {@code length} printable ASCII characters (U+0020..U+007E) drawn with xorshift32 from {@code
   * seed}.
   */
  public static String ascii(int length, int seed) {
    char[] out = new char[length];
    int s = seed;
    for (int i = 0; i < length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out[i] = (char) (0x20 + ((s >>> 8) % 95));
    }
    return new String(out);
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

  /** Prints {@code input-id length fingerprint} per generated input, as {@code bench.js --inputs}. */
  public static void main(String[] args) {
    String ascii1k = ascii(1024, SEED);
    System.out.println("ascii-1k " + ascii1k.length() + " " + fingerprint(ascii1k));
  }
}
