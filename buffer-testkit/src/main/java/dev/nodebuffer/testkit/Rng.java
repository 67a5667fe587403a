package dev.nodebuffer.testkit;

/**
 * The recording scripts' seeded generator, mulberry32, in Java: {@code Rng} of {@code
 * buffer-testkit/src/main/node/recording.js}, step for step. The script keeps every step in 32
 * bits ({@code | 0}, {@code Math.imul}); Java's wrapping int arithmetic does the same, so a seed
 * gives the same sequence on both sides, and generated inputs need not be stored.
 */
public final class Rng {

  /**
   * The seed of the {@code rng} line of a digest recording: four outputs of {@code new
   * Rng(CHECK_SEED)}, which {@link DigestRecording#assertRecordedByNode22WithTheJavaRng} draws
   * again here.
   */
  public static final int CHECK_SEED = 0x12345678;

  private int a;

  public Rng(int seed) {
    a = seed;
  }

  /** The next output, 32 bits (the script's unsigned value is {@code Integer.toUnsignedLong}). */
  public int next() {
    a += 0x6D2B79F5;
    int t = a;
    t = (t ^ (t >>> 15)) * (t | 1);
    t ^= t + (t ^ (t >>> 7)) * (t | 61);
    return t ^ (t >>> 14);
  }

  /**
   * {@code 0 <= result < n}, as the script's {@code int(n)}: {@code Math.floor(next() * n /
   * 2**32)}, exact for {@code n <= 2**21}.
   */
  public int nextInt(int n) {
    return (int) (((next() & 0xFFFFFFFFL) * n) >>> 32);
  }
}
