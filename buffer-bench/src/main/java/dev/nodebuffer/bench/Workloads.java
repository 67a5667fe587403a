package dev.nodebuffer.bench;

import dev.nodebuffer.Buffer;
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
 * The workloads of {@code shared/BENCHMARKS.md}, one method each, named after the workload id in
 * camel case. Throughput in operations per second, one thread, the default pool strategy ({@code
 * per-thread}). Results are returned, so JMH sinks them into a Blackhole.
 *
 * <p>The annotations are the long mode's settings; {@code scripts/bench} passes its own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(2)
@State(Scope.Thread)
public class Workloads {

  /** from-utf8-ascii-1k's input; a non-final field, so that the JIT cannot treat it as constant. */
  private String ascii1k = Inputs.ascii(1024, Inputs.SEED);

  /** {@code alloc-unsafe-64}: {@code Buffer.allocUnsafe(64)}, carved from the pool. */
  @Benchmark
  public Buffer allocUnsafe64() {
    return Buffer.allocUnsafe(64);
  }

  /** {@code from-utf8-ascii-1k}: {@code Buffer.from(s, 'utf8')}, {@code s} 1024 ASCII chars. */
  @Benchmark
  public Buffer fromUtf8Ascii1k() {
    return Buffer.from(ascii1k, "utf8");
  }
}
