package dev.nodebuffer.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The raw JDK primitive of a workload, where it has one ({@code buffer-bench/README.md}, {@code
 * --jdk}), on the same inputs as {@link Workloads}: what the port could reach if it had nothing
 * else to do (no pool, no Node-exact rules). A method has the name of the {@link Workloads} method
 * it stands beside; {@code scripts/bench --jdk} runs it and prints the port's figure against it.
 *
 * <p>These are not Node-exact: {@code getBytes(UTF_8)} writes {@code ?} for a lone surrogate,
 * {@code new String(b, UTF_8)} gives one U+FFFD for an encoded surrogate, the JDK's base64 decoder
 * is strict and {@code HexFormat.parseHex} throws where Node stops. On these inputs (well-formed
 * text, canonical base64 and hex) they compute the same bytes and strings as the workloads.
 */
@State(Scope.Thread)
public class Primitives extends JmhSettings {

  private String ascii1k = Inputs.ascii(Inputs.K, Inputs.SEED);
  private String mixed1k = Inputs.mixed(Inputs.K, Inputs.SEED);
  private byte[] ascii1kBytes = ascii1k.getBytes(StandardCharsets.US_ASCII);
  private byte[] mixedUtf8M = Inputs.mixedUtf8(Inputs.M, Inputs.SEED);
  private byte[] random1m = Inputs.randomBytes(Inputs.M, Inputs.SEED);
  private String base64 = Inputs.base64(random1m);
  private String hex = Inputs.hex(random1m);

