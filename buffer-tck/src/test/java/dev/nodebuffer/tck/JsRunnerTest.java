package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.NodeOracle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The supervisor on Node 22 ({@link NodeOracle}: skipped with a message when none is configured),
 * with small cases that hang, crash their process, or end their worker.
 */
class JsRunnerTest {
  private static final Duration LIMIT = Duration.ofSeconds(2);

  private static Case c(String id, String source) {
    return new Case("t/" + id, "test", source, java.util.Set.of());
  }

  private static Map<String, Outcome> run(Case... cases) {
    return new JsRunner(JsRuntime.at(NodeOracle.node()), LIMIT).run(List.of(cases));
  }

  private static Outcome get(Map<String, Outcome> outcomes, String id) {
    return Objects.requireNonNull(outcomes.get(id), id);
  }

  private static Outcome printed(String... lines) {
    return new Outcome(List.of(lines), null);
  }

  @Test
  void aCaseThatNeverReturnsTimesOutAndTheRestRunInANewProcess() {
    long start = System.nanoTime();
    Map<String, Outcome> outcomes =
        run(
            c("before", "console.log(Buffer.allocUnsafe(1).byteOffset)"),
            c("hang", "console.log(1); while (true) {}"),
            c("after", "console.log(Buffer.allocUnsafe(1).byteOffset)"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(outcomes.keySet()).containsExactly("t/before", "t/hang", "t/after").inOrder();
    assertThat(get(outcomes, "t/before")).isEqualTo(printed("8"));
    Outcome hang = get(outcomes, "t/hang");
    assertThat(hang.ending()).isEqualTo(Outcome.Ending.TIMED_OUT);
    assertThat(hang.detail()).isEqualTo("no outcome within 2 s; the process was killed");
    assertThat(hang.lines()).isEmpty();
    assertThat(get(outcomes, "t/after")).isEqualTo(printed("8"));
    assertThat(took).isLessThan(LIMIT.multipliedBy(3));
  }

  /**
   * A hang in Node's native code, which {@code worker.terminate()} cannot stop: on Node 20, 22 and
   * 24, a UTF-16LE search in a view that starts at an odd byte offset never returns when the
   * needle's first byte is there (Deno 2 and Bun 1 print 2): it loops in {@code
   * stringsearch::SearchString<unsigned short>} under {@code IndexOfBuffer} ({@code
   * src/node_buffer.cc}). Only killing the process ends it.
   */
  @Test
  void aHangInNativeCodeTimesOut() {
    Map<String, Outcome> outcomes =
        run(
            c(
                "odd-offset-ucs2-search",
                "const h = Buffer.from(new ArrayBuffer(8), 1, 4);\n"
                    + "h.write('ab', 0, 'utf16le');\n"
                    + "console.log(h.indexOf(Buffer.from('b', 'utf16le'), 0, 'utf16le'));"),
            c(
                "after",
                "console.log(Buffer.from(new ArrayBuffer(8), 2, 4).indexOf('', 0, 'utf16le'))"));

    assertWithMessage("the pinned Node 22 hangs in this search; if it now answers, it was fixed")
        .that(get(outcomes, "t/odd-offset-ucs2-search").ending())
        .isEqualTo(Outcome.Ending.TIMED_OUT);
    assertThat(get(outcomes, "t/after")).isEqualTo(printed("0"));
  }

  @Test
  void hangsInARowEachTimeOut() {
    Map<String, Outcome> outcomes =
        run(c("one", "while (true) {}"), c("two", "for (;;) {}"), c("three", "console.log(3)"));

    assertThat(get(outcomes, "t/one").ending()).isEqualTo(Outcome.Ending.TIMED_OUT);
    assertThat(get(outcomes, "t/two").ending()).isEqualTo(Outcome.Ending.TIMED_OUT);
    assertThat(get(outcomes, "t/three")).isEqualTo(printed("3"));
  }

  @Test
  void aCaseThatAbortsItsProcessIsCrashedWithTheSignalAndStderr() {
    Map<String, Outcome> outcomes =
        run(
            c("before", "console.log('a')"),
            c(
                "abort",
                "require('fs').writeSync(2, 'last words\\n"
                    + "'); process.kill(process.pid, 'SIGABRT')"),
            c("after", "console.log('b')"));

    assertThat(outcomes.keySet()).containsExactly("t/before", "t/abort", "t/after").inOrder();
    assertThat(get(outcomes, "t/before")).isEqualTo(printed("\"a\""));
    Outcome abort = get(outcomes, "t/abort");
    assertThat(abort.ending()).isEqualTo(Outcome.Ending.CRASHED);
    assertThat(abort.detail()).startsWith("exit code 134 (128 + signal 6, SIGABRT); stderr:\n");
    assertThat(abort.detail()).contains("last words");
    assertThat(get(outcomes, "t/after")).isEqualTo(printed("\"b\""));
  }

  @Test
  void crashesFirstAndLastAreRecordedToo() {
    Map<String, Outcome> outcomes =
        run(
            c("first", "process.kill(process.pid, 'SIGKILL')"),
            c("middle", "console.log(2)"),
            c("last", "process.kill(process.pid, 'SIGKILL')"));

    assertThat(get(outcomes, "t/first"))
        .isEqualTo(Outcome.crashed("any detail: equality ignores it"));
    assertThat(get(outcomes, "t/first").detail())
        .isEqualTo("exit code 137 (128 + signal 9, SIGKILL); no stderr");
    assertThat(get(outcomes, "t/middle")).isEqualTo(printed("2"));
    assertThat(get(outcomes, "t/last").ending()).isEqualTo(Outcome.Ending.CRASHED);
  }

  @Test
  void aCaseThatEndsOnlyItsWorkerIsCrashedByTheRunnerAndTheProcessGoesOn() {
    Map<String, Outcome> outcomes =
        run(
            c("exit", "console.log(1); process.exit(3)"),
            c("abort", "process.abort()"),
            c("after", "console.log(Buffer.allocUnsafe(1).byteOffset)"));

    Outcome exit = get(outcomes, "t/exit");
    assertThat(exit.ending()).isEqualTo(Outcome.Ending.CRASHED);
    assertThat(exit.detail()).isEqualTo("the worker exited with code 3");
    // A worker has no process.abort(): it throws, and the case finishes with that error.
    assertThat(get(outcomes, "t/abort"))
        .isEqualTo(
            new Outcome(
                List.of(),
                "TypeError [ERR_WORKER_UNSUPPORTED_OPERATION]:"
                    + " process.abort() is not supported in workers"));
    assertThat(get(outcomes, "t/after")).isEqualTo(printed("8"));
  }

  @Test
  void manyCasesKeepTheirOrderAcrossRestarts() {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add(
          c(
              "case" + i,
              i % 5 == 3 ? "process.kill(process.pid, 'SIGKILL')" : "console.log(" + i + ")"));
    }
    Map<String, Outcome> outcomes = new JsRunner(JsRuntime.at(NodeOracle.node()), LIMIT).run(cases);

    assertThat(outcomes.keySet())
        .containsExactlyElementsIn(cases.stream().map(Case::id).toList())
        .inOrder();
    for (int i = 0; i < 12; i++) {
      Outcome outcome = get(outcomes, "t/case" + i);
      if (i % 5 == 3) {
        assertThat(outcome.ending()).isEqualTo(Outcome.Ending.CRASHED);
      } else {
        assertThat(outcome).isEqualTo(printed(String.valueOf(i)));
      }
    }
  }

  @Test
  void theRuntimeIsRecognizedAsTheReference() {
    JsRuntime node = JsRuntime.at(NodeOracle.node());
    assertThat(node.kind()).isEqualTo(JsRuntime.Kind.NODE);
    assertThat(node.isReference()).isTrue();
    assertThat(node.name()).isEqualTo("node " + node.version());
  }

  @Test
  void exitStatusesNameTheirSignals() {
    assertThat(JsRunner.describeExit(3)).isEqualTo("exit code 3");
    assertThat(JsRunner.describeExit(134)).isEqualTo("exit code 134 (128 + signal 6, SIGABRT)");
    assertThat(JsRunner.describeExit(133)).isEqualTo("exit code 133 (128 + signal 5, SIGTRAP)");
    assertThat(JsRunner.describeExit(159)).isEqualTo("exit code 159 (128 + signal 31)");
  }
}
