package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.DigestRecording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every digest recording of this module must satisfy, whatever it records: it was made by
 * Node 22, and its {@code rng} line (four outputs of the scripts' mulberry32 from a fixed seed)
 * is what the Java twin {@link dev.nodebuffer.testkit.Rng} draws, so that generated inputs are
 * the same on both sides. The {@code *NodeRecordingTest} classes then replay each recording's
 * families.
 */
class NodeRecordingFilesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "utf8-node22.txt",
        "fixed-width-node22.txt",
        "base64-hex-node22.txt",
        "forgiving-base64-node22.txt",
        "transcode-node22.txt",
        "validation-node22.txt"
      })
  void recordedByNode22WithTheJavaRng(String resource) {
    DigestRecording.load(NodeRecordingFilesTest.class, resource)
        .assertRecordedByNode22WithTheJavaRng();
  }
}
