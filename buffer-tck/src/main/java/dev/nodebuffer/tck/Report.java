package dev.nodebuffer.tck;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The corpus judged on several runtimes and implementations side by side: a {@link Verdict} for
 * every case in every {@link Column}, counted per documentation section, with the cases on which
 * the Node.js columns disagree and every failure with its expected and actual outcome. Printed as
 * console text ({@link #text()}), as Markdown ({@link #markdown(String)}, the form of {@code
 * CONFORMANCE.md}) or as JSON ({@link #json()}).
 */
public final class Report {
  private final List<Case> cases;
  private final Map<String, Outcome> expected;
  private final List<Column> columns;
  private final Map<String, List<Case>> sections = new LinkedHashMap<>();

  /**
   * @param cases the corpus, in order ({@link Corpus#cases()})
   * @param expected the recorded outcomes by case id ({@link Corpus#expected()})
   * @param columns the runs to compare, in the order the report shows them
   */
  public Report(List<Case> cases, Map<String, Outcome> expected, List<Column> columns) {
    this.cases = List.copyOf(cases);
    this.expected = Map.copyOf(expected);
    this.columns = List.copyOf(columns);
    for (Case c : cases) {
      sections.computeIfAbsent(c.section(), s -> new ArrayList<>()).add(c);
    }
  }

  /** How {@code c} fared in {@code column}. */
  public Verdict verdict(Column column, Case c) {
    return Verdict.of(expected.get(c.id()), column.outcomes().get(c.id()));
  }

  /** The number of cases of {@code among} with each verdict in {@code column}. */
  public Map<Verdict, Integer> counts(Column column, List<Case> among) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict, 0);
    }
    for (Case c : among) {
      counts.merge(verdict(column, c), 1, Integer::sum);
    }
    return counts;
  }

  /** Whether any case in any column has a verdict other than passed or skipped. */
  public boolean anyFailed() {
    for (Column column : columns) {
      for (Case c : cases) {
        Verdict verdict = verdict(column, c);
        if (verdict != Verdict.PASSED && verdict != Verdict.SKIPPED) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The cases whose outcomes differ between the {@link Column#NODE} columns (empty with fewer
   * than two): what a port must choose between.
   */
  public List<Case> nodeDisagreements() {
    List<Column> nodes = columns.stream().filter(c -> c.family().equals(Column.NODE)).toList();
    List<Case> differing = new ArrayList<>();
    if (nodes.size() < 2) {
      return differing;
    }
    for (Case c : cases) {
      Set<@Nullable Outcome> seen = new LinkedHashSet<>();
      for (Column node : nodes) {
        seen.add(node.outcomes().get(c.id()));
      }
      if (seen.size() > 1) {
        differing.add(c);
      }
    }
    return differing;
  }

  // --- console text ----------------------------------------------------------------------------

  /** Per section, each column's counts side by side; then a total row and every failure. */
  public String text() {
    List<String> names = new ArrayList<>(List.of("section"));
    List<List<String>> rows = new ArrayList<>();
    for (Column column : columns) {
      names.add(column.name());
    }
    for (Map.Entry<String, List<Case>> section : sections.entrySet()) {
      rows.add(row(section.getKey(), section.getValue()));
    }
    rows.add(row("total", cases));
    int[] widths = new int[names.size()];
    for (List<String> row : concat(List.of(names), rows)) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : concat(List.of(names), rows)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == 0 ? "" : "  ").append(pad(row.get(i), widths[i]));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    StringBuilder failures = new StringBuilder();
    for (Column column : columns) {
      for (Case c : cases) {
        if (!isPassOrSkip(verdict(column, c))) {
          failures.append('[').append(column.name()).append("] ").append(c.id()).append('\n')
              .append(difference(c, column));
        }
      }
    }
    if (failures.length() > 0) {
      text.append("\nfailures:\n").append(failures);
    }
    return text.toString();
  }

  private List<String> row(String label, List<Case> among) {
    List<String> row = new ArrayList<>(List.of(label));
    for (Column column : columns) {
      row.add(countsText(counts(column, among)));
    }
    return row;
  }

  /** {@code 12 passed, 1 failed}, then each other verdict that occurs. */
  private static String countsText(Map<Verdict, Integer> counts) {
    StringBuilder text = new StringBuilder();
    text.append(counts.getOrDefault(Verdict.PASSED, 0)).append(" passed, ").append(counts.getOrDefault(Verdict.FAILED, 0)).append(" failed");
    for (Verdict verdict : Verdict.values()) {
      if (verdict != Verdict.PASSED && verdict != Verdict.FAILED && counts.getOrDefault(verdict, 0) > 0) {
        text.append(", ").append(counts.getOrDefault(verdict, 0)).append(' ').append(verdict.word());
      }
    }
    return text.toString();
  }

  // --- Markdown --------------------------------------------------------------------------------

  /**
   * The report as a Markdown page: a summary, the counts per documentation section, the cases on
   * which the Node.js versions disagree, and each column's failures with expected and actual
   * outcomes. {@code preamble} (Markdown) follows the title.
   */
  public String markdown(String preamble) {
    StringBuilder md = new StringBuilder("# Conformance of Buffer implementations\n\n");
    md.append(preamble.strip()).append("\n\n");
    md.append("## Summary\n\n");
    md.append(tableHeader("verdict"));
    for (Verdict verdict : Verdict.values()) {
      md.append("| ").append(verdict.word());
      for (Column column : columns) {
        md.append(" | ").append(counts(column, cases).getOrDefault(verdict, 0));
      }
      md.append(" |\n");
    }
    md.append("\n## By documentation section\n\n");
    md.append("Each cell: cases passed, then any failed, skipped, crashed or timed out.\n\n");
    md.append(tableHeader("section"));
    for (Map.Entry<String, List<Case>> section : sections.entrySet()) {
      md.append("| ").append(cell(section.getKey()));
      for (Column column : columns) {
        md.append(" | ").append(cellCounts(counts(column, section.getValue())));
      }
      md.append(" |\n");
    }
    List<Case> disagreements = nodeDisagreements();
    md.append("\n## Where the Node.js versions disagree\n\n");
    if (disagreements.isEmpty()) {
      md.append("No case: every Node.js column printed the same.\n");
    } else {
      md.append(disagreements.size())
          .append(" cases: a port must choose which version it follows. The reference is Node 22.\n");
      for (Case c : disagreements) {
        md.append("\n### ").append(c.id()).append("\n\n```js\n").append(c.source()).append("```\n\n");
        for (Column column : columns) {
          if (column.family().equals(Column.NODE)) {
            md.append("- ").append(column.name()).append(":\n\n").append(block(column.outcomes().get(c.id())));
          }
        }
      }
    }
    md.append("\n## Failures\n");
    for (Column column : columns) {
      List<Case> failed = cases.stream().filter(c -> !isPassOrSkip(verdict(column, c))).toList();
      md.append("\n### ").append(column.name()).append(": ").append(failed.size()).append(failed.size() == 1 ? " case\n" : " cases\n");
      for (Case c : failed) {
        md.append("\n#### ").append(c.id()).append(" (").append(verdict(column, c).word()).append(")\n\n")
            .append("```js\n").append(c.source()).append("```\n\nexpected:\n\n")
            .append(block(expected.get(c.id()))).append("\nactual:\n\n").append(block(column.outcomes().get(c.id())));
      }
    }
    return md.toString();
  }

  private String tableHeader(String first) {
    StringBuilder header = new StringBuilder("| ").append(first);
    StringBuilder rule = new StringBuilder("|---");
    for (Column column : columns) {
      header.append(" | ").append(cell(column.name()));
      rule.append("|---:");
    }
    return header.append(" |\n").append(rule).append("|\n").toString();
  }

  private static String cellCounts(Map<Verdict, Integer> counts) {
    StringBuilder text = new StringBuilder().append(counts.getOrDefault(Verdict.PASSED, 0));
    for (Verdict verdict : Verdict.values()) {
      if (verdict != Verdict.PASSED && counts.getOrDefault(verdict, 0) > 0) {
        text.append(" · ").append(counts.getOrDefault(verdict, 0)).append(' ').append(verdict.word());
      }
    }
    return text.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String block(@Nullable Outcome outcome) {
    String text;
    if (outcome == null) {
      text = "(no outcome)\n";
    } else if (outcome.finished()) {
      text = outcome.toString();
    } else {
      // The record's form escapes the detail onto one line; a reader wants its lines.
      Outcome printed = new Outcome(outcome.lines(), outcome.error());
      text = printed + Verdict.of(null, outcome).word() + ":\n  " + outcome.detail().strip().replace("\n", "\n  ") + "\n";
    }
    return "```\n" + (text.isEmpty() ? "(nothing printed)\n" : text) + "```\n";
  }

  // --- JSON ------------------------------------------------------------------------------------

  /**
   * The report as JSON: {@code columns} (name, family, totals by verdict), {@code sections} (name
   * and, per column, totals by verdict), {@code verdicts} (per case id, per column), {@code
   * nodeDisagreements} (case ids) and {@code failures} (column, case id, verdict, expected and
   * actual outcomes in the record format).
   */
  public String json() {
    StringBuilder json = new StringBuilder("{\n  \"cases\": ").append(cases.size()).append(",\n  \"columns\": [");
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      json.append(i == 0 ? "\n    " : ",\n    ").append("{\"name\": ").append(Json.quote(column.name()))
          .append(", \"family\": ").append(Json.quote(column.family()))
          .append(", \"totals\": ").append(countsJson(counts(column, cases))).append('}');
    }
    json.append("\n  ],\n  \"sections\": [");
    int s = 0;
    for (Map.Entry<String, List<Case>> section : sections.entrySet()) {
      json.append(s++ == 0 ? "\n    " : ",\n    ").append("{\"name\": ").append(Json.quote(section.getKey()))
          .append(", \"totals\": [");
      for (int i = 0; i < columns.size(); i++) {
        json.append(i == 0 ? "" : ", ").append(countsJson(counts(columns.get(i), section.getValue())));
      }
      json.append("]}");
    }
    json.append("\n  ],\n  \"verdicts\": {");
    for (int k = 0; k < cases.size(); k++) {
      Case c = cases.get(k);
      json.append(k == 0 ? "\n    " : ",\n    ").append(Json.quote(c.id())).append(": [");
      for (int i = 0; i < columns.size(); i++) {
        json.append(i == 0 ? "" : ", ").append(Json.quote(verdict(columns.get(i), c).word()));
      }
      json.append(']');
    }
    json.append("\n  },\n  \"nodeDisagreements\": [");
    List<Case> disagreements = nodeDisagreements();
    for (int k = 0; k < disagreements.size(); k++) {
      json.append(k == 0 ? "" : ", ").append(Json.quote(disagreements.get(k).id()));
    }
    json.append("],\n  \"failures\": [");
    int f = 0;
    for (Column column : columns) {
      for (Case c : cases) {
        Verdict verdict = verdict(column, c);
        if (!isPassOrSkip(verdict)) {
          Outcome wanted = expected.get(c.id());
          Outcome actual = column.outcomes().get(c.id());
          json.append(f++ == 0 ? "\n    " : ",\n    ").append("{\"column\": ").append(Json.quote(column.name()))
              .append(", \"case\": ").append(Json.quote(c.id()))
              .append(", \"verdict\": ").append(Json.quote(verdict.word()))
              .append(", \"expected\": ").append(wanted == null ? "null" : Json.quote(wanted.toString()))
              .append(", \"actual\": ").append(actual == null ? "null" : Json.quote(actual.toString())).append('}');
        }
      }
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private static String countsJson(Map<Verdict, Integer> counts) {
    StringBuilder json = new StringBuilder("{");
    for (Verdict verdict : Verdict.values()) {
      json.append(verdict.ordinal() == 0 ? "" : ", ").append(Json.quote(verdict.word())).append(": ").append(counts.getOrDefault(verdict, 0));
    }
    return json.append('}').toString();
  }

  // ---------------------------------------------------------------------------------------------

  private String difference(Case c, Column column) {
    Outcome wanted = expected.get(c.id());
    Outcome actual = column.outcomes().get(c.id());
    if (wanted == null) {
      return "  no recorded expectation: run `tck record`\n";
    }
    String difference = actual == null ? null : Records.difference(wanted, actual);
    return difference == null ? "" : difference;
  }

  private static boolean isPassOrSkip(Verdict verdict) {
    return verdict == Verdict.PASSED || verdict == Verdict.SKIPPED;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
