package dev.nodebuffer.pool;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;

/**
 * Whether the calling thread is a virtual thread, on any JDK from 17 on. The bytecode targets Java
 * 17, which has no {@code Thread.isVirtual()} (it came in Java 21), so the method is looked up once
 * at class initialisation. On a JDK without it there are no virtual threads, and the answer is
 * always false. The handle is a constant, so the JIT inlines the call to {@code isVirtual()}.
 */
final class VirtualThreads {

  private static final @Nullable MethodHandle IS_VIRTUAL = lookUpIsVirtual();

  private VirtualThreads() {}

  /** Returns whether the current thread is a virtual thread. */
  static boolean isCurrent() {
    MethodHandle isVirtual = IS_VIRTUAL;
    if (isVirtual == null) {
      return false;
    }
    try {
      return (boolean) isVirtual.invokeExact(Thread.currentThread());
    } catch (Throwable e) {
      throw new AssertionError("Thread.isVirtual() cannot throw", e);
    }
  }

  private static @Nullable MethodHandle lookUpIsVirtual() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException e) {
      return null; // Java 17 to 20: no virtual threads
    } catch (IllegalAccessException e) {
      throw new AssertionError("Thread.isVirtual() is public", e);
    }
  }
}
