package dev.nodebuffer.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
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
 * The raw JDK primitive of a workload, where {@code shared/BENCHMARKS.md} names one, on the same
 * inputs as {@link Workloads}: what the port could reach if it had nothing else to do (no pool, no
 * Node-exact rules). A method has the name of the {@link Workloads} method it stands beside; {@code
 * scripts/bench --jdk} runs it and prints the port's figure against it.
 *
 * <p>These are not Node-exact: {@code getBytes(UTF_8)} writes {@code ?} for a lone surrogate,
 * {@code new String(b, UTF_8)} gives one U+FFFD for an encoded surrogate, the JDK's base64 decoder
 * is strict and {@code HexFormat.parseHex} throws where Node stops. On these inputs (well-formed
 * text, canonical base64 and hex) they compute the same bytes and strings as the workloads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(2)
@State(Scope.Thread)
public class Primitives {

  private String ascii1k = Inputs.ascii(Inputs.K, Inputs.SEED);
  private String mixed1k = Inputs.mixed(Inputs.K, Inputs.SEED);
  private byte[] ascii1kBytes = ascii1k.getBytes(StandardCharsets.US_ASCII);
  private byte[] mixedUtf8M = Inputs.mixedUtf8(Inputs.M, Inputs.SEED);
  private byte[] random1m = Inputs.randomBytes(Inputs.M, Inputs.SEED);
  private String base64 = Inputs.base64(random1m);
  private String hex = Inputs.hex(random1m);

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
}
