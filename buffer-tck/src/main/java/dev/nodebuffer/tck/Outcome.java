package dev.nodebuffer.tck;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a case did: the lines its {@code console.log} calls printed, the error that ended it, and
 * how it ended: it finished (returned or threw), or it never gave an outcome because the process
 * running it crashed or it ran past the time limit ({@link JsRunner}).
 *
 * <p>Equality compares {@link #lines}, {@link #error} and {@link #ending}, not {@link #detail}: the
 * detail of a crash is the runtime's own text (exit status, the end of stderr, with process ids
 * and addresses in it), for people to read. So a crashed or timed-out outcome never equals a
 * finished one, and two crashes of the same case are equal however their details differ.
 *
 * @param lines one entry per {@code console.log} call, its arguments printed by {@code show.js}
 * @param error {@code "Name [CODE]: message"} of the error that ended the case, or {@code null}
 * @param ending whether the case finished, crashed or timed out
 * @param detail what ended a crashed or timed-out case ({@code ""} for a finished one)
 */
public record Outcome(List<String> lines, @Nullable String error, Ending ending, String detail) {

  /** How a case ended. */
  public enum Ending {
    /** The case ran to its end or to the error that ended it. */
    FINISHED,
    /** The process (or worker) running the case ended before the case gave its outcome. */
    CRASHED,
    /** The case gave no outcome within the time limit, and its process was killed. */
    TIMED_OUT
  }

  public Outcome {
    lines = List.copyOf(lines);
    if (ending == Ending.FINISHED && !detail.isEmpty()) {
      throw new IllegalArgumentException("a finished outcome has no detail: " + detail);
    }
  }

  /** A finished case's outcome. */
  public Outcome(List<String> lines, @Nullable String error) {
    this(lines, error, Ending.FINISHED, "");
  }

  /** The outcome of a case whose process crashed before the case ended, for {@code detail}. */
  public static Outcome crashed(String detail) {
    return new Outcome(List.of(), null, Ending.CRASHED, detail);
  }

  /** The outcome of a case that did not end within the time limit, as {@code detail} says. */
  public static Outcome timedOut(String detail) {
    return new Outcome(List.of(), null, Ending.TIMED_OUT, detail);
  }

  /** Whether the case ended by itself: ran to its end or threw. */
  public boolean finished() {
    return ending == Ending.FINISHED;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Outcome that
        && lines.equals(that.lines)
        && Objects.equals(error, that.error)
        && ending == that.ending;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, error, ending);
  }

  /** The outcome as the record file writes it, one line per entry ({@link Records}). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append("out ").append(line).append('\n');
    }
    if (error != null) {
      text.append("throws ").append(Records.escape(error)).append('\n');
    }
    switch (ending) {
      case CRASHED -> text.append("crashed ").append(Records.escape(detail)).append('\n');
      case TIMED_OUT -> text.append("timed-out ").append(Records.escape(detail)).append('\n');
      case FINISHED -> {}
    }
    return text.toString();
  }
}
