package dev.nodebuffer.bench;

import dev.nodebuffer.Buffer;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What a pooled allocation costs a short-lived virtual thread: each operation is one virtual
 * thread, started, making one 16-byte buffer, and joined; an invocation runs {@link #THREADS} of
 * them at once. The baseline is the same thread making a plain {@code new byte[16]}; the others
 * make {@code Buffer.allocUnsafe(16)} with each pool strategy. Run with {@code -prof gc} (as
 * {@code scripts/bench virtual-threads} does) for the bytes and collections per thread.
 *
 * <p>Each fork has a fixed, pre-touched heap: a virtual thread's stack lives in the heap, so a
 * growing heap would measure its first touch of fresh pages. Do not pass {@code -jvmArgsAppend} on
 * JMH's command line for these: it would replace the annotations (the trial's set-up refuses to
 * run without the strategy property).
 */
@State(Scope.Benchmark)
public class VirtualThreadPool extends JmhSettings {

  /** Virtual threads per invocation: enough to keep both carriers of a small machine busy. */
  static final int THREADS = 10_000;

  /** Where each thread leaves its allocation, so that none is optimised away. */
  private final Object[] held = new Object[THREADS];

  /** Fails the trial unless the fork runs with the strategy its benchmark's name says. */
  @Setup(Level.Trial)
  public void checkStrategy(BenchmarkParams params) {
    PoolStrategy.check(params);
  }

  // Three methods alike, one per allocation and strategy: JMH cannot vary a fork's JVM arguments
  // by @Param.

  @Benchmark
  @OperationsPerInvocation(THREADS)
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Ddev.nodebuffer.pool=per-thread"})
  public Object[] newByteArray16() throws InterruptedException {
    return startAndJoin(i -> new byte[16]);
  }

  @Benchmark
  @OperationsPerInvocation(THREADS)
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Ddev.nodebuffer.pool=per-thread"})
  public Object[] allocUnsafe16PerThread() throws InterruptedException {
    return startAndJoin(i -> Buffer.allocUnsafe(16));
  }

  @Benchmark
  @OperationsPerInvocation(THREADS)
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Ddev.nodebuffer.pool=shared"})
  public Object[] allocUnsafe16Shared() throws InterruptedException {
    return startAndJoin(i -> Buffer.allocUnsafe(16));
  }

  private Object[] startAndJoin(IntFunction<Object> allocation) throws InterruptedException {
    Thread[] threads = new Thread[THREADS];
    for (int i = 0; i < THREADS; i++) {
      int slot = i;
      threads[i] = Thread.ofVirtual().start(() -> held[slot] = allocation.apply(slot));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return held;
  }
}
