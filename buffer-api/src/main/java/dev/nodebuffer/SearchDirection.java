package dev.nodebuffer;

/**
 * Which way a search runs: {@code indexOf}, {@code includes} and {@code findIndex} search {@link
 * #FORWARD}, {@code lastIndexOf} and {@code findLastIndex} {@link #BACKWARD}. Node's {@code
 * bidirectionalIndexOf} ({@code lib/buffer.js}) passes the same choice as its boolean {@code dir}.
 */
enum SearchDirection {
  FORWARD,
  BACKWARD
}
