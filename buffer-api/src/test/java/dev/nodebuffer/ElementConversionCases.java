package dev.nodebuffer;

import dev.nodebuffer.testkit.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Java twin of the case generators of {@code src/test/node/record-elements.js}, and the input
 * lines both sides write. Everything here must stay in step with the script: the same families in
 * the same order, the same {@link Rng} seeds and draws in the same order, the same arithmetic (IEEE
 * 754 doubles round alike in Java and JavaScript; powers of two are built from their bits), the
 * same text. A drift shows up as an input-digest mismatch in {@link
 * ElementConversionNodeRecordingTest}, not as a conversion failure.
 *
 * <p>It knows nothing of the typed arrays: it hands each case, as bits, a {@link BigInteger} or
 * bytes, to a {@link Sink}.
 */
final class ElementConversionCases {

  private ElementConversionCases() {}

  /** Receives the cases of a family, in order. */
  interface Sink {
    /** {@code a[0] = x} for a Number kind, {@code x} given as its bits. */
    void storeNumber(Kind kind, long bits);

    /** {@code a[0] = x} for a BigInt kind. */
    void storeBigInt(Kind kind, BigInteger x);

    /** {@code a[0]} of a one-element array over {@code bytes}. */
    void read(Kind kind, byte[] bytes);

    /** The copies of one NaN element of a Float64Array (64 bits) or a Float32Array (32 bits). */
    void nan(boolean float64, long bits);
  }

  /** The eleven kinds, in the script's order (a kind's seeds are a base plus its ordinal). */
  enum Kind {
    INT8("Int8Array", 1),
    UINT8("Uint8Array", 1),
    UINT8_CLAMPED("Uint8ClampedArray", 1),
    INT16("Int16Array", 2),
    UINT16("Uint16Array", 2),
    INT32("Int32Array", 4),
    UINT32("Uint32Array", 4),
    FLOAT32("Float32Array", 4),
    FLOAT64("Float64Array", 8),
    BIGINT64("BigInt64Array", 8),
    BIGUINT64("BigUint64Array", 8);

    final String jsName;
    final int width;

    Kind(String jsName, int width) {
      this.jsName = jsName;
      this.width = width;
    }

    boolean isBigInt() {
      return this == BIGINT64 || this == BIGUINT64;
    }

    boolean isFloat() {
      return this == FLOAT32 || this == FLOAT64;
    }
  }

  private static final int STORE_SEED = 0x5E1E0000;
  private static final int READ_SEED = 0x5E1E1000;
  private static final int NAN64_SEED = 0x5E1E2000;
  private static final int NAN32_SEED = 0x5E1E3000;
  private static final int RANDOM_STORES = 3000;
  private static final int RANDOM_READS = 2000;
  private static final int NAN_CASES = 1000;

  static final String NAN64 = "nan/float64";
  static final String NAN32 = "nan/float32";

  /** All families, in the script's order; none is listed (every one is generated). */
  static List<String> families() {
    List<String> names = new ArrayList<>();
    for (Kind k : Kind.values()) {
      names.add(k.jsName + "/store");
    }
    for (Kind k : Kind.values()) {
      names.add(k.jsName + "/read");
    }
    names.add(NAN64);
    names.add(NAN32);
    return names;
  }

  /** Feeds the cases of the named family to {@code sink}, in the script's order. */
  static void generate(String family, Sink sink) {
    if (family.equals(NAN64)) {
      Rng r = new Rng(NAN64_SEED);
      for (int i = 0; i < NAN_CASES; i++) {
        sink.nan(true, randomNaN64(r));
      }
      return;
    }
    if (family.equals(NAN32)) {
      Rng r = new Rng(NAN32_SEED);
      for (int i = 0; i < NAN_CASES; i++) {
        sink.nan(false, Integer.toUnsignedLong(randomNaN32(r)));
      }
      return;
    }
    int slash = family.indexOf('/');
    Kind kind = kindNamed(family.substring(0, slash));
    switch (family.substring(slash + 1)) {
      case "store" -> {
        Rng r = new Rng(STORE_SEED + kind.ordinal());
        if (kind.isBigInt()) {
          for (BigInteger x : bigintEdges()) {
            sink.storeBigInt(kind, x);
          }
          for (int i = 0; i < RANDOM_STORES; i++) {
            sink.storeBigInt(kind, randomBigInt(r));
          }
        } else {
          for (long bits : numberEdges()) {
            sink.storeNumber(kind, bits);
          }
          for (int i = 0; i < RANDOM_STORES; i++) {
            sink.storeNumber(kind, randomNumber(r));
          }
        }
      }
      case "read" -> {
        Rng r = new Rng(READ_SEED + kind.ordinal());
        for (int i = 0; i < RANDOM_READS; i++) {
          sink.read(kind, randomElementBytes(r, kind.width));
        }
      }
      default -> throw new IllegalArgumentException("no family " + family);
    }
  }

