package com.example.tck;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nodebuffer.tck.Case;
import dev.nodebuffer.tck.Column;
import dev.nodebuffer.tck.Corpus;
import dev.nodebuffer.tck.Implementation;
import dev.nodebuffer.tck.JavaRunner;
import dev.nodebuffer.tck.Report;
import dev.nodebuffer.tck.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kit as a third party uses it: on an implementation of its own ({@code com.example.bytes},
 * with other class names and a small part of Node's {@code Buffer}), registered through {@link
 * ServiceLoader}, with no class of this project's port on the class path. README's example is
 * this package's {@link ExampleImplementation}, word for word.
 */
class ThirdPartyImplementationTest {
  private static List<Case> cases;
  private static Column column;
  private static Report report;

  @BeforeAll
  static void runTheCorpus() {
    cases = Corpus.cases();
    column = new JavaRunner(new ExampleImplementation()).runAll(cases);
    report = new Report(cases, Corpus.expected(), List.of(column));
  }

  @Test
  void thePortIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.nodebuffer.Buffer"));
  }

  @Test
  void serviceLoaderFindsTheExampleAsTheOnlyImplementation() {
    List<String> names =
        ServiceLoader.load(Implementation.class).stream()
            .map(provider -> provider.get().name())
            .collect(Collectors.toList());
    assertThat(names).containsExactly("example-bytes 0.1");
  }

  @Test
  void everyCaseItCanExpressRunsAndTheOthersAreSkipped() {
    for (Case c : cases) {
      boolean skipped = report.verdict(column, c) == Verdict.SKIPPED;
      assertThat(skipped).isEqualTo(!java.util.Collections.disjoint(c.needs(), new ExampleImplementation().unsupported()));
    }
  }

  @Test
  void whatItImplementsPasses() {
    for (String id :
        List.of(
            "buffer-isencoding/doc-example",
            "buffer-isencoding/every-name",
            "buffer-isencoding/not-encodings",
            "buffer-alloc/zero-filled",
            "buffer-alloc/empty")) {
      assertThat(verdictOf(id)).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void whatItMissesFailsWithTheErrorItThrew() {
    // Its alloc(-1) message lacks Node's upper bound.
    assertThat(verdictOf("buffer-alloc/negative-size")).isEqualTo(Verdict.FAILED);
    assertThat(column.outcomes().get("buffer-alloc/negative-size").error())
        .isEqualTo("RangeError [ERR_OUT_OF_RANGE]: The value of \"size\" is out of range. It must be >= 0. Received -1");
    // No Buffer.concat at all: Rhino's TypeError is the outcome.
    assertThat(verdictOf("buffer-concat/doc-example")).isEqualTo(Verdict.FAILED);
    assertThat(report.text()).contains("example-bytes 0.1");
  }

  @Test
  void readmeShowsTheExampleWordForWord() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String marker = "<!-- the file src/test/java/com/example/tck/ExampleImplementation.java -->\n```java\n";
    int start = readme.indexOf(marker);
    assertThat(start).isAtLeast(0);
    int from = start + marker.length();
    String shown = readme.substring(from, readme.indexOf("```\n", from));
    assertThat(shown)
        .isEqualTo(Files.readString(Path.of("src/test/java/com/example/tck/ExampleImplementation.java"), StandardCharsets.UTF_8));
  }

  private static Verdict verdictOf(String id) {
    Map<String, Case> byId = cases.stream().collect(Collectors.toMap(Case::id, c -> c));
    return report.verdict(column, byId.get(id));
  }
}
