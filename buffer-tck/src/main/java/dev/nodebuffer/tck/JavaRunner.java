package dev.nodebuffer.tck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.WrappedException;

/**
 * Runs cases on the JVM: Mozilla Rhino evaluates each case's lines, as they are, over the
 * classes an {@link Implementation} names. Each case runs on a new thread, after {@link
 * Implementation#freshProcess()}, so that it starts from a fresh pool as a new Node process does.
 *
 * <p>A case ends one of three ways, and only that case is affected: it finishes (printing, or
 * throwing an error the implementation {@linkplain Implementation#describe describes} or not);
 * it <em>crashes</em>, when an {@link Error} (a {@code StackOverflowError}, an {@code
 * OutOfMemoryError}, an assertion) escapes the implementation; or it <em>times out</em>, when it
 * runs past the limit. A case stuck in JavaScript is stopped at the limit; one stuck inside the
 * implementation's Java code cannot be stopped (Java has no safe way to stop a thread): its
 * daemon thread is left running and the run goes on.
 */
public final class JavaRunner {
  /** The default limit per case. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

  /** How long past the limit the runner waits for a case stuck in Java code before giving up on it. */
  private static final Duration GRACE = Duration.ofSeconds(2);

  /** Rhino calls the observer every this many interpreted instructions. */
  private static final int INSTRUCTIONS_PER_CHECK = 10_000;

  private final Implementation implementation;
  private final Duration limit;
  private final String show = Corpus.resource("show.js");

  public JavaRunner(Implementation implementation) {
    this(implementation, DEFAULT_LIMIT);
  }

  /** A runner that stops a case after {@code limit}. */
  public JavaRunner(Implementation implementation, Duration limit) {
    this.implementation = implementation;
    this.limit = limit;
  }

  /** Whether the implementation can express {@code c}: it lacks no {@link Feature} {@code c} needs. */
  public boolean canRun(Case c) {
    return Collections.disjoint(c.needs(), implementation.unsupported());
  }

  /**
   * Runs every case of {@code cases} that the implementation {@linkplain #canRun can run}, in
   * order; the others are left out of the column (skipped).
   */
  public Column runAll(List<Case> cases) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Case c : cases) {
      if (canRun(c)) {
        outcomes.put(c.id(), run(c));
      }
    }
    return new Column(implementation.name(), "Java", outcomes);
  }

  /** Runs {@code c} and returns what it printed and how it ended. */
  public Outcome run(Case c) {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<@Nullable Outcome> result = new AtomicReference<>();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    long deadline = System.nanoTime() + limit.toNanos();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(runHere(c, lines, deadline));
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "tck " + c.id());
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(limit.plus(GRACE).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + c.id(), e);
    }
    Outcome outcome = result.get();
    if (outcome != null) {
      return outcome;
    }
    Throwable t = failure.get();
    List<String> printed = List.copyOf(lines);
    if (t == null) {
      return new Outcome(printed, null, Outcome.Ending.TIMED_OUT, "still running in Java code " + limit.plus(GRACE).toMillis()
          + " ms after it started; its thread is left running");
    }
    if (t instanceof PastTheLimit) {
      return new Outcome(printed, null, Outcome.Ending.TIMED_OUT, "stopped in JavaScript after " + limit.toMillis() + " ms");
    }
    return new Outcome(printed, null, Outcome.Ending.CRASHED, String.valueOf(t));
  }

  private Outcome runHere(Case c, List<String> lines, long deadline) {
    implementation.freshProcess();
    Context cx = new DeadlineFactory(deadline).enterContext();
    try {
      cx.setLanguageVersion(Context.VERSION_ES6);
      cx.setInterpretedMode(true); // the instruction observer works in interpreted mode only
      cx.setInstructionObserverThreshold(INSTRUCTIONS_PER_CHECK);
      cx.setWrapFactory(new NodeWrapFactory());
      ScriptableObject scope = cx.initStandardObjects();
      for (Map.Entry<String, Class<?>> global : implementation.globals().entrySet()) {
        ScriptableObject.putProperty(
            scope, global.getKey(), cx.getWrapFactory().wrapJavaClass(cx, scope, global.getValue()));
      }
      cx.evaluateString(scope, show, "show.js", 1, null);
      // As a Java object: the wrap factory would copy a List into a JavaScript array.
      ScriptableObject.putProperty(
          scope, "__lines", cx.getWrapFactory().wrapAsJavaObject(cx, scope, lines, List.class));
      cx.evaluateString(
          scope,
          "var console = { log: function () {"
              + " __lines.add(Array.prototype.map.call(arguments, function (v) { return show(v); }).join(' ')); } };",
          "console.js",
          1,
          null);
      String error = null;
      try {
        cx.evaluateString(scope, c.source(), c.id() + ".js", 1, null);
      } catch (RhinoException e) {
        error = describe(e);
      }
      return new Outcome(List.copyOf(lines), error);
    } finally {
      Context.exit();
    }
  }

  /** The thrown error as the record writes it: Node's text for a Node error, else what it was. */
  private String describe(RhinoException e) {
    if (e instanceof WrappedException wrapped) {
      Throwable thrown = wrapped.getWrappedException();
      Implementation.NodeErrorInfo info = implementation.describe(thrown);
      if (info != null) {
        return describeError(info.name(), info.code(), info.message());
      }
      return "Java exception (not a Node error): " + thrown;
    }
    if (e instanceof EcmaError error) {
      return describeError(error.getName(), null, error.getErrorMessage());
    }
    if (e instanceof JavaScriptException thrown) {
      return "thrown " + thrown.getValue();
    }
    return e.toString();
  }

  private static String describeError(String name, @Nullable String code, String message) {
    return name + (code == null ? "" : " [" + code + "]") + ": " + message;
  }

  /** Stops a case's JavaScript once its deadline passes; JavaScript cannot catch an {@link Error}. */
  private static final class DeadlineFactory extends ContextFactory {
    private final long deadline;

    DeadlineFactory(long deadline) {
      this.deadline = deadline;
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
      if (System.nanoTime() - deadline > 0) {
        throw new PastTheLimit();
      }
    }
  }

  /** Thrown into a case's JavaScript at its deadline. */
  private static final class PastTheLimit extends Error {
    private static final long serialVersionUID = 1L;

    PastTheLimit() {
      super("past the limit", null, false, false);
    }
  }
}
