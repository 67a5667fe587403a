package dev.nodebuffer.tck;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How a Java case ends when the implementation misbehaves: only that case is affected. */
class JavaRunnerTest {
  private static final Duration LIMIT = Duration.ofMillis(300);

  /** Stands for {@code Buffer}: members that break in each way a case can end. */
  public static final class Misbehaving {
    private Misbehaving() {}

    public static int answer() {
      return 42;
    }

    public static void overflow() {
      throw new StackOverflowError("deep");
    }

    public static void spin() {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
    }

    public static void fail() {
      throw new IllegalArgumentException("not a Node error");
    }
  }

  private static final Implementation MISBEHAVING =
      new Implementation() {
        @Override
        public String name() {
          return "misbehaving";
        }

        @Override
        public Map<String, Class<?>> globals() {
          return Map.of("Buffer", Misbehaving.class);
        }

        @Override
        public void freshProcess() {}

        @Override
        public Implementation.@Nullable NodeErrorInfo describe(Throwable thrown) {
          return null;
        }
      };

  private final JavaRunner runner = new JavaRunner(MISBEHAVING, LIMIT);

  private Outcome run(String source) {
    return runner.run(new Case("t/case", "S", source, Set.of()));
  }

  @Test
  void aCaseThatFinishesPrintsItsLines() {
    assertThat(run("console.log(Buffer.answer());")).isEqualTo(new Outcome(List.of("42"), null));
  }

  @Test
  void anErrorEscapingTheImplementationIsACrashKeepingWhatWasPrinted() {
    assertEnded(
        run("console.log(1); Buffer.overflow(); console.log(2);"),
        Outcome.Ending.CRASHED,
        "java.lang.StackOverflowError: deep",
        "1");
  }

  @Test
  void aJavaScriptLoopIsStoppedAtTheLimitAndJavaScriptCannotCatchTheStop() {
    assertEnded(
        run("console.log(1); try { while (true) {} } catch (e) { console.log('caught'); }"),
        Outcome.Ending.TIMED_OUT,
        "stopped in JavaScript after 300 ms",
        "1");
  }

  @Test
  void aLoopInJavaCodeIsAbandonedAfterTheGraceAndTheNextCaseRuns() {
    assertEnded(
        run("Buffer.spin();"),
        Outcome.Ending.TIMED_OUT,
        "still running in Java code 2300 ms after it started; its thread is left running");
    assertThat(run("console.log(Buffer.answer());").lines()).containsExactly("42");
  }

  @Test
  void anExceptionThatIsNoNodeErrorFinishesTheCaseShowingIt() {
    Outcome outcome = run("Buffer.fail();");
    assertThat(outcome.ending()).isEqualTo(Outcome.Ending.FINISHED);
    assertThat(outcome.error())
        .isEqualTo("Java exception (not a Node error): java.lang.IllegalArgumentException: not a Node error");
  }

  private static void assertEnded(Outcome outcome, Outcome.Ending ending, String detail, String... lines) {
    assertThat(outcome.ending()).isEqualTo(ending);
    assertThat(outcome.detail()).isEqualTo(detail);
    assertThat(outcome.lines()).containsExactlyElementsIn(List.of(lines)).inOrder();
  }
}
