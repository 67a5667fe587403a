package dev.nodebuffer.bench;

import dev.nodebuffer.Buffer;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The measurement behind the default pool strategy: {@code alloc-unsafe-64} under {@code
 * -Ddev.nodebuffer.pool=per-thread} and {@code shared}, at 1 and 2 threads. The strategy is read
 * once when {@code Buffer}'s pool is initialised, so each variant runs in forks of its own with the
 * property appended to the JVM's arguments. Throughput is the sum over the threads.
 *
 * <p>Do not pass {@code -jvmArgsAppend} or {@code -t} on JMH's command line for these: they would
 * replace the annotations (the trial's set-up refuses to run without the property).
 */
@State(Scope.Benchmark)
public class PoolStrategy extends JmhSettings {

  private static final String PROPERTY = "dev.nodebuffer.pool";

  /** Fails the trial unless the fork runs with the strategy its benchmark's name says. */
  @Setup(Level.Trial)
  public void checkStrategy(BenchmarkParams params) {
    check(params);
  }

  /**
   * Throws unless the fork runs with the pool strategy the benchmark's name says: {@code shared}
   * if the name has it, else {@code per-thread}. Also used by {@link VirtualThreadPool}.
   */
  static void check(BenchmarkParams params) {
    String name = params.getBenchmark().toLowerCase(Locale.ROOT);
    String expected = name.contains("shared") ? "shared" : "per-thread";
    String actual = System.getProperty(PROPERTY);
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          params.getBenchmark() + " needs -D" + PROPERTY + "=" + expected + ", runs with " + actual);
    }
  }

  // Four methods alike, one per strategy and thread count: JMH can vary neither @Threads nor a
  // fork's JVM arguments by @Param.

  @Benchmark
  @Threads(1)
  @Fork(value = 2, jvmArgsAppend = "-Ddev.nodebuffer.pool=per-thread")
  public Buffer perThread1() {
    return Buffer.allocUnsafe(64);
  }

  @Benchmark
  @Threads(1)
  @Fork(value = 2, jvmArgsAppend = "-Ddev.nodebuffer.pool=shared")
  public Buffer shared1() {
    return Buffer.allocUnsafe(64);
  }

  @Benchmark
  @Threads(2)
  @Fork(value = 2, jvmArgsAppend = "-Ddev.nodebuffer.pool=per-thread")
  public Buffer perThread2() {
    return Buffer.allocUnsafe(64);
  }

  @Benchmark
  @Threads(2)
  @Fork(value = 2, jvmArgsAppend = "-Ddev.nodebuffer.pool=shared")
  public Buffer shared2() {
    return Buffer.allocUnsafe(64);
  }
}
