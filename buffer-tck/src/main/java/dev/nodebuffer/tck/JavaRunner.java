package dev.nodebuffer.tck;

import java.util.ArrayList;
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
 */
public final class JavaRunner {
  private static final long CASE_TIMEOUT_MILLIS = 30_000;

  private final Implementation implementation;
  private final String show = Corpus.resource("show.js");

  public JavaRunner(Implementation implementation) {
    this.implementation = implementation;
  }

  /** Whether the implementation can express {@code c}: it lacks no {@link Feature} {@code c} needs. */
  public boolean canRun(Case c) {
    return java.util.Collections.disjoint(c.needs(), implementation.unsupported());
  }

  /**
   * Runs every case of {@code cases} that the implementation {@linkplain #canRun can run}, in
   * order; the others are left out of the column (skipped).
   */
  public Column runAll(List<Case> cases) {
    Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
    for (Case c : cases) {
      if (canRun(c)) {
        outcomes.put(c.id(), run(c));
      }
    }
    return new Column(implementation.name(), "Java", outcomes);
  }

  /** Runs {@code c} and returns what it printed and how it ended. */
  public Outcome run(Case c) {
    AtomicReference<@Nullable Outcome> result = new AtomicReference<>();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(runHere(c));
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "tck " + c.id());
    thread.start();
    try {
      thread.join(CASE_TIMEOUT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + c.id(), e);
    }
    Outcome outcome = result.get();
    if (outcome != null) {
      return outcome;
    }
    Throwable t = failure.get();
    throw new IllegalStateException(
        t == null ? c.id() + " did not finish in " + CASE_TIMEOUT_MILLIS + " ms" : c.id() + " broke the runner", t);
  }

  private Outcome runHere(Case c) {
    implementation.freshProcess();
    Context cx = new ContextFactory().enterContext();
    try {
      cx.setLanguageVersion(Context.VERSION_ES6);
      cx.setInterpretedMode(true);
      cx.setWrapFactory(new NodeWrapFactory());
      ScriptableObject scope = cx.initStandardObjects();
      for (Map.Entry<String, Class<?>> global : implementation.globals().entrySet()) {
        ScriptableObject.putProperty(
            scope, global.getKey(), cx.getWrapFactory().wrapJavaClass(cx, scope, global.getValue()));
      }
      cx.evaluateString(scope, show, "show.js", 1, null);
      List<String> lines = new ArrayList<>();
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
      return new Outcome(lines, error);
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
}
