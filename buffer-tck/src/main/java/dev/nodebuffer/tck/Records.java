package dev.nodebuffer.tck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text format of recorded outcomes, written by {@code node-runner.js} and by {@code tck
 * record}, read by every runner:
 *
 * <pre>
 * # comment lines (who recorded it, with which node)
 * == buffer-alloc/zero-filled
 * out &lt;Buffer 00 00 00 00&gt;
 * throws RangeError [ERR_OUT_OF_RANGE]: The value of "size" is out of range. ...
 * </pre>
 *
 * <p>{@code out} lines are {@code show.js} output, always one line; {@code throws} lines escape
 * backslash, CR and LF.
 */
public final class Records {
  private Records() {}

  /** Parses a record file into outcomes by case id, in file order. */
  public static Map<String, Outcome> parse(String text) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    String id = null;
    List<String> lines = new ArrayList<>();
    String error = null;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("== ")) {
        if (id != null) {
          outcomes.put(id, new Outcome(lines, error));
        }
        id = line.substring(3);
        lines = new ArrayList<>();
        error = null;
      } else if (id != null && line.startsWith("out ")) {
        lines.add(line.substring(4));
      } else if (id != null && line.startsWith("throws ")) {
        error = unescape(line.substring(7));
      } else {
        throw new IllegalArgumentException("not a record line: " + line);
      }
    }
    if (id != null) {
      outcomes.put(id, new Outcome(lines, error));
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
   * The two outcomes, each under a heading and indented, for a failure message; {@code null} if
   * they are equal.
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
