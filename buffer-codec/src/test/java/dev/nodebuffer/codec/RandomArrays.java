package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * The random-array helpers of {@code buffer-testkit/src/main/node/recording.js} ({@code
 * randomLength}, {@code randomArray}), for the Java twins of the recording scripts: same PRNG
 * draws in the same order.
 */
final class RandomArrays {

  private RandomArrays() {}

  /**
   * A random length: below {@code shortBound} {@code shortPercent}% of the time, else below {@code
   * medium} up to {@code mediumPercent}%, else {@code medium} plus below {@code longBound}.
   */
  static int randomLength(
      Rng r, int shortPercent, int shortBound, int mediumPercent, int medium, int longBound) {
    int k = r.nextInt(100);
    return k < shortPercent
        ? r.nextInt(shortBound)
        : k < mediumPercent ? r.nextInt(medium) : medium + r.nextInt(longBound);
  }

  /** {@code randomArray} of bytes: see {@link #fill}. */
  static byte[] randomBytes(
      Rng r, int target, int heavyAbove, Consumer<ByteArrayOutputStream> push) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fill(r, target, heavyAbove, out::size, out::write, () -> push.accept(out));
    return out.toByteArray();
  }

  /** {@code randomArray} of UTF-16 code units: see {@link #fill}. */
  static String randomUnits(Rng r, int target, int heavyAbove, Consumer<StringBuilder> push) {
    StringBuilder out = new StringBuilder();
    fill(r, target, heavyAbove, out::length, u -> out.append((char) u), () -> push.accept(out));
    return out.toString();
  }

  /**
   * Steps until there are at least {@code target} values, each step {@code push}; but a long array
   * ({@code target} above {@code heavyAbove}) is, half the time, mostly ASCII: each step then adds
   * one ASCII value instead, 63 times in 64.
   */
  private static void fill(
      Rng r, int target, int heavyAbove, IntSupplier size, IntConsumer add, Runnable push) {
    boolean asciiHeavy = target > heavyAbove && r.nextInt(2) == 0;
    while (size.getAsInt() < target) {
      if (asciiHeavy && r.nextInt(64) != 0) {
        add.accept(r.nextInt(0x80));
      } else {
        push.run();
      }
    }
  }
}
