package dev.nodebuffer.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One example of a readable codec test, as Node 22 printed it, read from a text resource: a row
 * {@code ARGUMENTS -> ANSWER | ANSWER ...} under a {@code ## rule} heading, in a section begun by
 * an {@code @kind} line. The arguments are JSON strings, JSON arrays of bytes and numbers,
 * separated by spaces; a quoted answer is a JSON string. Other {@code #} lines (among them the
 * command that printed each section) are comments, and a row may end in a note after {@code "  #
 * "}.
 */
record Example(
    String rule, String arguments, List<Object> args, List<String> answers, String note) {

  /** The examples of {@code kind} in {@code resource} (next to {@code anchor}), in file order. */
  static Stream<Example> load(Class<?> anchor, String resource, String kind) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no resource " + resource + " next to " + anchor);
    }
    List<Example> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String section = "";
      String rule = "";
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("@")) {
          section = line.substring(1).trim();
        } else if (line.startsWith("## ")) {
          rule = line.substring(3).trim();
        } else if (!line.isBlank() && !line.startsWith("#") && section.equals(kind)) {
          out.add(parse(rule, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no @" + kind + " examples in " + resource);
    }
    return out.stream();
  }

  private static Example parse(String rule, String line) {
    int noteAt = line.indexOf("  # ");
    String note = noteAt < 0 ? "" : line.substring(noteAt + 4).trim();
    String row = noteAt < 0 ? line : line.substring(0, noteAt);
    int arrow = row.lastIndexOf(" ->");
    String arguments = row.substring(0, arrow).trim();
    List<String> answers = new ArrayList<>();
    for (String a : row.substring(arrow + 3).split("\\|", -1)) {
      String t = a.trim();
      answers.add(t.startsWith("\"") ? jsonString(t, 0)[0] : t);
    }
    return new Example(rule, arguments, tokens(arguments), List.copyOf(answers), note);
  }

  /** The arguments: a JSON string is a String, a JSON array a byte[], a number an Integer. */
  private static List<Object> tokens(String s) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '"') {
        String[] string = jsonString(s, i);
        out.add(string[0]);
        i = Integer.parseInt(string[1]);
      } else if (c == '[') {
        int close = s.indexOf(']', i);
        String inner = s.substring(i + 1, close).trim();
        String[] values = inner.isEmpty() ? new String[0] : inner.split(",");
        byte[] bytes = new byte[values.length];
        for (int k = 0; k < values.length; k++) {
          bytes[k] = (byte) Integer.parseInt(values[k].trim());
        }
        out.add(bytes);
        i = close + 1;
      } else {
        int end = s.indexOf(' ', i);
        end = end < 0 ? s.length() : end;
        out.add(Integer.parseInt(s.substring(i, end)));
        i = end;
      }
    }
    return List.copyOf(out);
  }

  /** The JSON string starting at {@code s[at]}: its value, and the index just after it. */
  private static String[] jsonString(String s, int at) {
    StringBuilder out = new StringBuilder();
    int i = at + 1;
    for (char c; (c = s.charAt(i)) != '"'; i++) {
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e); // \" \\ \/
      }
    }
    return new String[] {out.toString(), String.valueOf(i + 1)};
  }

  String string(int i) {
    return (String) args.get(i);
  }

  byte[] bytes(int i) {
    return (byte[]) args.get(i);
  }

  int integer(int i) {
    return (Integer) args.get(i);
  }

  String answer(int i) {
    return answers.get(i);
  }

  int answerInt(int i) {
    return Integer.parseInt(answers.get(i));
  }

  /** The rule, the row's arguments and its note: the name of a parameterized test's case. */
  @Override
  public String toString() {
    return rule + ": " + arguments + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