  // The bench's own views, not the port's (NumberAccess declares the same ones): a primitive runs
  // no code of the port.
  private static final VarHandle INTS_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS_BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle DOUBLES_LE =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] doubles1m = Inputs.doubles(Inputs.M, Inputs.SEED);
  private byte[] noFe1m = Inputs.withoutFe(random1m);
  private byte[] needle16 = Inputs.tail(random1m, 16);
  private byte[] random1mCopy = random1m.clone();
  private byte[] lastFlipped1m = Inputs.lastByteFlipped(random1m);
  private byte[][] pieces100x1k = Inputs.pieces(random1m, 100, Inputs.K);
  private byte[] concatTarget = new byte[100 * Inputs.K];
  private byte[] target1m = new byte[Inputs.M];
  private byte[] swap1m = random1m.clone();

  /** {@code String.getBytes(UTF_8)} of the 1024 ASCII chars. */
  @Benchmark
  public byte[] fromUtf8Ascii1k() {
    return ascii1k.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code String.getBytes(UTF_8)} of the 1024 mixed units. */
  @Benchmark
  public byte[] fromUtf8Mixed1k() {
    return mixed1k.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code new String(b, UTF_8)} of 1 KiB of ASCII bytes. */
  @Benchmark
  public String tostringUtf8Ascii1k() {
    return new String(ascii1kBytes, StandardCharsets.UTF_8);
  }

  /** {@code new String(b, UTF_8)} of 1 MiB of valid mixed UTF-8. */
  @Benchmark
  public String tostringUtf8Mixed1m() {
    return new String(mixedUtf8M, StandardCharsets.UTF_8);
  }

  /** {@code Base64.getEncoder().encodeToString} of 1 MiB of random bytes. */
  @Benchmark
  public String base64Encode1m() {
    return Base64.getEncoder().encodeToString(random1m);
  }

  /** {@code Base64.getDecoder().decode} of the base64 of 1 MiB of random bytes (strict). */
  @Benchmark
  public byte[] base64Decode1m() {
    return Base64.getDecoder().decode(base64);
  }

  /** {@code HexFormat.of().formatHex} of 1 MiB of random bytes. */
  @Benchmark
  public String hexEncode1m() {
    return HexFormat.of().formatHex(random1m);
  }

  /** {@code HexFormat.of().parseHex} of the hex of 1 MiB of random bytes (throws on bad input). */
  @Benchmark
  public byte[] hexDecode1m() {
    return HexFormat.of().parseHex(hex);
  }

  /** {@code new byte[1024]}: the JVM's zeroed allocation, no holder. */
  @Benchmark
  public byte[] allocZero1k() {
    return new byte[1024];
  }

  /** A VarHandle loop: the sum of the little-endian uint32 at every 4th offset of random-1m. */
  @Benchmark
  public long readU32le1m() {
    byte[] a = random1m;
    long sum = 0;
    for (int i = 0; i + 4 <= a.length; i += 4) {
      sum += (int) INTS_LE.get(a, i) & 0xFFFFFFFFL;
    }
    return sum;
  }

  /** A VarHandle loop: write-u32le-1m's values, little-endian, at every 4th offset of 1 MiB. */
  @Benchmark
  public byte[] writeU32le1m() {
    byte[] a = target1m;
    for (int i = 0; i + 4 <= a.length; i += 4) {
      INTS_LE.set(a, i, (int) Inputs.u32Value(i));
    }
    return a;
  }

  /** A VarHandle loop: the sum of the little-endian double at every 8th offset of doubles-1m. */
  @Benchmark
  public double readDouble1m() {
    byte[] a = doubles1m;
    double sum = 0;
    for (int i = 0; i + 8 <= a.length; i += 8) {
      sum += (double) DOUBLES_LE.get(a, i);
    }
    return sum;
  }

  /** A plain byte loop looking for 0xFE in random-1m without 0xFE (-1). */
  @Benchmark
  public int indexofByte1m() {
    byte[] a = noFe1m;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == (byte) 0xFE) {
        return i;
      }
    }
    return -1;
  }

  /** A naive search for the 16-byte needle at the end of random-1m. */
  @Benchmark
  public int indexofNeedle1m() {
    return naiveIndexOf(random1m, needle16);
  }

  /** Boyer-Moore-Horspool for the same needle (not run by {@code scripts/bench}; JMH directly). */
  @Benchmark
  public int indexofNeedle1mHorspool() {
    return horspoolIndexOf(random1m, needle16);
  }

  /** {@code Arrays.equals} ranged, over random-1m and a copy of it. */
  @Benchmark
  public boolean equals1m() {
    return Arrays.equals(random1m, 0, Inputs.M, random1mCopy, 0, Inputs.M);
  }

  /** {@code Arrays.compareUnsigned} ranged (and its sign, Node's -1/0/1), last byte differing. */
  @Benchmark
  public int compare1m() {
    return Integer.signum(
        Arrays.compareUnsigned(random1m, 0, Inputs.M, lastFlipped1m, 0, Inputs.M));
  }

  /** {@code System.arraycopy} of the 100 pieces into a new array of 100 KiB (as concat must). */
  @Benchmark
  public byte[] concat100x1k() {
    byte[][] pieces = pieces100x1k;
    int total = 0;
    for (byte[] p : pieces) {
      total += p.length;
    }
    byte[] out = new byte[total];
    int pos = 0;
    for (byte[] p : pieces) {
      System.arraycopy(p, 0, out, pos, p.length);
      pos += p.length;
    }
    return out;
  }

  /** The same copies into one preallocated array, without the allocation (JMH directly). */
  @Benchmark
  public byte[] concat100x1kPreallocated() {
    byte[] out = concatTarget;
    int pos = 0;
    for (byte[] p : pieces100x1k) {
      System.arraycopy(p, 0, out, pos, p.length);
      pos += p.length;
    }
    return out;
  }

  /** {@code Arrays.fill} of 1 MiB with 0x2A. */
  @Benchmark
  public byte[] fillByte1m() {
    Arrays.fill(target1m, (byte) 0x2A);
    return target1m;
  }

  /** 'abc' repeated over 1 MiB by doubling {@code System.arraycopy}. */
  @Benchmark
  public byte[] fillPattern1m() {
    byte[] a = target1m;
    a[0] = 'a';
    a[1] = 'b';
    a[2] = 'c';
    for (int n = 3; n < a.length; n <<= 1) {
      System.arraycopy(a, 0, a, n, Math.min(n, a.length - n));
    }
    return a;
  }

  /** {@code System.arraycopy} of random-1m into a 1 MiB array. */
  @Benchmark
  public byte[] copy1m() {
    System.arraycopy(random1m, 0, target1m, 0, Inputs.M);
    return target1m;
  }

  /** A VarHandle loop: each 4-byte group read big-endian and written back little-endian. */
  @Benchmark
  public byte[] swap321m() {
    byte[] a = swap1m;
    for (int i = 0; i + 4 <= a.length; i += 4) {
      INTS_LE.set(a, i, (int) INTS_BE.get(a, i));
    }
    return a;
  }

  /** The first index of {@code needle} in {@code haystack}, or -1: the naive search. */
  static int naiveIndexOf(byte[] haystack, byte[] needle) {
    int n = needle.length;
    outer:
    for (int i = 0; i + n <= haystack.length; i++) {
      for (int k = 0; k < n; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The first index of {@code needle} (non-empty) in {@code haystack}, or -1: Horspool. */
  static int horspoolIndexOf(byte[] haystack, byte[] needle) {
    int n = needle.length;
    int[] shift = new int[256];
    Arrays.fill(shift, n);
    for (int k = 0; k < n - 1; k++) {
      shift[needle[k] & 0xFF] = n - 1 - k;
    }
    byte last = needle[n - 1];
    for (int i = 0; i + n <= haystack.length; ) {
      byte b = haystack[i + n - 1];
      if (b == last && Arrays.equals(haystack, i, i + n - 1, needle, 0, n - 1)) {
        return i;
      }
      i += shift[b & 0xFF];
    }
    return -1;
  }
}
