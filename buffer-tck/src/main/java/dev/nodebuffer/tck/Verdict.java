package dev.nodebuffer.tck;

import org.jspecify.annotations.Nullable;

/** How a case fared on one runtime or implementation, judged against its recorded outcome. */
public enum Verdict {
  /** It printed and threw exactly what Node 22 did. */
  PASSED,
  /** It finished with another outcome, or the case has no recorded expectation. */
  FAILED,
  /** It did not run: the implementation lacks a {@link Feature} the case needs. */
  SKIPPED,
  /** Its runtime's process died during it, or an {@link Error} escaped the Java implementation. */
  CRASHED,
  /** It ran past the time limit and was stopped (or, in Java code, abandoned). */
  TIMED_OUT;

  /** The verdict for {@code actual} ({@code null}: the case did not run) against {@code expected}. */
  public static Verdict of(@Nullable Outcome expected, @Nullable Outcome actual) {
    if (actual == null) {
      return SKIPPED;
    }
    return switch (actual.ending()) {
      case CRASHED -> CRASHED;
      case TIMED_OUT -> TIMED_OUT;
      case FINISHED -> actual.equals(expected) ? PASSED : FAILED;
    };
  }

  /** The word a report prints: {@code passed}, {@code timed out}... */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
