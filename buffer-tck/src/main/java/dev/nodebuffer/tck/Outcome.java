package dev.nodebuffer.tck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a case did: the lines its {@code console.log} calls printed, and the error that ended it.
 *
 * @param lines one entry per {@code console.log} call, its arguments printed by {@code show.js}
 * @param error {@code "Name [CODE]: message"} of the error that ended the case, or {@code null}
 */
public record Outcome(List<String> lines, @Nullable String error) {
  public Outcome {
    lines = List.copyOf(lines);
  }

  /** The outcome as the record file writes it, one line per entry. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append("out ").append(line).append('\n');
    }
    if (error != null) {
      text.append("throws ").append(Records.escape(error)).append('\n');
    }
    return text.toString();
  }
}
