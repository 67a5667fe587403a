package dev.nodebuffer.testkit;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * Virtual threads for tests compiled for Java 17, which has none: the tests are built with {@code
 * --release 17} and run on JDK 25 and again on JDK 17, so {@code Thread.ofVirtual()} is reached by
 * reflection. A test that needs virtual threads assumes {@link #available()}, and is skipped on a
 * JDK without them.
 */
public final class VirtualThreadSupport {

  private static final @Nullable ThreadFactory FACTORY = lookUpFactory();

  private VirtualThreadSupport() {}

  /** Whether this JDK has virtual threads (Java 21 and later). */
  public static boolean available() {
    return FACTORY != null;
  }

  /**
   * Returns {@code Thread.ofVirtual().factory()}: a factory of unstarted virtual threads.
   *
   * @throws IllegalStateException if this JDK has no virtual threads
   */
  public static ThreadFactory factory() {
    ThreadFactory factory = FACTORY;
    if (factory == null) {
      throw new IllegalStateException(
          "no virtual threads on Java " + Runtime.version().feature() + "; check available()");
    }
    return factory;
  }

  private static @Nullable ThreadFactory lookUpFactory() {
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      // The builder's class is internal; call the method through its public interface.
      return (ThreadFactory)
          Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
    } catch (NoSuchMethodException e) {
      return null; // Java 17 to 20
    } catch (ClassNotFoundException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("Thread.ofVirtual() is public API from Java 21 on", e);
    }
  }
}
