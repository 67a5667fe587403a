package dev.nodebuffer;

import org.jspecify.annotations.Nullable;

/**
 * An error as Node.js throws it: every exception this library throws for bad input implements
 * this interface, and its {@link Throwable#getMessage() message} is Node's message, character for
 * character.
 *
 * <p>Ported code that reads {@code err.code} reads {@link #code()}:
 *
 * <pre>{@code
 * // Node:  try { Buffer.alloc(-1) } catch (e) { if (e.code === 'ERR_OUT_OF_RANGE') ... }
 * try {
 *   Buffer.alloc(-1);
 * } catch (IllegalArgumentException e) {
 *   if ("ERR_OUT_OF_RANGE".equals(((NodeError) e).code())) { ... }
 * }
 * }</pre>
 *
 * <p>The Java supertype of each error follows what a Java caller would catch: errors about an
 * argument's value or type are {@link IllegalArgumentException}s.
 */
public interface NodeError {

  /**
   * Node's {@code err.code}, for example {@code "ERR_OUT_OF_RANGE"}; {@code null} for the errors
   * that V8 itself throws without a code (as {@code new ArrayBuffer(-1)} does).
   */
  @Nullable String code();

  /**
   * Node's {@code err.name}: {@code "TypeError"}, {@code "RangeError"} or {@code "Error"}; {@code
   * "InvalidCharacterError"} for the {@code DOMException} of {@code atob} and {@code btoa}.
   */
  String name();
}
