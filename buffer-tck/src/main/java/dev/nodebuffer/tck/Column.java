package dev.nodebuffer.tck;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one runtime or implementation did with the corpus: a column of a {@link Report}.
 *
 * @param name what the report calls it, for example {@code "node v22.23.3"} or {@code "nodebuffer
 *     (Java, per-thread pool)"}
 * @param family what it is, for grouping: {@code "Node.js"}, {@code "Deno"}, {@code "Bun"} or
 *     {@code "Java"}; the report compares the Node.js columns with each other
 * @param outcomes the outcome of every case that ran, by case id; a case without one was skipped
 */
public record Column(String name, String family, Map<String, Outcome> outcomes) {
  /** The family of the columns whose disagreements a report lists. */
  public static final String NODE = "Node.js";

  public Column {
    outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }
}
