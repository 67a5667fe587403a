package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.ScriptableObject;

class ReportTest {
  private static final Case ALLOC = new Case("a/alloc", "Section A", "console.log(1);\n", Set.of());
  private static final Case FRACTION =
      new Case("a/fraction", "Section A", "console.log(2);\n", Set.of(Feature.FRACTIONAL_NUMBERS));
  private static final Case SEARCH = new Case("b/search", "Section | B", "console.log(3);\n", Set.of());
  private static final List<Case> CASES = List.of(ALLOC, FRACTION, SEARCH);
  private static final Map<String, Outcome> EXPECTED =
      Map.of(
          "a/alloc", new Outcome(List.of("1"), null),
          "a/fraction", new Outcome(List.of("2"), null),
          "b/search", new Outcome(List.of("3"), null));

  private static final Column NODE20 =
      new Column("node v20", Column.NODE, Map.of(
          "a/alloc", new Outcome(List.of("1"), null),
          "a/fraction", new Outcome(List.of("2"), null),
          "b/search", new Outcome(List.of(), "RangeError: old")));
  private static final Column NODE22 = new Column("node v22", Column.NODE, EXPECTED);
  private static final Column JAVA =
      new Column("java", "Java", Map.of(
          "a/alloc", new Outcome(List.of("1"), null),
          "b/search", new Outcome(List.of("4"), null)));

  private final Report report = new Report(CASES, EXPECTED, List.of(NODE20, NODE22, JAVA));

  @Test
  void judgesEachCaseInEachColumn() {
    assertThat(report.verdict(NODE22, SEARCH)).isEqualTo(Verdict.PASSED);
    assertThat(report.verdict(NODE20, SEARCH)).isEqualTo(Verdict.FAILED);
    assertThat(report.verdict(JAVA, FRACTION)).isEqualTo(Verdict.SKIPPED);
    assertThat(report.counts(JAVA, CASES))
        .containsExactly(
            Verdict.PASSED, 1, Verdict.FAILED, 1, Verdict.SKIPPED, 1, Verdict.CRASHED, 0, Verdict.TIMED_OUT, 0);
    assertThat(report.anyFailed()).isTrue();
    assertThat(new Report(CASES, EXPECTED, List.of(NODE22)).anyFailed()).isFalse();
  }

  @Test
  void aCrashOrATimeOutIsItsOwnVerdictAndCountsAsAFailure() {
    Column bun =
        new Column("bun", "Bun", Map.of(
            "a/alloc", Outcome.crashed("signal 11\n#  at src/node_buffer.cc"),
            "a/fraction", Outcome.timedOut("no record in 10 s"),
            "b/search", new Outcome(List.of("3"), null)));
    Report crashing = new Report(CASES, EXPECTED, List.of(bun));
    assertThat(crashing.verdict(bun, ALLOC)).isEqualTo(Verdict.CRASHED);
    assertThat(crashing.verdict(bun, FRACTION)).isEqualTo(Verdict.TIMED_OUT);
    assertThat(crashing.anyFailed()).isTrue();
    assertThat(crashing.text()).contains("total        1 passed, 0 failed, 1 crashed, 1 timed out\n");
    assertThat(crashing.markdown("")).contains("| Section A | 0 · 1 crashed · 1 timed out |\n");
    assertThat(crashing.markdown("")).contains("actual:\n\n```\ncrashed:\n  signal 11\n  #  at src/node_buffer.cc\n```\n");
  }

  @Test
  void listsWhereTheNodeColumnsDisagree() {
    assertThat(report.nodeDisagreements()).containsExactly(SEARCH);
    assertThat(new Report(CASES, EXPECTED, List.of(NODE20, JAVA)).nodeDisagreements()).isEmpty();
  }

  @Test
  void textAlignsColumnsToTheLongestCell() {
    String text = report.text();
    assertThat(text).startsWith(
        "section      node v20            node v22            java\n"
            + "Section A    2 passed, 0 failed  2 passed, 0 failed  1 passed, 0 failed, 1 skipped\n"
            + "Section | B  0 passed, 1 failed  1 passed, 0 failed  0 passed, 1 failed\n"
            + "total        2 passed, 1 failed  3 passed, 0 failed  1 passed, 1 failed, 1 skipped\n");
    assertThat(text).contains("[java] b/search\nexpected:\n  out 3\nactual:\n  out 4\n");
  }

  @Test
  void markdownHasTheSectionsDisagreementsAndFailures() {
    String md = report.markdown("Preamble.");
    assertThat(md).startsWith("# Conformance of Buffer implementations\n\nPreamble.\n\n## Summary\n");
    assertThat(md).contains("| Section \\| B | 0 · 1 failed | 1 | 0 · 1 failed |\n");
    assertThat(md).contains("## Where the Node.js versions disagree\n\n1 cases");
    assertThat(md).contains("- node v20:\n\n```\nthrows RangeError: old\n```\n");
    assertThat(md).contains("### java: 1 case\n\n#### b/search (failed)\n");
  }

  @Test
  void jsonParsesAndCarriesTheVerdicts() {
    Context cx = new ContextFactory().enterContext();
    try {
      ScriptableObject scope = cx.initStandardObjects();
      ScriptableObject.putProperty(scope, "text", report.json());
      Object summary =
          cx.evaluateString(
              scope,
              "var r = JSON.parse(text); [r.cases, r.columns[2].totals.skipped, r.verdicts['b/search'].join(),"
                  + " r.nodeDisagreements.join(), r.failures.length, r.failures[0].actual].join('|')",
              "json",
              1,
              null);
      assertThat(summary).isEqualTo("3|1|failed,passed,failed|b/search|2|throws RangeError: old\n");
    } finally {
      Context.exit();
    }
  }
}
