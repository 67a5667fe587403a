package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Latin1ScratchTest {

  @Test
  void aStringHoldsExactlyTheBytesWrittenEvenInALongerLeftOverArray() {
    byte[] longText = Latin1Scratch.take(100);
    Arrays.fill(longText, (byte) 'x');
    assertThat(Latin1Scratch.toStringAndGiveBack(longText, 100)).isEqualTo("x".repeat(100));

    byte[] shortText = Latin1Scratch.take(3);
    shortText[0] = 'a';
    shortText[1] = (byte) 0xe9;
    shortText[2] = 0;
    assertThat(Latin1Scratch.toStringAndGiveBack(shortText, 3)).isEqualTo("a\u00e9\u0000");
  }

  @Test
  void anArrayTakenAndNotGivenBackIsNeverHandedOutAgain() {
    byte[] first = Latin1Scratch.take(10);
    byte[] second = Latin1Scratch.take(10);
    assertThat(second).isNotSameInstanceAs(first);
    assertThat(first.length).isAtLeast(10);
    assertThat(second.length).isAtLeast(10);
  }

  @Test
  void anArrayGivenBackIsReusedAndALargerRequestGetsALargerArray() {
    byte[] text = Latin1Scratch.take(64);
    String unused = Latin1Scratch.toStringAndGiveBack(text, 0);
    assertThat(unused).isEmpty();
    assertThat(Latin1Scratch.take(64)).isSameInstanceAs(text);
    // text is not given back: the next request finds the slot empty
    assertThat(Latin1Scratch.take(Latin1Scratch.MAX_KEPT + 1).length)
        .isEqualTo(Latin1Scratch.MAX_KEPT + 1);
  }

  /**
   * Base64 text built by two threads at once, each checking every answer against the JDK's own
   * {@code encodeToString}: a text built in an array that another thread is writing would differ.
   */
  @Test
  void threadsBuildingTextsAtOnceNeverShareAnArray() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        long seed = t;
        Callable<Integer> task =
            () -> {
              Random random = new Random(seed);
              java.util.Base64.Encoder jdk = java.util.Base64.getEncoder();
              int checked = 0;
              for (int i = 0; i < 3000; i++) {
                byte[] bytes = new byte[random.nextInt(i % 100 == 0 ? 20_000 : 300)];
                random.nextBytes(bytes);
                assertThat(Base64.STANDARD.decode(bytes, 0, bytes.length))
                    .isEqualTo(jdk.encodeToString(bytes));
                checked++;
              }
              return checked;
            };
        results.add(pool.submit(task));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(3000);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
