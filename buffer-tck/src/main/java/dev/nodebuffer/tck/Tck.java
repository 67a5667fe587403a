package dev.nodebuffer.tck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The conformance kit's command line.
 *
 * <ul>
 *   <li>{@code report}: runs the corpus on every registered {@link Implementation} and, when a
 *       Node 22 is found ({@link NodeBinary}), on Node too; prints per documentation section the
 *       cases passed, failed and skipped, side by side. Exit code 1 if any case failed.
 *   <li>{@code record FILE}: runs the corpus on Node and writes the outcomes to {@code FILE}, the
 *       source of {@code expected.txt}. The only way expectations are made.
 *   <li>{@code verify}: runs the corpus on Node and checks the stored expectations still match it.
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
          case "verify" -> new Tck(out).verify();
          default -> {
            out.println("usage: tck [report | record FILE | verify]");
            yield 2;
          }
        };
    System.exit(status);
  }

  /** Prints the side-by-side report; returns 1 if any case failed anywhere, else 0. */
  int report() {
    List<Case> cases = Corpus.cases();
    List<Column> columns = new ArrayList<>();
    for (Implementation implementation : ServiceLoader.load(Implementation.class)) {
      columns.add(new JavaRunner(implementation).runAll(cases));
    }
    boolean noJava = columns.isEmpty();
    Optional<NodeBinary> node = NodeBinary.find();
    if (node.isPresent()) {
      columns.add(new Column("node " + node.get().version(), Column.NODE, new NodeRunner(node.get()).run(cases)));
    }
    out.println("nodebuffer conformance report: " + cases.size() + " cases; expectations "
        + recordedFrom(Corpus.expectedText()));
    if (noJava) {
      out.println("(no Java implementation registered: put one on the class path with its"
          + " META-INF/services/dev.nodebuffer.tck.Implementation)");
    }
    if (node.isEmpty()) {
      out.println("(Node column left out: " + NodeBinary.howToGetOne() + ")");
    }
    out.println("(skipped: the implementation lacks a JavaScript feature the case needs; see Feature)");
    out.println();
    Report report = new Report(cases, Corpus.expected(), columns);
    out.print(report.text());
    return report.anyFailed() ? 1 : 0;
  }

  /** Records Node's outcomes for the whole corpus into {@code file}. */
  int record(Path file) throws IOException {
    NodeBinary node = NodeBinary.find().orElseThrow(() -> new IllegalStateException(NodeBinary.howToGetOne()));
    if (!node.version().startsWith(NodeBinary.REFERENCE_MAJOR)) {
      throw new IllegalStateException("expectations are recorded from Node 22 only, not " + node.version());
    }
    List<Case> cases = Corpus.cases();
    Map<String, Outcome> outcomes = new NodeRunner(node).run(cases);
    Files.writeString(
        file,
        Records.format(
            List.of("Recorded from node " + node.version() + " by `tck record`. Do not edit: re-record."),
            outcomes));
    out.println("recorded " + outcomes.size() + " cases from node " + node.version() + " into " + file);
    return 0;
  }

  /** Checks the stored expectations against Node; returns 1 on any difference. */
  int verify() {
    NodeBinary node = NodeBinary.find().orElseThrow(() -> new IllegalStateException(NodeBinary.howToGetOne()));
    List<String> differences = verify(node, Corpus.cases(), Records.parse(Corpus.expectedText()));
    differences.forEach(out::print);
    out.println(differences.isEmpty()
        ? "stored expectations match node " + node.version()
        : differences.size() + " cases differ from node " + node.version());
    return differences.isEmpty() ? 0 : 1;
  }

  /** Each case whose stored expectation differs from what {@code node} does now. */
  static List<String> verify(NodeBinary node, List<Case> cases, Map<String, Outcome> expected) {
    Map<String, Outcome> actual = new NodeRunner(node).run(cases);
    List<String> differences = new ArrayList<>();
    for (Case c : cases) {
      Outcome wanted = expected.get(c.id());
      Outcome now = actual.get(c.id());
      if (wanted == null || now == null) {
        differences.add(c.id() + ": " + (wanted == null ? "no stored expectation\n" : "node printed no record\n"));
      } else if (!wanted.equals(now)) {
        differences.add(c.id() + ":\n" + Records.difference(wanted, now));
      }
    }
    return differences;
  }

  private static String recordedFrom(String expectedText) {
    String first = expectedText.lines().findFirst().orElse("");
    return first.startsWith("# ") ? first.substring(2).replaceFirst("\\.? Do not edit.*$", "").toLowerCase(java.util.Locale.ROOT) : "(no header)";
  }
}