  private static Kind kindNamed(String jsName) {
    for (Kind k : Kind.values()) {
      if (k.jsName.equals(jsName)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no kind " + jsName);
  }

  // --- Input lines ------------------------------------------------------------------------------

  static String storeNumberInput(long bits) {
    return "d:" + hex16(bits);
  }

  static String storeBigIntInput(BigInteger x) {
    return "n:" + x;
  }

  static String readInput(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static String nanInput(boolean float64, long bits) {
    return float64 ? hex16(bits) : String.format("%08x", bits);
  }

  static String hex16(long bits) {
    return String.format("%016x", bits);
  }

  // --- The generators (the script's functions of the same names) --------------------------------

  private static double doubleOf(long bits) {
    return Double.longBitsToDouble(bits);
  }

  private static long bitsOf(double d) {
    return Double.doubleToRawLongBits(d);
  }

  private static double floatOf(int bits) {
    return Float.intBitsToFloat(bits);
  }

  private static double pow2(int k) {
    return doubleOf((long) (1023 + k) << 52);
  }

  private static double bitsPlus(double d, long k) {
    return doubleOf(bitsOf(d) + k);
  }

  private static long bitsFrom(int sign, int exponent, int mantissaHigh20, long mantissaLow32) {
    return ((long) sign << 63)
        | ((long) exponent << 52)
        | ((long) mantissaHigh20 << 32)
        | mantissaLow32;
  }

  private static long unsigned(int next) {
    return Integer.toUnsignedLong(next);
  }

  private static final long[] SPECIALS = {
    0x0000000000000000L, 0x8000000000000000L, 0x7ff8000000000000L, 0xfff8000000000000L,
    0x7ff0000000000000L, 0xfff0000000000000L, 0x7fefffffffffffffL, 0xffefffffffffffffL,
    0x0000000000000001L, 0x8000000000000001L, 0x0010000000000000L, 0x000fffffffffffffL,
    0x800fffffffffffffL, 0x7ff0000000000001L, 0x7ff4000000000000L, 0xfff0000000000001L,
    0x7fffffffffffffffL, 0xffffffffffffffffL, 0x7ff8000000000001L, 0x7ff80000e0000000L,
  };

  static List<Long> numberEdges() {
    List<Long> out = new ArrayList<>();
    for (long b : SPECIALS) {
      out.add(b);
    }
    double[] deltas = {-2, -1, -0.5, 0, 0.5, 1, 2};
    for (int k = 0; k <= 90; k++) {
      for (double d : deltas) {
        double x = pow2(k) + d;
        out.add(bitsOf(x));
        out.add(bitsOf(-x));
      }
    }
    for (int k : new int[] {31, 32, 52, 53, 63, 64}) {
      for (int step : new int[] {-2, -1, 1, 2}) {
        double x = bitsPlus(pow2(k), step);
        out.add(bitsOf(x));
        out.add(bitsOf(-x));
      }
    }
    for (int k = -155; k <= 130; k++) {
      if (k > -120 && k < 124) {
        continue;
      }
      for (int step : new int[] {-1, 0, 1}) {
        double x = bitsPlus(pow2(k), step);
        out.add(bitsOf(x));
        out.add(bitsOf(-x));
      }
    }
    for (int n = -260; n <= 260; n++) {
      out.add(bitsOf(n + 0.5));
    }
    for (int n : new int[] {-3, -2, -1, 0, 1, 2, 3, 126, 127, 128, 253, 254, 255, 256}) {
      for (int step : new int[] {-1, 1}) {
        out.add(bitsOf(bitsPlus(n + 0.5, step)));
      }
    }
    double fmax = floatOf(0x7f7fffff);
    double overflow = (fmax + pow2(128)) / 2;
    for (double x : new double[] {fmax, overflow, bitsPlus(overflow, -1), bitsPlus(overflow, 1)}) {
      out.add(bitsOf(x));
      out.add(bitsOf(-x));
    }
    return out;
  }

  static long randomNumber(Rng r) {
    switch (r.nextInt(9)) {
      case 0 -> {
        long hi = unsigned(r.next());
        long lo = unsigned(r.next());
        return (hi << 32) | lo;
      }
      case 1 -> {
        int sign = r.nextInt(2);
        int exponent = r.nextInt(2048);
        int mh = r.nextInt(1 << 20);
        return bitsFrom(sign, exponent, mh, unsigned(r.next()));
      }
      case 2 -> {
        int sign = r.nextInt(2);
        int exponent = 1023 - 4 + r.nextInt(80);
        int mh = r.nextInt(1 << 20);
        return bitsFrom(sign, exponent, mh, unsigned(r.next()));
      }
      case 3 -> {
        int k = r.nextInt(90);
        int delta = r.nextInt(9) - 4;
        double half = r.nextInt(4) == 0 ? 0.5 : 0;
        double x = pow2(k) + delta + half;
        return bitsOf(r.nextInt(2) == 0 ? x : -x);
      }
      case 4 -> {
        int hi = r.nextInt(4);
        long lo = unsigned(r.next());
        int quarter = r.nextInt(4);
        double x = hi * 4294967296.0 + lo + quarter / 4.0;
        return bitsOf(r.nextInt(2) == 0 ? x : -x);
      }
      case 5 -> {
        int n = r.nextInt(2) == 0 ? r.nextInt(600) - 300 : r.nextInt(1 << 21) - (1 << 20);
        return bitsOf(n + 0.5);
      }
      case 6 -> {
        int sign = r.nextInt(2);
        int exponent = r.nextInt(255);
        int mh = r.nextInt(1 << 21);
        int fbits = (sign << 31) | (exponent << 23) | (mh << 2) | r.nextInt(4);
        double mid = (floatOf(fbits) + floatOf(fbits + 1)) / 2;
        int step = r.nextInt(3);
        return bitsOf(step == 0 ? mid : bitsPlus(mid, step == 1 ? 1 : -1));
      }
      case 7 -> {
        int sign = r.nextInt(2);
        int exponent = r.nextInt(4) == 0 ? 0 : r.nextInt(1024);
        int mh = r.nextInt(1 << 20);
        return bitsFrom(sign, exponent, mh, unsigned(r.next()));
      }
      default -> {
        int sign = r.nextInt(2);
        int mh = r.nextInt(1 << 20);
        long bits = bitsFrom(sign, 2047, mh, unsigned(r.next()));
        return (bits & 0xfffffffffffffL) == 0 ? bits | 1 : bits;
      }
    }
  }

  static List<BigInteger> bigintEdges() {
    List<BigInteger> out = new ArrayList<>();
    for (int k = 0; k <= 130; k++) {
      for (int d = -1; d <= 1; d++) {
        BigInteger x = BigInteger.ONE.shiftLeft(k).add(BigInteger.valueOf(d));
        out.add(x);
        out.add(x.negate());
      }
    }
    return out;
  }

  static BigInteger randomBigInt(Rng r) {
    int length = 1 + r.nextInt(130);
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < (length + 31) / 32; i++) {
      v = v.shiftLeft(32).or(BigInteger.valueOf(unsigned(r.next())));
    }
    BigInteger mask = BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE);
    v = v.and(mask).setBit(length - 1);
    return r.nextInt(2) == 0 ? v : v.negate();
  }

  private static final int[] TOPS = {0x00, 0x7f, 0x80, 0xff};
  private static final int[] FILLS = {0x00, 0xff, 0x7f, 0x80};
  private static final int[] NAN_TOPS = {0x7f, 0xff};

  static byte[] randomElementBytes(Rng r, int width) {
    int[] bytes = new int[width];
    for (int i = 0; i < width; i++) {
      bytes[i] = r.nextInt(256);
    }
    int top = width - 1;
    switch (r.nextInt(4)) {
      case 0 -> {}
      case 1 -> {
        bytes[top] = TOPS[r.nextInt(TOPS.length)];
        if (width >= 2) {
          bytes[top - 1] |= 0xf0;
        }
      }
      case 2 -> {
        for (int i = 0; i < width; i++) {
          bytes[i] = FILLS[r.nextInt(FILLS.length)];
        }
      }
      default -> {
        bytes[top] = NAN_TOPS[r.nextInt(NAN_TOPS.length)];
        if (width == 8) {
          bytes[top - 1] = 0xf0 | r.nextInt(8);
        } else if (width >= 2) {
          bytes[top - 1] = 0x80 | r.nextInt(64);
        }
      }
    }
    byte[] out = new byte[width];
    for (int i = 0; i < width; i++) {
      out[i] = (byte) bytes[i];
    }
    return out;
  }

  static long randomNaN64(Rng r) {
    int sign = r.nextInt(2);
    int mh = r.nextInt(1 << 20);
    long lo = unsigned(r.next());
    int where = r.nextInt(3);
    if (where == 1) {
      mh &= 0x80000;
      lo &= 0x1fffffffL;
    }
    if (where == 2) {
      lo &= 0xe0000000L;
    }
    long bits = bitsFrom(sign, 2047, mh, lo);
    return (bits & 0xfffffffffffffL) == 0 ? bits | 1 : bits;
  }

  static int randomNaN32(Rng r) {
    int sign = r.nextInt(2);
    int mantissa = (r.nextInt(1 << 21) << 2) | r.nextInt(4);
    return (sign << 31) | (0xff << 23) | (mantissa == 0 ? 1 : mantissa);
  }
}
