package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  void parsesSectionCasesAndSkips() {
    List<Case> cases =
        Corpus.parse(
            "f",
            """
            // section: S

            // case: one
            const a = 1;
            console.log(a);

            // case: two
            // java-skip: fractional sizes
            Buffer.alloc(1.5);
            """);
    assertThat(cases)
        .containsExactly(
            new Case("f/one", "S", "const a = 1;\nconsole.log(a);\n", null),
            new Case("f/two", "S", "// java-skip: fractional sizes\nBuffer.alloc(1.5);\n", "fractional sizes"))
        .inOrder();
  }
}
