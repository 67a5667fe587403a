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
 *   <li>{@code report [--json]}: runs the corpus on every registered {@link Implementation} and, when a
 *       Node 22 is found ({@link JsRuntime}), on Node too; prints per documentation section the
 *       cases passed, failed and skipped, side by side. Exit code 1 if any case failed.
 *   <li>{@code record FILE}: runs the corpus on Node and writes the outcomes to {@code FILE}, the
 *       source of {@code expected.txt}. The only way expectations are made.
 *   <li>{@code verify [RUNTIME]}: runs the corpus on Node 22, or on the runtime at the path {@code
 *       RUNTIME} (any other Node, Deno or Bun, {@code scripts/runtime}), and prints each case whose
 *       stored expectation it does not meet, then how many it meets. Exit code 1 if any differs.
 *   <li>{@code matrix DIR [RUNTIMES...]}: runs the corpus on each JavaScript runtime given (paths,
 *       or lists of paths joined by {@link java.io.File#pathSeparator}) and on every registered
 *       {@link Implementation}, and writes {@code DIR/CONFORMANCE.md} and {@code
 *       DIR/conformance.json} ({@link Report}). {@code scripts/tck-matrix} runs it on the pinned
 *       runtimes.
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
          case "report" -> new Tck(out).report(args.length > 1 && args[1].equals("--json"));
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
          case "matrix" -> {
            if (args.length < 2) {
              throw new IllegalArgumentException("usage: matrix DIR [RUNTIME...]");
            }
            List<Column> scripts = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
              for (String path : args[i].split(java.io.File.pathSeparator)) {
                JsRuntime runtime = JsRuntime.at(Path.of(path));
                System.err.println("running the corpus on " + runtime.name());
                scripts.add(new JsRunner(runtime).runAll(Corpus.cases()));
              }
            }
            yield new Tck(out).matrix(Path.of(args[1]), scripts);
          }
          default -> {
            out.println("usage: tck [report [--json] | record FILE | verify [RUNTIME] | matrix DIR [RUNTIME...]]");
            yield 2;
          }
        };
    System.exit(status);
  }

  /**
   * Prints the side-by-side report, as text or as JSON ({@link Report#json()}); returns 1 if any
   * case failed anywhere, else 0.
   */
  int report(boolean json) {
    List<Case> cases = Corpus.cases();
    List<Column> columns = javaColumns(cases);
    boolean noJava = columns.isEmpty();
    Optional<JsRuntime> node = JsRuntime.find();
    if (node.isPresent()) {
      columns.add(new JsRunner(node.get()).runAll(cases));
    }
    // With --json, standard output is the JSON alone; the notes go to standard error.
    PrintStream notes = json ? System.err : out;
    notes.println("nodebuffer conformance report: " + cases.size() + " cases; expectations "
        + recordedFrom(Corpus.expectedText()));
    if (noJava) {
      notes.println("(no Java implementation registered: put one on the class path with its"
          + " META-INF/services/dev.nodebuffer.tck.Implementation)");
    }
    if (node.isEmpty()) {
      notes.println("(Node column left out: " + JsRuntime.howToGetOne() + ")");
    }
    notes.println("(skipped: the implementation lacks a JavaScript feature the case needs; see Feature)");
    if (!json) {
      out.println();
    }
    Report report = new Report(cases, Corpus.expected(), columns);
    out.print(json ? report.json() : report.text());
    return report.anyFailed() ? 1 : 0;
  }

  /**
   * Writes the conformance matrix of the JavaScript runs {@code scripts} and of every registered
   * Java implementation: {@code CONFORMANCE.md} and {@code conformance.json} in {@code dir}.
   * Returns 0: a matrix reports failures, it does not fail on them.
   */
  int matrix(Path dir, List<Column> scripts) throws IOException {
    List<Case> cases = Corpus.cases();
    List<Column> columns = new ArrayList<>(scripts);
    columns.addAll(javaColumns(cases));
    Report report = new Report(cases, Corpus.expected(), columns);
    String preamble =
        "Generated by `scripts/tck-matrix`: do not edit. The kit's "
            + cases.size()
            + " cases run on each JavaScript runtime (pinned, from the npm registry: `scripts/runtime`)"
            + " and each Java implementation registered with the kit, and are judged against the"
            + " outcomes recorded from "
            + recordedFrom(Corpus.expectedText()).replaceFirst("^recorded from ", "")
            + ", the reference.\n\n"
            + "- **skipped**: the implementation lacks a JavaScript feature the case needs (`Feature`);"
            + " runtimes skip nothing.\n"
            + "- **crashed**: the runtime's process died, or the Java case thread ended in an `Error`,"
            + " during the case; **timed out**: the case ran past its limit. Either ends that case only.\n"
            + "- The same data as JSON: [conformance.json](conformance.json).";
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("CONFORMANCE.md"), report.markdown(preamble));
    Files.writeString(dir.resolve("conformance.json"), report.json());
    out.print(report.text().lines().takeWhile(line -> !line.isEmpty()).map(line -> line + "\n").reduce("", String::concat));
    out.println("wrote " + dir.resolve("CONFORMANCE.md") + " and conformance.json");
    return 0;
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

  /** The corpus run on every {@link Implementation} registered with {@link ServiceLoader}. */
  private static List<Column> javaColumns(List<Case> cases) {
    List<Column> columns = new ArrayList<>();
    for (Implementation implementation : ServiceLoader.load(Implementation.class)) {
      columns.add(new JavaRunner(implementation).runAll(cases));
    }
    return columns;
  }

  private static String recordedFrom(String expectedText) {
    String first = expectedText.lines().findFirst().orElse("");
    return first.startsWith("# ") ? first.substring(2).replaceFirst("\\.? Do not edit.*$", "").toLowerCase(java.util.Locale.ROOT) : "(no header)";
  }
}
