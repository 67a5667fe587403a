package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.nodebuffer.pool.PlacementRows.writes;

import dev.nodebuffer.pool.BufferPool.Strategy;
import dev.nodebuffer.testkit.LineRecording;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pool placements that Node 22 produced for the scenarios of {@code
 * src/test/node/record-pool.js} (recorded into {@code pool-node22.txt}), replayed on a {@link
 * BufferPool} with Node's default pool size, row for row. Each test makes the pool requests that
 * Node's lib/buffer.js makes for the scenario's steps ({@code allocate} for {@code
 * Buffer.allocUnsafe}, {@code fromStringFast} for {@code Buffer.from(string, enc)}), on a fresh
 * pool ({@link #t}), with both strategies, in one thread.
 *
 * <p>{@code fromStringFast} reserves {@code string.length * 4} bytes, or the encoding's byteLength
 * estimate when that is at least half the pool, starts a new slab if the reservation does not fit,
 * and then moves the offset by the bytes the encoder really wrote; a string with {@code
 * string.length >= poolSize >>> 1} never reaches the pool.
 */
@ParameterizedClass
@EnumSource(Strategy.class)
final class BufferPoolNodeRecordingTest {

  private static final LineRecording NODE =
      LineRecording.load(BufferPoolNodeRecordingTest.class, "pool-node22.txt");

  private static final int NODE_22_POOL_SIZE = 8192;

  /** A fresh pool of the strategy, for the test at hand (JUnit makes an instance per test). */
  private final PlacementRows t;

  BufferPoolNodeRecordingTest(Strategy strategy) {
    t = new PlacementRows(new BufferPool<>(strategy, new TestSlab.Factory(), NODE_22_POOL_SIZE));
  }

  /** The rows Node printed for the scenario of that name, one per line. */
  private static String recorded(String scenario) {
    String rows =
        NODE.cases.stream()
            .filter(line -> line.startsWith(scenario + "\t"))
            .map(line -> line.substring(scenario.length() + 1))
            .collect(Collectors.joining("\n"));
    assertWithMessage("rows of scenario %s in %s", scenario, NODE.resource).that(rows).isNotEmpty();
    return rows;
  }

  @Test
  void everyRecordedScenarioIsReplayed() {
    List<String> scenarios =
        NODE.cases.stream().map(line -> line.substring(0, line.indexOf('\t'))).distinct().toList();
    assertThat(scenarios)
        .containsExactly(
            "thresholdsAlignmentAndReuse",
            "newSlabOnlyWhenTheRequestDoesNotFit",
            "changingPoolSizeAtRuntime",
            "stringFastPath",
            "timesFourReservationForEveryEncoding",
            "indexOfNeedlesTakePoolSpace",
            "zeroReservationIsPooled")
        .inOrder();
  }

  /** Below half the pool size a request is pooled, at an 8-aligned offset of the current slab. */
  @Test
  void thresholdsAlignmentAndReuse() {
    t.allocUnsafe(1, 1, 13, 8, 0, 4095, 4096, 3);
    t.assertRows(recorded("thresholdsAlignmentAndReuse"));
  }

  /** A new slab only when the request does not fit; an exact fit stays. */
  @Test
  void newSlabOnlyWhenTheRequestDoesNotFit() {
    t.allocUnsafe(5, 4095, 4000, 80, 1, 4095, 4090, 2);
    t.assertRows(recorded("newSlabOnlyWhenTheRequestDoesNotFit"));
  }

  /**
   * Changing {@code Buffer.poolSize} at runtime: the threshold follows at once, and the slab size
   * only at the next new slab.
   */
  @Test
  void changingPoolSizeAtRuntime() {
    t.allocUnsafe(100);
    t.pool.setPoolSize(100); // threshold becomes 50; the current 8192-byte slab stays
    for (int size : new int[] {49, 50, 8000, 40}) {
      t.allocUnsafe("[poolSize=100] allocUnsafe(" + size + ")", size);
    }
    t.pool.setPoolSize(65536); // threshold 32768
    for (int size : new int[] {8000, 30000}) {
      t.allocUnsafe("[poolSize=65536] allocUnsafe(" + size + ")", size);
    }
    t.pool.setPoolSize(10); // threshold 5
    for (int size : new int[] {4, 5}) {
      t.allocUnsafe("[poolSize=10] allocUnsafe(" + size + ")", size);
    }

    assertThat(t.pool.poolSize()).isEqualTo(10);
    t.assertRows(recorded("changingPoolSizeAtRuntime"));
  }

  /**
   * The string fast path: the reservation decides whether a new slab is needed, and the bytes
   * really written decide how far the offset moves. Strings of {@code length >= poolSize >>> 1}
   * never reach the pool; the API handles them, so they are rows without a pool call.
   */
  @Test
  void stringFastPath() {
    t.allocUnsafe(3900);
    // 1000 chars reserve 4000 bytes; 8192 - 3912 = 4280 are left.
    t.fromString("from('a'.repeat(1000))", 4000, 1000);
    // 900 chars reserve 3600 > 3280 left: a new slab, although 900 bytes would fit.
    t.fromString("from('a'.repeat(900))", 3600, 900);
    t.allocUnsafe(3000);
    // 1100 * 4 >= 4096, so the reservation is the utf8 byteLength, 1100.
    t.fromString("from('a'.repeat(1100))", 1100, 1100);
    // 'é' x 2047 is 4094 utf8 bytes (< 4096): pooled, on a new slab.
    t.fromString("from('é'.repeat(2047))", 4094, 4094);
    // 'é' x 2048 is 4096 bytes: not pooled.
    t.fromString("from('é'.repeat(2048))", 4096, 4096);
    t.fromString("from('a'.repeat(4095))", 4095, 4095);
    t.apiOnly("from('a'.repeat(4096))", 4096, 4096); // string.length >= 4096
    // 4000 hex chars: 4000 * 4 >= 4096, so the reservation is the hex estimate, 2000.
    t.fromString("from('ab'.repeat(2000), 'hex')", 2000, 2000);
    t.apiOnly("from('ab'.repeat(2100), 'hex')", 2100, 2100); // string.length >= 4096
    t.apiOnly("from('!'.repeat(5000), 'base64')", 3750, 0); // string.length >= 4096
    // 20 chars reserve 80 bytes; nothing decodes: a 0-length slice at the current offset.
    t.fromString("from('zz'.repeat(10), 'hex')", 80, 0);
    t.allocUnsafe(1);
    // 8 chars reserve 32 bytes; 3 are written, so the offset moves 2008 -> 2011 -> 2016.
    t.fromString("from('QUJD!!!!', 'base64')", 32, 3);
    t.allocUnsafe(1);

    t.assertRows(recorded("stringFastPath"));
  }

  /** The x4 reservation applies to every encoding, and can start a new slab. */
  @Test
  void timesFourReservationForEveryEncoding() {
    t.allocUnsafe(4000);
    t.fromString("from('a'.repeat(1000), 'latin1')", 4000, 1000);
    t.allocUnsafe(3000);
    // 184 bytes left; 80 hex chars need 40 bytes but reserve 320: a new slab.
    t.fromString("from('ab'.repeat(40), 'hex')", 320, 40);
    t.allocUnsafe(100);

    t.assertRows(recorded("timesFourReservationForEveryEncoding"));
  }

  /**
   * An ascii or hex needle is built on the pool (3 bytes, then 10), which moves the offset by 8
   * and then 16; a latin1 needle allocates nothing. The needles are not printed by the script.
   */
  @Test
  void indexOfNeedlesTakePoolSpace() {
    t.allocUnsafe(1);
    // hay.indexOf('abc', 0, 'latin1'): searched natively, no pool call.
    t.allocUnsafe("allocUnsafe(1) after latin1 indexOf", 1);
    assertThat(t.pool.allocate(12, writes(3))).isNotNull(); // needle Buffer.from('abc', 'ascii')
    t.allocUnsafe("allocUnsafe(1) after ascii indexOf", 1);
    assertThat(t.pool.allocate(80, writes(10))).isNotNull(); // needle from 20 hex chars
    t.allocUnsafe("allocUnsafe(1) after hex includes", 1);

    t.assertRows(recorded("indexOfNeedlesTakePoolSpace"));
  }

  /**
   * A reservation of 0 is pooled, as in Node's {@code fromStringFast}: with {@code Buffer.poolSize}
   * of 4 to 7, a one-character hex or base64 string reserves {@code byteLength = 0} bytes, a
   * 0-length view at the current offset.
   */
  @Test
  void zeroReservationIsPooled() {
    t.allocUnsafe(1);
    t.pool.setPoolSize(4);
    t.fromString("from('a','hex')", 0, 0);
    t.fromString("from('a','base64')", 0, 0);
    t.allocUnsafe(1);
    t.pool.setPoolSize(5);
    t.allocUnsafe(1, 1, 1);
    t.fromString("from('a','hex')", 0, 0);
    t.allocUnsafe(1);

    t.assertRows(recorded("zeroReservationIsPooled"));
  }
}
