package dev.nodebuffer.tck.adapter;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nodebuffer.Buffers;
import dev.nodebuffer.tck.Corpus;
import dev.nodebuffer.tck.JavaRunner;
import dev.nodebuffer.tck.Outcome;
import dev.nodebuffer.tck.Records;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole corpus on this project's port, against the expectations recorded from Node 22. The
 * build runs it on each pool strategy: the default per-thread pool, and the shared one ({@code
 * -Ddev.nodebuffer.pool=shared}, the {@code kit-on-the-shared-pool} execution).
 */
class JavaConformanceTest {

  @Test
  void runsOnThePoolStrategyTheBuildAsksFor() {
    assertThat(Buffers.poolStrategy()).isEqualTo(System.getProperty("dev.nodebuffer.pool", "per-thread"));
  }

  @TestFactory
  Stream<DynamicTest> corpusOnNodebuffer() {
    Map<String, Outcome> expected = Corpus.expected();
    JavaRunner runner = new JavaRunner(new NodebufferImplementation());
    return Corpus.cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
          Assumptions.assumeTrue(runner.canRun(c), () -> "the port lacks a feature this case needs: " + c.needs());
          Outcome wanted = expected.get(c.id());
          if (wanted == null) {
            throw new AssertionError("no recorded expectation for " + c.id() + ": run scripts/tck-record");
          }
          String difference = Records.difference(wanted, runner.run(c));
          if (difference != null) {
            fail(c.id() + " differs from Node 22:\n" + difference + "case:\n" + c.source());
          }
        }));
  }
}
