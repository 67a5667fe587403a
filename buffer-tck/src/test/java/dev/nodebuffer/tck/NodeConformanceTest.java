package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code verify} step: the stored expectations still match what Node 22 does. Skipped with a
 * message where no Node 22 is found, failed instead when the build demands one (CI).
 */
class NodeConformanceTest {

  @Test
  void storedExpectationsMatchNode22() {
    Optional<NodeBinary> node = NodeBinary.find();
    if (node.isEmpty()) {
      assertWithMessage("nodebuffer.requireNode is set but %s", NodeBinary.howToGetOne())
          .that(NodeBinary.required()).isFalse();
      Assumptions.abort(NodeBinary.howToGetOne());
    }
    assertWithMessage("the oracle must be Node 22").that(node.get().version()).startsWith(NodeBinary.REFERENCE_MAJOR);
    List<String> differences = Tck.verify(node.get(), Corpus.cases(), Records.parse(Corpus.expectedText()));
    assertWithMessage("cases whose stored expectation differs from " + node.get().version() + ":\n"
        + String.join("", differences)).that(differences).isEmpty();
  }
}
