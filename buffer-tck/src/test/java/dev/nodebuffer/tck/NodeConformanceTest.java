package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.NodeOracle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code verify} step: the stored expectations still match what Node 22 does. Needs the pinned
 * Node ({@link NodeOracle}): without it the test is skipped with a message, or fails when {@code
 * -Dnodebuffer.requireNode=true} (CI).
 */
class NodeConformanceTest {

  @Test
  void storedExpectationsMatchNode22() {
    NodeOracle.node(); // skips, or fails under nodebuffer.requireNode, when none is configured
    JsRuntime node = JsRuntime.find().orElseThrow();
    assertWithMessage("the oracle must be Node 22, not %s", node).that(node.isReference()).isTrue();
    List<String> differences = Tck.verify(node, Corpus.cases(), Records.parse(Corpus.expectedText()));
    assertWithMessage("cases whose stored expectation differs from " + node.version() + ":\n"
        + String.join("", differences)).that(differences).isEmpty();
  }
}
