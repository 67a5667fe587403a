package dev.nodebuffer.tck;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one interface a Java implementation of Node's {@code Buffer} implements to run the
 * conformance kit; register it with {@link java.util.ServiceLoader} (a {@code provides} clause,
 * or {@code META-INF/services/dev.nodebuffer.tck.Implementation}).
 *
 * <p>The kit runs each case's JavaScript over the classes {@link #globals()} names, and maps
 * Node's names to Java by the naming rule of nodebuffer's design: a static or instance method
 * keeps its Node name and parameter order; a property read ({@code buf.length}, {@code
 * Buffer.poolSize}) calls the no-argument method of that name ({@code length()}, {@code
 * poolSize()}); a property assignment ({@code Buffer.poolSize = n}) calls {@code setPoolSize(n)};
 * an index read {@code buf[i]} calls {@code get(i)} and gives {@code undefined} when that throws
 * {@link IndexOutOfBoundsException}.
 */
public interface Implementation {

  /** A name for reports, for example {@code "nodebuffer 0.1.0"}. */
  String name();

  /**
   * The JavaScript globals the cases use, each mapped to the class that stands for it: at least
   * {@code "Buffer"}, {@code "ArrayBuffer"} and {@code "Uint8Array"}, and {@code "buffer"}, the
   * module object ({@code require('buffer')}), whose functions ({@code buffer.isUtf8(x)}, {@code
   * buffer.transcode(b, 'utf8', 'latin1')}, {@code buffer.atob(s)}...) are the class's statics.
   */
  Map<String, Class<?>> globals();

  /**
   * Puts the calling thread in the state of a new Node process before a case runs on it: a fresh
   * pool and the default {@code Buffer.poolSize}. Each case runs on a thread of its own.
   */
  void freshProcess();

  /**
   * The JavaScript features this implementation's API has no way to express: the cases that need
   * any of them are skipped on it, and count as skipped in reports. By default none: every case
   * runs.
   */
  default Set<Feature> unsupported() {
    return Set.of();
  }

  /**
   * Describes {@code thrown} as the Node error it stands for, or returns {@code null} if it is no
   * Node error (the case then fails, showing the Java exception).
   */
  @Nullable NodeErrorInfo describe(Throwable thrown);

  /** A Node error's {@code name}, {@code code} ({@code null} for V8's code-less errors) and {@code message}. */
  record NodeErrorInfo(String name, @Nullable String code, String message) {}
}
