package dev.nodebuffer.testkit;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A recording of Node's answers stored in full, one case a line, as the scripts built on {@code
 * cli} of {@code buffer-testkit/src/main/node/recording.js} write it: {@code #} comment lines, a
 * {@code node TAB process.version} line, the case lines, and, in some, a last {@code end} line.
 * The case lines' format is the script's own (described at its top).
 */
public final class LineRecording {

  public final String resource;

  /** The {@code node} line's version, or null where the script writes none. */
  public final @Nullable String nodeVersion;

  /** The case lines, in order. */
  public final List<String> cases;

  /** Whether the recording ends with an {@code end} line. */
  public final boolean ended;

  private LineRecording(
      String resource, @Nullable String nodeVersion, List<String> cases, boolean ended) {
    this.resource = resource;
    this.nodeVersion = nodeVersion;
    this.cases = cases;
    this.ended = ended;
  }

  /**
   * Replays case lines of the form {@code FIELD TAB ... TAB => TAB ANSWER}: {@code run} answers
   * for the fields before {@code =>}, and each answer that differs from the recorded one is a
   * mismatch, shown with its line and Java's answer.
   */
  public Mismatches replay(Function<List<String>, String> run) {
    Mismatches failures = new Mismatches();
    for (String line : cases) {
      List<String> fields = List.of(line.split("\t", -1));
      int arrow = fields.indexOf("=>");
      assertWithMessage("%s: a case line without =>: %s", resource, line).that(arrow).isAtLeast(0);
      String actual = run.apply(fields.subList(0, arrow));
      if (!actual.equals(fields.get(arrow + 1))) {
        failures.add(line + "\n    java: " + actual);
      }
    }
    return failures;
  }

  /** The recording in the named resource next to {@code anchor} (its package). */
  public static LineRecording load(Class<?> anchor, String resource) {
    String text;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String node = null;
    List<String> cases = new ArrayList<>();
    boolean ended = false;
    for (String line : text.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
      assertWithMessage("%s: a line after the end line", resource).that(ended).isFalse();
      if (line.startsWith("node\t")) {
        node = line.substring("node\t".length());
      } else if (line.equals("end")) {
        ended = true;
      } else {
        cases.add(line);
      }
    }
    return new LineRecording(resource, node, List.copyOf(cases), ended);
  }
}
