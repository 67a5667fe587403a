package dev.nodebuffer.tck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text format of recorded outcomes, written by {@code runner.cjs} and by {@code tck record},
 * read by every runner:
 *
 * <pre>
 * # comment lines (who recorded it, with which node)
 * == buffer-alloc/zero-filled
 * out &lt;Buffer 00 00 00 00&gt;
 * throws RangeError [ERR_OUT_OF_RANGE]: The value of "size" is out of range. ...
 * == search/a-case-that-aborts
 * crashed exit code 134 (128 + signal 6, SIGABRT); stderr: ...
 * == search/a-case-that-never-returns
 * timed-out no outcome within 10 s; the process was killed
 * </pre>
 *
 * <p>{@code out} lines are {@code show.js} output, always one line; {@code throws}, {@code
 * crashed} and {@code timed-out} lines escape backslash, CR and LF. A {@code crashed} or {@code
 * timed-out} line makes the outcome {@link Outcome.Ending#CRASHED} or {@link
 * Outcome.Ending#TIMED_OUT}, with the line's text as its detail.
 */
public final class Records {
  private Records() {}

  /** Parses a record file into outcomes by case id, in file order. */
  public static Map<String, Outcome> parse(String text) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    String id = null;
    List<String> lines = new ArrayList<>();
    String error = null;
    Outcome.Ending ending = Outcome.Ending.FINISHED;
    String detail = "";
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("== ")) {
        if (id != null) {
          outcomes.put(id, new Outcome(lines, error, ending, detail));
        }
        id = line.substring(3);
        lines = new ArrayList<>();
        error = null;
        ending = Outcome.Ending.FINISHED;
        detail = "";
      } else if (id != null && line.startsWith("out ")) {
        lines.add(line.substring(4));
      } else if (id != null && line.startsWith("throws ")) {
        error = unescape(line.substring(7));
      } else if (id != null && line.startsWith("crashed ")) {
        ending = Outcome.Ending.CRASHED;
        detail = unescape(line.substring(8));
      } else if (id != null && line.startsWith("timed-out ")) {
        ending = Outcome.Ending.TIMED_OUT;
        detail = unescape(line.substring(10));
      } else {
        throw new IllegalArgumentException("not a record line: " + line);
      }
    }
    if (id != null) {
      outcomes.put(id, new Outcome(lines, error, ending, detail));
    }
    return outcomes;
  }

  /** Formats outcomes, after {@code header} lines that are written as {@code #} comments. */
  public static String format(List<String> header, Map<String, Outcome> outcomes) {
    StringBuilder text = new StringBuilder();
    for (String line : header) {
      text.append("# ").append(line).append('\n');
    }
    outcomes.forEach((id, outcome) -> text.append("== ").append(id).append('\n').append(outcome));
    return text.toString();
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /**
   * How {@code actual} differs from {@code expected}, as an indented "expected: ... actual: ..."
   * text of their records, or {@code null} when they are equal ({@link Outcome#equals}).
   */
  public static @Nullable String difference(Outcome expected, Outcome actual) {
    if (expected.equals(actual)) {
      return null;
    }
    return "expected:\n" + indent(expected) + "actual:\n" + indent(actual);
  }

  private static String indent(Outcome outcome) {
    String text = outcome.toString();
    return text.isEmpty() ? "  (nothing)\n" : "  " + text.replace("\n", "\n  ").stripTrailing() + "\n";
  }
}
