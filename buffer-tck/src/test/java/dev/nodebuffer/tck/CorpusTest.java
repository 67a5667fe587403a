package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static final Path CASES = Path.of("src/main/resources/dev/nodebuffer/tck/cases");

  @Test
  void indexListsEveryCaseFile() throws IOException {
    List<String> indexed =
        Corpus.resource("cases/INDEX").lines().map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().collect(Collectors.toList());
    try (Stream<Path> files = Files.list(CASES)) {
      List<String> present =
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().collect(Collectors.toList());
      assertThat(indexed).containsExactlyElementsIn(present);
    }
  }

  @Test
  void everyCaseHasARecordedExpectationAndNothingElseHasOne() {
    Map<String, Outcome> recorded = Records.parse(Corpus.expectedText());
    List<String> ids = Corpus.cases().stream().map(Case::id).collect(Collectors.toList());
    assertThat(recorded.keySet()).containsExactlyElementsIn(ids);
  }

  @Test
  void parsesSectionCasesAndNeeds() {
    List<Case> cases =
        Corpus.parse(
            "f",
            """
            // section: S

            // case: one
            const a = 1;
            console.log(a);

            // case: two
            // needs: fractional-numbers, undefined
            Buffer.alloc(1.5);
            """);
    assertThat(cases)
        .containsExactly(
            new Case("f/one", "S", "const a = 1;\nconsole.log(a);\n", Set.of()),
            new Case(
                "f/two",
                "S",
                "// needs: fractional-numbers, undefined\nBuffer.alloc(1.5);\n",
                Set.of(Feature.FRACTIONAL_NUMBERS, Feature.UNDEFINED)))
        .inOrder();
  }

  @Test
  void anUnknownFeatureIsAnError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Corpus.parse("f", "// section: S\n// case: one\n// needs: telepathy\n"));
    assertThat(e).hasMessageThat().isEqualTo("f.js, case one: no feature is called 'telepathy'");
  }
}
