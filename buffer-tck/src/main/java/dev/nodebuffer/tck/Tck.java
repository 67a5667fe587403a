package dev.nodebuffer.tck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The conformance kit's command line.
 *
 * <ul>
 *   <li>{@code report}: runs the corpus on every registered {@link Implementation} and, when a
 *       Node 22 is found ({@link JsRuntime}), on Node too; prints per documentation section the
 *       cases passed, failed and skipped, side by side. Exit code 1 if any case failed.
 *   <li>{@code record FILE}: runs the corpus on Node and writes the outcomes to {@code FILE}, the
 *       source of {@code expected.txt}. The only way expectations are made.
 *   <li>{@code verify [RUNTIME]}: runs the corpus on Node 22, or on the runtime at the path {@code
 *       RUNTIME} (any other Node, Deno or Bun, {@code scripts/runtime}), and prints each case whose
 *       stored expectation it does not meet, then how many it meets. Exit code 1 if any differs.
 * </ul>
 */
public final class Tck {
  private final PrintStream out;

  Tck(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] arguments) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Maven passes an empty argument for an unset -Dtck.file.
    String[] args = Arrays.stream(arguments).filter(a -> !a.isBlank()).toArray(String[]::new);
    String command = args.length == 0 ? "report" : args[0];
    int status =
        switch (command) {
          case "report" -> new Tck(out).report();
          case "record" -> {
            if (args.length != 2) {
              throw new IllegalArgumentException("usage: record FILE");
            }
            yield new Tck(out).record(Path.of(args[1]));
          }
          case "verify" -> {
            if (args.length > 2) {
              throw new IllegalArgumentException("usage: verify [RUNTIME]");
            }
            JsRuntime runtime = args.length == 2 ? JsRuntime.at(Path.of(args[1])) : reference();
            yield new Tck(out).verify(runtime);
          }
          default -> {
            out.println("usage: tck [report | record FILE | verify [RUNTIME]]");
            yield 2;
          }
        };
    System.exit(status);
  }

  /** Prints the side-by-side report; returns 1 if any case failed anywhere, else 0. */
  int report() {
    List<Case> cases = Corpus.cases();
    Map<String, Outcome> expected = Records.parse(Corpus.expectedText());
    List<Column> columns = new ArrayList<>();
    for (Implementation implementation : ServiceLoader.load(Implementation.class)) {
      JavaRunner runner = new JavaRunner(implementation);
      Map<String, @Nullable Outcome> outcomes = new LinkedHashMap<>();
      for (Case c : cases) {
        outcomes.put(c.id(), c.javaSkip() != null ? null : runner.run(c));
      }
      columns.add(new Column(implementation.name(), outcomes));
    }
    Optional<JsRuntime> node = JsRuntime.find();
    if (node.isPresent()) {
      columns.add(new Column(node.get().name(), new LinkedHashMap<>(new JsRunner(node.get()).run(cases))));
    }

    out.println("nodebuffer conformance report: " + cases.size() + " cases; expectations "
        + recordedFrom(Corpus.expectedText()));
    if (node.isEmpty()) {
      out.println("(Node column left out: " + JsRuntime.howToGetOne() + ")");
    }
    out.println();
    StringBuilder header = new StringBuilder(String.format("%-56s", "section"));
    for (Column column : columns) {
      header.append(String.format("  %-34s", column.name));
    }
    out.println(header);
    Map<String, List<Case>> sections = new LinkedHashMap<>();
    for (Case c : cases) {
      sections.computeIfAbsent(c.section(), s -> new ArrayList<>()).add(c);
    }
    List<String> failures = new ArrayList<>();
    int[][] totals = new int[columns.size()][3];
    for (Map.Entry<String, List<Case>> section : sections.entrySet()) {
      StringBuilder row = new StringBuilder(String.format("%-56s", section.getKey()));
      for (int i = 0; i < columns.size(); i++) {
        int[] counts = new int[3];
        for (Case c : section.getValue()) {
          Outcome actual = columns.get(i).outcomes.get(c.id());
          Outcome wanted = expected.get(c.id());
          if (actual == null) {
            counts[2]++;
          } else if (wanted != null && wanted.equals(actual)) {
            counts[0]++;
          } else {
            counts[1]++;
            failures.add("[" + columns.get(i).name + "] " + c.id() + "\n"
                + (wanted == null ? "  no recorded expectation: run `tck record`\n" : Records.difference(wanted, actual)));
          }
        }
        for (int k = 0; k < 3; k++) {
          totals[i][k] += counts[k];
        }
        row.append(String.format("  %-34s", counts(counts)));
      }
      out.println(row);
    }
    StringBuilder total = new StringBuilder(String.format("%-56s", "total"));
    for (int[] counts : totals) {
      total.append(String.format("  %-34s", counts(counts)));
    }
    out.println(total);
    if (!failures.isEmpty()) {
      out.println();
      out.println("failures:");
      failures.forEach(out::print);
    }
    return failures.isEmpty() ? 0 : 1;
  }

  /** Records Node's outcomes for the whole corpus into {@code file}. */
  int record(Path file) throws IOException {
    JsRuntime node = reference();
    if (!node.isReference()) {
      throw new IllegalStateException("expectations are recorded from Node 22 only, not " + node.name());
    }
    List<Case> cases = Corpus.cases();
    Map<String, Outcome> outcomes = new JsRunner(node).run(cases);
    Files.writeString(
        file,
        Records.format(
            List.of("Recorded from node " + node.version() + " by `tck record`. Do not edit: re-record."),
            outcomes));
    out.println("recorded " + outcomes.size() + " cases from node " + node.version() + " into " + file);
    return 0;
  }

  /** Checks the stored expectations against {@code runtime}; returns 1 on any difference. */
  int verify(JsRuntime runtime) {
    List<Case> cases = Corpus.cases();
    long start = System.nanoTime();
    List<String> differences = verify(runtime, cases, Records.parse(Corpus.expectedText()));
    long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    differences.forEach(out::print);
    out.println((differences.isEmpty()
            ? "stored expectations match " + runtime.name()
            : differences.size() + " cases differ from " + runtime.name())
        + " (" + (cases.size() - differences.size()) + " of " + cases.size() + " met, in " + seconds + " s)");
    return differences.isEmpty() ? 0 : 1;
  }

  /** Each case whose stored expectation differs from what {@code runtime} does now. */
  static List<String> verify(JsRuntime runtime, List<Case> cases, Map<String, Outcome> expected) {
    Map<String, Outcome> actual = new JsRunner(runtime).run(cases);
    List<String> differences = new ArrayList<>();
    for (Case c : cases) {
      Outcome wanted = expected.get(c.id());
      Outcome now = actual.get(c.id());
      if (wanted == null || now == null) {
        differences.add(c.id() + ": " + (wanted == null ? "no stored expectation\n" : "the runtime printed no record\n"));
      } else if (!wanted.equals(now)) {
        differences.add(c.id() + ":\n" + Records.difference(wanted, now));
      }
    }
    return differences;
  }

  /** The configured Node 22 ({@link JsRuntime#find()}). */
  private static JsRuntime reference() {
    return JsRuntime.find().orElseThrow(() -> new IllegalStateException(JsRuntime.howToGetOne()));
  }

  private static String recordedFrom(String expectedText) {
    String first = expectedText.lines().findFirst().orElse("");
    return first.startsWith("# ") ? first.substring(2).replaceFirst("\\.? Do not edit.*$", "").toLowerCase(java.util.Locale.ROOT) : "(no header)";
  }

  private static String counts(int[] counts) {
    return counts[0] + " passed, " + counts[1] + " failed" + (counts[2] > 0 ? ", " + counts[2] + " skipped" : "");
  }

  private static final class Column {
    final String name;
    final Map<String, @Nullable Outcome> outcomes;

    Column(String name, Map<String, @Nullable Outcome> outcomes) {
      this.name = name;
      this.outcomes = outcomes;
    }
  }
}
