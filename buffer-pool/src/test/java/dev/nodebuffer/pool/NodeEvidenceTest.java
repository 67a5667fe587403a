package dev.nodebuffer.pool;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.pool.Slices.pooled;

import dev.nodebuffer.pool.BufferPool.Strategy;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pool placements that Node.js 22 produced in the dossier's evidence scripts (node-buffer.md
 * §2.4, recorded from the real v22.23.3 binary, and byte-identical on v20.20.2), replayed on a
 * {@link BufferPool} with Node's default pool size. Each expected block is the script's recorded
 * output. The calls are the pool requests the Node code makes for each line (§2.1 and §2.3). Every
 * test runs on a fresh pool, with both strategies, in one thread.
 *
 * <p>String lines ({@code Buffer.from(string, enc)}) go through {@link BufferPool#allocate(int,
 * SlabWriter)} with the reservation that {@code fromStringFast} computes (§2.3: {@code
 * string.length * 4}, or the encoding's byteLength estimate when that is at least half the pool)
 * and a writer that reports the bytes Node's encoder produced.
 */
final class NodeEvidenceTest {

  private static final int NODE_22_POOL_SIZE = 8192;

  private static BufferPool<TestSlab> freshPool(Strategy strategy) {
    return new BufferPool<>(strategy, new TestSlab.Factory(), NODE_22_POOL_SIZE);
  }

  /** A writer standing in for an encoder that produced {@code bytes} bytes. */
  private static SlabWriter<TestSlab> writes(int bytes) {
    return (slab, offset, room) -> {
      assertThat(room).isAtLeast(bytes);
      assertThat(offset + room).isAtMost(slab.size);
      return bytes;
    };
  }

  /** E1: thresholds, alignment, reuse. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void e1_thresholdsAlignmentReuse(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(1)", pool.allocate(1));
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    t.pooled("allocUnsafe(13)", pool.allocate(13));
    t.pooled("allocUnsafe(8)", pool.allocate(8));
    t.notPooled("allocUnsafe(0)", pool.allocate(0), 0, 0);
    t.pooled("allocUnsafe(4095)", pool.allocate(4095));
    t.notPooled("allocUnsafe(4096)", pool.allocate(4096), 4096, 4096);
    t.pooled("allocUnsafe(3)", pool.allocate(3));

    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=8     AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=16    AB#0
            allocUnsafe(13)                          len=13    ab.byteLength=8192  byteOffset=24    AB#0
            allocUnsafe(8)                           len=8     ab.byteLength=8192  byteOffset=40    AB#0
            allocUnsafe(0)                           len=0     ab.byteLength=0     byteOffset=0     AB#1
            allocUnsafe(4095)                        len=4095  ab.byteLength=8192  byteOffset=48    AB#0
            allocUnsafe(4096)                        len=4096  ab.byteLength=4096  byteOffset=0     AB#2
            allocUnsafe(3)                           len=3     ab.byteLength=8192  byteOffset=4144  AB#0\
            """);
  }

  /** E2: a new slab only when the request does not fit; an exact fit stays. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void e2_newSlabOnlyWhenTheRequestDoesNotFit(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(5)", pool.allocate(5));
    t.pooled("allocUnsafe(4095)", pool.allocate(4095));
    t.pooled("allocUnsafe(4000)", pool.allocate(4000));
    t.pooled("allocUnsafe(80)", pool.allocate(80));
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    t.pooled("allocUnsafe(4095)", pool.allocate(4095));
    t.pooled("allocUnsafe(4090)", pool.allocate(4090));
    t.pooled("allocUnsafe(2)", pool.allocate(2));

    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(5)                           len=5     ab.byteLength=8192  byteOffset=8     AB#0
            allocUnsafe(4095)                        len=4095  ab.byteLength=8192  byteOffset=16    AB#0
            allocUnsafe(4000)                        len=4000  ab.byteLength=8192  byteOffset=4112  AB#0
            allocUnsafe(80)                          len=80    ab.byteLength=8192  byteOffset=8112  AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=0     AB#1
            allocUnsafe(4095)                        len=4095  ab.byteLength=8192  byteOffset=8     AB#1
            allocUnsafe(4090)                        len=4090  ab.byteLength=8192  byteOffset=0     AB#2
            allocUnsafe(2)                           len=2     ab.byteLength=8192  byteOffset=4096  AB#2\
            """);
  }

  /**
   * E4: changing {@code Buffer.poolSize} at runtime. The threshold follows at once, and the slab
   * size only at the next new slab.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void e4_changingPoolSizeAtRuntime(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(100)", pool.allocate(100));
    pool.setPoolSize(100); // threshold becomes 50; the current 8192-byte slab stays
    t.pooled("[poolSize=100] allocUnsafe(49)", pool.allocate(49));
    t.notPooled("[poolSize=100] allocUnsafe(50)", pool.allocate(50), 50, 50);
    t.notPooled("[poolSize=100] allocUnsafe(8000)", pool.allocate(8000), 8000, 8000);
    t.pooled("[poolSize=100] allocUnsafe(40)", pool.allocate(40));
    pool.setPoolSize(65536); // threshold 32768
    t.pooled("[poolSize=65536] allocUnsafe(8000)", pool.allocate(8000));
    t.pooled("[poolSize=65536] allocUnsafe(30000)", pool.allocate(30000));
    pool.setPoolSize(10); // threshold 5
    t.pooled("[poolSize=10] allocUnsafe(4)", pool.allocate(4));
    t.notPooled("[poolSize=10] allocUnsafe(5)", pool.allocate(5), 5, 5);

    assertThat(pool.poolSize()).isEqualTo(10);
    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(100)                         len=100   ab.byteLength=8192  byteOffset=8     AB#0
            [poolSize=100] allocUnsafe(49)           len=49    ab.byteLength=8192  byteOffset=112   AB#0
            [poolSize=100] allocUnsafe(50)           len=50    ab.byteLength=50    byteOffset=0     AB#1
            [poolSize=100] allocUnsafe(8000)         len=8000  ab.byteLength=8000  byteOffset=0     AB#2
            [poolSize=100] allocUnsafe(40)           len=40    ab.byteLength=8192  byteOffset=168   AB#0
            [poolSize=65536] allocUnsafe(8000)       len=8000  ab.byteLength=65536 byteOffset=0     AB#3
            [poolSize=65536] allocUnsafe(30000)      len=30000 ab.byteLength=65536 byteOffset=8000  AB#3
            [poolSize=10] allocUnsafe(4)             len=4     ab.byteLength=65536 byteOffset=38000 AB#3
            [poolSize=10] allocUnsafe(5)             len=5     ab.byteLength=5     byteOffset=0     AB#4\
            """);
  }

  /**
   * E6: the string fast path. The reservation decides whether a new slab is needed, and the bytes
   * really written decide how far the offset moves. Lines whose string has {@code length >=
   * poolSize >>> 1} never reach the pool in Node (§2.3 step 1); the API handles them, so they are
   * recorded here without a pool call.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void e6_stringFastPath(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(3900)", pool.allocate(3900));
    // 1000 chars reserve 4000 bytes; 8192 - 3912 = 4280 are left.
    t.pooled("from('a'.repeat(1000))", pool.allocate(4000, writes(1000)));
    // 900 chars reserve 3600 > 3280 left: a new slab, although 900 bytes would fit.
    t.pooled("from('a'.repeat(900))", pool.allocate(3600, writes(900)));
    t.pooled("allocUnsafe(3000)", pool.allocate(3000));
    // 1100 * 4 >= 4096, so the reservation is the utf8 byteLength, 1100.
    t.pooled("from('a'.repeat(1100))", pool.allocate(1100, writes(1100)));
    // 'é' x 2047 is 4094 utf8 bytes (< 4096): pooled, on a new slab.
    t.pooled("from('é'.repeat(2047))", pool.allocate(4094, writes(4094)));
    // 'é' x 2048 is 4096 bytes: not pooled.
    t.notPooled("from('é'.repeat(2048))", pool.allocate(4096, writes(4096)), 4096, 4096);
    t.pooled("from('a'.repeat(4095))", pool.allocate(4095, writes(4095)));
    t.apiOnly("from('a'.repeat(4096))", 4096, 4096); // string.length >= 4096
    // 4000 hex chars: 4000 * 4 >= 4096, so the reservation is the hex estimate, 2000.
    t.pooled("from('ab'.repeat(2000), 'hex')", pool.allocate(2000, writes(2000)));
    t.apiOnly("from('ab'.repeat(2100), 'hex')", 2100, 2100); // string.length >= 4096
    t.apiOnly("from('!'.repeat(5000), 'base64')", 3750, 0); // string.length >= 4096
    // 20 chars reserve 80 bytes; nothing decodes: a 0-length slice at the current offset.
    t.pooled("from('zz'.repeat(10), 'hex')", pool.allocate(80, writes(0)));
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    // 8 chars reserve 32 bytes; 3 are written, so the offset moves 2008 -> 2011 -> 2016.
    t.pooled("from('QUJD!!!!', 'base64')", pool.allocate(32, writes(3)));
    t.pooled("allocUnsafe(1)", pool.allocate(1));

    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(3900)                        len=3900  ab.byteLength=8192  byteOffset=8     AB#0
            from('a'.repeat(1000))                   len=1000  ab.byteLength=8192  byteOffset=3912  AB#0
            from('a'.repeat(900))                    len=900   ab.byteLength=8192  byteOffset=0     AB#1
            allocUnsafe(3000)                        len=3000  ab.byteLength=8192  byteOffset=904   AB#1
            from('a'.repeat(1100))                   len=1100  ab.byteLength=8192  byteOffset=3904  AB#1
            from('é'.repeat(2047))                   len=4094  ab.byteLength=8192  byteOffset=0     AB#2
            from('é'.repeat(2048))                   len=4096  ab.byteLength=4096  byteOffset=0     AB#3
            from('a'.repeat(4095))                   len=4095  ab.byteLength=8192  byteOffset=4096  AB#2
            from('a'.repeat(4096))                   len=4096  ab.byteLength=4096  byteOffset=0     AB#4
            from('ab'.repeat(2000), 'hex')           len=2000  ab.byteLength=8192  byteOffset=0     AB#5
            from('ab'.repeat(2100), 'hex')           len=2100  ab.byteLength=2100  byteOffset=0     AB#6
            from('!'.repeat(5000), 'base64')         len=0     ab.byteLength=3750  byteOffset=0     AB#7
            from('zz'.repeat(10), 'hex')             len=0     ab.byteLength=8192  byteOffset=2000  AB#5
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=2000  AB#5
            from('QUJD!!!!', 'base64')               len=3     ab.byteLength=8192  byteOffset=2008  AB#5
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=2016  AB#5\
            """);
  }

  /** E7: the x4 reservation applies to every encoding, and can start a new slab. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void e7_timesFourReservationForEveryEncoding(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(4000)", pool.allocate(4000));
    t.pooled("from('a'.repeat(1000), 'latin1')", pool.allocate(4000, writes(1000)));
    t.pooled("allocUnsafe(3000)", pool.allocate(3000));
    // 184 bytes left; 80 hex chars need 40 bytes but reserve 320: a new slab.
    t.pooled("from('ab'.repeat(40), 'hex')", pool.allocate(320, writes(40)));
    t.pooled("allocUnsafe(100)", pool.allocate(100));

    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(4000)                        len=4000  ab.byteLength=8192  byteOffset=8     AB#0
            from('a'.repeat(1000), 'latin1')         len=1000  ab.byteLength=8192  byteOffset=4008  AB#0
            allocUnsafe(3000)                        len=3000  ab.byteLength=8192  byteOffset=5008  AB#0
            from('ab'.repeat(40), 'hex')             len=40    ab.byteLength=8192  byteOffset=0     AB#1
            allocUnsafe(100)                         len=100   ab.byteLength=8192  byteOffset=40    AB#1\
            """);
  }

  /**
   * E8: an ascii or hex needle is built on the pool (3 bytes, then 10), which moves the offset by 8
   * and then 16; a latin1 needle allocates nothing. The needles are not printed by the script.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void e8_indexOfNeedlesTakePoolSpace(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(1)", pool.allocate(1));
    // hay.indexOf('abc', 0, 'latin1'): searched natively, no pool call.
    t.pooled("allocUnsafe(1) after latin1 indexOf", pool.allocate(1));
    assertThat(pool.allocate(12, writes(3))).isNotNull(); // needle Buffer.from('abc', 'ascii')
    t.pooled("allocUnsafe(1) after ascii indexOf", pool.allocate(1));
    assertThat(pool.allocate(80, writes(10))).isNotNull(); // needle from 20 hex chars
    t.pooled("allocUnsafe(1) after hex includes", pool.allocate(1));

    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=8     AB#0
            allocUnsafe(1) after latin1 indexOf      len=1     ab.byteLength=8192  byteOffset=16    AB#0
            allocUnsafe(1) after ascii indexOf       len=1     ab.byteLength=8192  byteOffset=32    AB#0
            allocUnsafe(1) after hex includes        len=1     ab.byteLength=8192  byteOffset=56    AB#0\
            """);
  }

  /**
   * The bootstrap offset in a new thread. Measured on Node 22 in a fresh worker thread (as in the
   * main thread): the first {@code Buffer.allocUnsafe(4).byteOffset} is 8 and the second 16. With
   * PER_THREAD a new thread gets a fresh pool of its own. With SHARED it continues the one pool.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void freshThread_startsAtOffset8WithItsOwnPool_perThreadOnly(Strategy strategy)
      throws InterruptedException {
    BufferPool<TestSlab> pool = freshPool(strategy);
    Slice<TestSlab> main = pooled(pool.allocate(4));
    assertThat(main.offset()).isEqualTo(8);

    AtomicReference<@Nullable Slice<TestSlab>> first = new AtomicReference<>();
    AtomicReference<@Nullable Slice<TestSlab>> second = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              first.set(pool.allocate(4));
              second.set(pool.allocate(4));
            });
    worker.start();
    worker.join(5_000);
    assertThat(worker.isAlive()).isFalse();

    Slice<TestSlab> a = pooled(first.get());
    Slice<TestSlab> b = pooled(second.get());
    if (strategy == Strategy.PER_THREAD) {
      assertThat(a.offset()).isEqualTo(8);
      assertThat(b.offset()).isEqualTo(16);
      assertThat(a.slab()).isNotSameInstanceAs(main.slab());
      assertThat(a.slab().size).isEqualTo(NODE_22_POOL_SIZE);
    } else {
      assertThat(a.offset()).isEqualTo(16);
      assertThat(b.offset()).isEqualTo(24);
      assertThat(a.slab()).isSameInstanceAs(main.slab());
    }
    assertThat(b.slab()).isSameInstanceAs(a.slab());
  }

  /**
   * A reservation of 0 is pooled, as in Node's {@code fromStringFast}: with {@code Buffer.poolSize}
   * of 4 to 7, a one-character hex or base64 string reserves {@code byteLength = 0} bytes. Checked
   * on node v20.20.2, whose lib/buffer.js pool code is the one in v22 (dossier §2.1):
   *
   * <pre>{@code
   * allocUnsafe(1)                  -> [1,8192,8]
   * Buffer.poolSize = 4
   * from('a','hex')                 -> [0,8192,16]   (0-length view on the slab)
   * from('a','base64')              -> [0,8192,16]
   * allocUnsafe(1)                  -> [1,8192,16]
   * Buffer.poolSize = 5
   * allocUnsafe(1) x3               -> [1,8192,24] [1,8192,32] [1,8192,40]
   * from('a','hex')                 -> [0,8192,48]
   * allocUnsafe(1)                  -> [1,8192,48]
   * }</pre>
   *
   * (each entry is {@code [length, buffer.byteLength, byteOffset]}).
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void zeroReservation_isPooledAsInNode(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    NodeHarness t = new NodeHarness();

    t.pooled("allocUnsafe(1)", pool.allocate(1));
    pool.setPoolSize(4);
    t.pooled("from('a','hex')", pool.allocate(0, writes(0)));
    t.pooled("from('a','base64')", pool.allocate(0, writes(0)));
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    pool.setPoolSize(5);
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    t.pooled("allocUnsafe(1)", pool.allocate(1));
    t.pooled("from('a','hex')", pool.allocate(0, writes(0)));
    t.pooled("allocUnsafe(1)", pool.allocate(1));

    assertThat(t.output())
        .isEqualTo(
            """
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=8     AB#0
            from('a','hex')                          len=0     ab.byteLength=8192  byteOffset=16    AB#0
            from('a','base64')                       len=0     ab.byteLength=8192  byteOffset=16    AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=16    AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=24    AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=32    AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=40    AB#0
            from('a','hex')                          len=0     ab.byteLength=8192  byteOffset=48    AB#0
            allocUnsafe(1)                           len=1     ab.byteLength=8192  byteOffset=48    AB#0\
            """);
  }

  /**
   * A reservation of 0 starts a new slab when the offset is past the slab's end (Node compares
   * {@code 0 > poolSize - poolOffset}). Checked on node v20.20.2: with {@code Buffer.poolSize = 5},
   * after the first 5-byte slab has given {@code allocUnsafe(1)} at offset 0 (offset now 8), {@code
   * Buffer.from('a', 'hex')} is {@code [0,5,0]} on a new ArrayBuffer.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void zeroReservation_pastTheSlabEnd_startsANewSlab(Strategy strategy) {
    BufferPool<TestSlab> pool = freshPool(strategy);
    pool.setPoolSize(5);
    Slice<TestSlab> one;
    do {
      one = pooled(pool.allocate(1));
    } while (one.slab().size == NODE_22_POOL_SIZE);
    assertThat(one.offset()).isEqualTo(0);
    assertThat(one.slab().size).isEqualTo(5);

    Slice<TestSlab> empty = pooled(pool.allocate(0, writes(0)));

    assertThat(empty.length()).isEqualTo(0);
    assertThat(empty.offset()).isEqualTo(0);
    assertThat(empty.slab().size).isEqualTo(5);
    assertThat(empty.slab()).isNotSameInstanceAs(one.slab());
  }
}
