package dev.nodebuffer;

import dev.nodebuffer.testkit.VirtualThreadSupport;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

/**
 * A program, run in a JVM of its own by {@link PoolUnderVirtualThreadsTest}: starts {@code count}
 * virtual threads that each make one 16-byte allocation and hold it while all of them are alive,
 * then prints the heap they take per thread, measured after a full collection: {@code
 * bytesPerThread N}. Arguments: {@code byte-array} ({@code new byte[16]}) or {@code alloc-unsafe}
 * ({@code Buffer.allocUnsafe(16)}), and the count. Without enough heap it dies of {@link
 * OutOfMemoryError}, with a non-zero exit status.
 */
final class VirtualThreadFootprint {

  private VirtualThreadFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    boolean pooled = args[0].equals("alloc-unsafe");
    int count = Integer.parseInt(args[1]);
    ThreadFactory factory = VirtualThreadSupport.factory();
    CountDownLatch holding = new CountDownLatch(count);
    CountDownLatch release = new CountDownLatch(1);
    Thread[] threads = new Thread[count];
    for (int i = 0; i < count; i++) {
      threads[i] =
          factory.newThread(
              () -> {
                Object held = pooled ? Buffer.allocUnsafe(16) : new byte[16];
                holding.countDown();
                awaitUninterruptibly(release);
                if (System.identityHashCode(held) == 0) {
                  System.out.print(""); // keeps held alive across the wait
                }
              });
    }
    long before = heapUsedAfterGc();
    for (Thread thread : threads) {
      thread.start();
    }
    holding.await();
    long during = heapUsedAfterGc();
    release.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("bytesPerThread " + (during - before) / count);
  }

  private static long heapUsedAfterGc() {
    System.gc();
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // keep waiting: the program ends only through release
      }
    }
  }
}
