package dev.nodebuffer.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The whole corpus on this project's Java port, against the expectations recorded from Node 22. */
class JavaConformanceTest {

  @TestFactory
  Stream<DynamicTest> corpusOnNodebuffer() {
    Map<String, Outcome> expected = Records.parse(Corpus.expectedText());
    JavaRunner runner = new JavaRunner(new NodebufferImplementation());
    return Corpus.cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
          Assumptions.assumeTrue(c.javaSkip() == null, () -> "Java cannot express this case: " + c.javaSkip());
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
