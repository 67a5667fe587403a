package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code Buffer.from(string)}'s pool placement against a model of Node 22's {@code fromStringFast}
 * that always computes the exact byte length where Node does. The port skips that count for UTF-8
 * when 3 bytes per unit already settle the place ({@code BufferPool.allocateIfRoom}); this checks,
 * over long random sequences near and across slab ends, that the placement is still Node's.
 */
final class FromStringPlacementTest {

  private static final String[] UNITS = {"a", "z", "\u00e9", "\u07ff", "\u4e00", "\ud83d\ude00", "\ud800"};

  @Test
  void utf8PlacementIsNodesOnRandomSequences() throws Exception {
    // A thread of its own: a per-thread pool that no other test has carved from.
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        run(new Random(0x9e3779b9L));
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    t.start();
    t.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  private static void run(Random random) {
    int poolSize = Buffer.poolSize();
    int half = poolSize >>> 1;
    Buffer probe = Buffer.allocUnsafe(1);
    ArrayBuffer slab = probe.buffer();
    long offset = align(probe.byteOffset() + 1L);
    for (int step = 0; step < 3000; step++) {
      String s = randomString(random, half);
      int n = s.length();
      int exact = Buffer.byteLength(s);
      Buffer b = Buffer.from(s);
      String what = "step " + step + ", " + n + " units, " + exact + " bytes";
      assertWithMessage(what).that(b.length()).isEqualTo(exact);
      // Node's fromStringFast, with its reservation: 4 per unit, the exact length from half a pool.
      long reservation = n >= half ? Long.MAX_VALUE : 4L * n;
      if (reservation >= half) {
        reservation = exact;
      }
      if (n >= half || reservation >= half) {
        assertWithMessage(what + ": own buffer").that(b.buffer()).isNotSameInstanceAs(slab);
        assertWithMessage(what).that(b.byteOffset()).isEqualTo(0);
      } else {
        if (reservation > poolSize - offset) {
          assertWithMessage(what + ": new slab").that(b.buffer()).isNotSameInstanceAs(slab);
          slab = b.buffer();
          offset = 0;
        } else {
          assertWithMessage(what + ": same slab").that(b.buffer()).isSameInstanceAs(slab);
        }
        assertWithMessage(what + ": offset").that((long) b.byteOffset()).isEqualTo(offset);
        offset = align(offset + exact);
      }
      if (!s.contains("\ud800")) { // a lone surrogate: Node writes U+FFFD, the JDK '?'
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < expected.length; i++) {
          if (b.get(i) != (expected[i] & 0xFF)) {
            throw new AssertionError(what + ": byte " + i);
          }
        }
      }
    }
  }

  private static String randomString(Random random, int half) {
    // Mostly lengths where 4 per unit reaches half a pool (the exact count matters), some shorter.
    int n = random.nextInt(4) == 0 ? 1 + random.nextInt(half / 4) : half / 4 + random.nextInt(half);
    int kinds = 1 + random.nextInt(UNITS.length); // ASCII only, or a mix of the first kinds
    StringBuilder sb = new StringBuilder(n + 1);
    while (sb.length() < n) {
      sb.append(random.nextInt(3) == 0 ? UNITS[random.nextInt(kinds)] : UNITS[0]);
    }
    return sb.toString();
  }

  private static long align(long offset) {
    return (offset + 7) & ~7L;
  }
}
