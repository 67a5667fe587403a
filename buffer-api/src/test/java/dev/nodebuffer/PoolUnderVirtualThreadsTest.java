package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nodebuffer.testkit.VirtualThreadSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default pool ({@code per-thread}) with 100,000 live virtual threads that each hold one {@code
 * Buffer.allocUnsafe(16)}, in a JVM of 512 MiB: it must fit, with at most twice the heap per thread
 * that {@code new byte[16]} takes. A slab per thread would need 800 MiB of slabs alone. Each
 * figure is measured by {@link VirtualThreadFootprint} in a fresh JVM. Skipped on a JDK without
 * virtual threads.
 */
final class PoolUnderVirtualThreadsTest {

  private static final int THREADS = 100_000;

  @TempDir Path tempDir;

  /**
   * The default strategy only: {@code shared} keeps one slab whatever the threads, and was never at
   * risk (measured once the same way: 1,096 bytes per thread against 939 for {@code new
   * byte[16]}).
   */
  @Test
  void hundredThousandLiveVirtualThreadsFitIn512MiBAtMostTwiceTheBytesOfAByteArray()
      throws IOException, InterruptedException {
    String strategy = "per-thread";
    assumeTrue(VirtualThreadSupport.available(), "virtual threads need Java 21 or later");
    long plain = bytesPerThread("byte-array", strategy);
    long pooled = bytesPerThread("alloc-unsafe", strategy);

    System.out.printf(
        "%,d live virtual threads, -Xmx512m, pool %s: new byte[16] %,d bytes per thread,"
            + " Buffer.allocUnsafe(16) %,d (%.2fx)%n",
        THREADS, strategy, plain, pooled, (double) pooled / plain);
    assertThat(pooled).isAtMost(2 * plain);
  }

  @Test
  void thePoolStrategyOfThisRunIsTheDefaultOrAsConfigured() {
    assertThat(Buffers.poolStrategy())
        .isEqualTo(System.getProperty("dev.nodebuffer.pool", "per-thread"));
  }

  private long bytesPerThread(String allocation, String strategy)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile(tempDir, allocation, ".log");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx512m",
                    // An OutOfMemoryError in one virtual thread would leave the others waiting.
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Ddev.nodebuffer.pool=" + strategy,
                    "-cp",
                    System.getProperty("java.class.path"),
                    VirtualThreadFootprint.class.getName(),
                    allocation,
                    Integer.toString(THREADS)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(allocation + " with " + strategy + " did not finish in 120 s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertWithMessage("%s with %s, exit status; output:\n%s", allocation, strategy, output)
        .that(process.exitValue())
        .isEqualTo(0);
    String line = output.lines().filter(l -> l.startsWith("bytesPerThread ")).findFirst().orElseThrow();
    return Long.parseLong(line.substring("bytesPerThread ".length()));
  }
}
