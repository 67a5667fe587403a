package dev.nodebuffer.testkit;

import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replay of a {@link DigestRecording}, one parameterized test per recorded family: a subclass
 * names the recording, and says how Java answers the cases of a family ({@link
 * #replay}); this class checks the answers against Node's with a {@link RecordingChecker}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DigestRecordingTest {

  /** The recording replayed. */
  protected final DigestRecording node;

  /** @param node the recording, as {@link DigestRecording#load} gives it */
  protected DigestRecordingTest(DigestRecording node) {
    this.node = node;
  }

  /**
   * Feeds every case of {@code family}, in the script's order, to {@link
   * RecordingChecker#accept}: its input line and how Java computes its output line.
   */
  protected abstract void replay(DigestRecording.Family family, RecordingChecker checker);

  protected Stream<String> families() {
    return node.familyNames();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  protected void javaAnswersWhatNodeAnswered(String name) {
    DigestRecording.Family family = node.family(name);
    RecordingChecker.assertReplays(family, node.script, checker -> replay(family, checker));
  }
}
