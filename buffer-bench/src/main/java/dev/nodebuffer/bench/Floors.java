package dev.nodebuffer.bench;

import dev.nodebuffer.Buffer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The part of a workload that no Java implementation of it can skip, measured alone: an upper
 * bound of what any port can reach, whatever its codec. A method has the name of the {@link
 * Workloads} method it bounds; {@code scripts/bench --floor} runs it and prints {@code Floor/Node}.
 * Where that is below 1, Node's whole operation takes less time than this part of Java's, and
 * parity with Node is out of reach on that JVM and machine.
 *
 * <ul>
 *   <li>Text results ({@code *-encode-1m}): the text, already made, copied into a {@code String}.
 *       Only the JDK itself can build a string around an array it filled; every other code must
 *       copy ({@code new String(bytes, ISO_8859_1)}, one write of fresh memory per character).
 *   <li>Byte results ({@code base64-decode-1m}): the fresh 1 MiB array the new buffer needs, which
 *       the JVM zeroes ({@code Buffer.from} returns a buffer of its own at this size).
 *   <li>{@code from-utf8-ascii-1k}: {@code Buffer.allocUnsafe(1024)}, the pool placement that
 *       Node's {@code Buffer.from} of a short string has and this port keeps (a fresh, zeroed 8 KiB
 *       slab every 8 calls), before a byte is encoded. This one bounds this port, not every port.
 * </ul>
 *
 * <p>Beside them, for JMH directly (not run by {@code scripts/bench}), the {@code *Work} methods:
 * the encoding or decoding alone, by the fastest code the JDK has (its vectorised base64 coders, a
 * table loop for hex), into an array that already exists, so with no allocation and no string. A
 * floor plus its work is the least that a Java implementation of the workload can spend, unless it
 * could write the string or the fresh array while it encodes, which only the JDK can.
 */
@State(Scope.Thread)
public class Floors extends JmhSettings {

  private byte[] random1m = Inputs.randomBytes(Inputs.M, Inputs.SEED);
  private byte[] base64Text = Inputs.base64(random1m).getBytes(StandardCharsets.ISO_8859_1);
  private byte[] hexText = Inputs.hex(random1m).getBytes(StandardCharsets.ISO_8859_1);
  private byte[] textTarget = new byte[hexText.length];
  private byte[] bytesTarget = new byte[Inputs.M];

  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  /** {@code PAIRS[b]}: the two lower-case hex digits of {@code b}, the first in the low byte. */
  private static final short[] PAIRS = new short[256];

  static {
    String digits = "0123456789abcdef";
    for (int b = 0; b < 256; b++) {
      PAIRS[b] = (short) (digits.charAt(b >>> 4) | (digits.charAt(b & 0xF) << 8));
    }
  }

  /** The base64 text of 1 MiB (1,398,104 bytes, already made) copied into a string. */
  @Benchmark
  public String base64Encode1m() {
    return new String(base64Text, StandardCharsets.ISO_8859_1);
  }

  /** A fresh 1 MiB array, as the decoded buffer needs. */
  @Benchmark
  public byte[] base64Decode1m() {
    return new byte[Inputs.M];
  }

  /** The hex text of 1 MiB (2,097,152 bytes, already made) copied into a string. */
  @Benchmark
  public String hexEncode1m() {
    return new String(hexText, StandardCharsets.ISO_8859_1);
  }

  /** The pool placement of a 1 KiB result, without encoding anything. */
  @Benchmark
  public Buffer fromUtf8Ascii1k() {
    return Buffer.allocUnsafe(Inputs.K);
  }

  /** The JDK's base64 encoder, 1 MiB into an existing array. */
  @Benchmark
  public byte[] base64Encode1mWork() {
    Base64.getEncoder().encode(random1m, textTarget);
    return textTarget;
  }

  /** The JDK's base64 decoder, the text's 1,398,104 bytes into an existing 1 MiB array. */
  @Benchmark
  public byte[] base64Decode1mWork() {
    Base64.getDecoder().decode(base64Text, bytesTarget);
    return bytesTarget;
  }

  /** The hex digits of 1 MiB, two at a time from a table, into an existing array. */
  @Benchmark
  public byte[] hexEncode1mWork() {
    byte[] text = textTarget;
    for (int i = 0; i < random1m.length; i++) {
      SHORT_LE.set(text, 2 * i, PAIRS[random1m[i] & 0xFF]);
    }
    return text;
  }
}
