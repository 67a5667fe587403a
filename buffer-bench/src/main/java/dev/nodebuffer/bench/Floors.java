package dev.nodebuffer.bench;

import dev.nodebuffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

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
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(2)
@State(Scope.Thread)
public class Floors {

  private byte[] random1m = Inputs.randomBytes(Inputs.M, Inputs.SEED);
  private byte[] base64Text = Inputs.base64(random1m).getBytes(StandardCharsets.ISO_8859_1);
  private byte[] hexText = Inputs.hex(random1m).getBytes(StandardCharsets.ISO_8859_1);

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
}
