package dev.nodebuffer.testkit;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences found while replaying a recording: all are counted, the first {@value #SHOWN}
 * kept for the failure message, so that one broken rule among thousands of cases reads as a short
 * report and not as a wall of text.
 */
public final class Mismatches {

  /** How many differences a failure message lists. */
  public static final int SHOWN = 20;

  private final List<String> shown = new ArrayList<>();
  private int count;

  /** One difference, described for the failure message. */
  public void add(String description) {
    count++;
    if (shown.size() < SHOWN) {
      shown.add(description);
    }
  }

  /** How many differences were added. */
  public int count() {
    return count;
  }

  /** Fails, listing the first differences, unless none was added. */
  public void assertNone(String what) {
    assertWithMessage(
            "%s: %s difference(s), the first ones:\n  %s", what, count, String.join("\n  ", shown))
        .that(shown)
        .isEmpty();
  }
}
