package dev.nodebuffer.testkit;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replay of a {@link DigestRecording}, one parameterized test per recorded family: a subclass
 * names the recording and the families its Java twin of the script knows, and says how Java
 * answers the cases of a family ({@link #replay}); this class checks that the recording has
 * exactly those families, and checks the answers against Node's with a {@link RecordingChecker}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DigestRecordingTest {

  /** The recording replayed. */
  protected final DigestRecording node;

  private final List<String> generated;
  private final List<String> listed;

  /**
   * @param anchor the class next to whose package the recording lies
   * @param resource the recording's resource name
   * @param generated the families whose cases the Java twin generates, in the script's order
   * @param listed the families whose inputs the recording lists, in the script's order (after the
   *     generated ones)
   */
  protected DigestRecordingTest(
      Class<?> anchor, String resource, List<String> generated, List<String> listed) {
    this.node = DigestRecording.load(anchor, resource);
    this.generated = List.copyOf(generated);
    this.listed = List.copyOf(listed);
  }

  /**
   * Feeds every case of {@code family}, in the script's order, to {@link
   * RecordingChecker#accept}: its input line and how Java computes its output line.
   */
  protected abstract void replay(DigestRecording.Family family, RecordingChecker checker);

  protected Stream<String> families() {
    return node.familyNames();
  }

  @Test
  protected void everyRecordedFamilyIsReplayed() {
    assertThat(node.generatedFamilyNames()).containsExactlyElementsIn(generated).inOrder();
    List<String> all = new ArrayList<>(generated);
    all.addAll(listed);
    assertThat(node.families.keySet()).containsExactlyElementsIn(all).inOrder();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  protected void javaAnswersWhatNodeAnswered(String name) {
    DigestRecording.Family family = node.family(name);
    RecordingChecker.assertReplays(family, node.script, checker -> replay(family, checker));
  }
}
