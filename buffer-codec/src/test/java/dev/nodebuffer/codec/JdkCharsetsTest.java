package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import org.junit.jupiter.api.Test;

/**
 * Why no codec delegates to the JDK's charsets: for each, an input on which the JDK's answer is
 * not Node's. Node's answers are in each codec's examples file and recording, checked by its own
 * test; the comment on each line gives them.
 */
class JdkCharsetsTest {

  @Test
  void encodersReplaceUnitsThatNodeWritesOtherwise() {
    assertThat("\u00e9\u20ac".getBytes(US_ASCII)).isEqualTo(bytes("3f 3f")); // ascii: e9 ac
    assertThat("\u00e9\u20ac".getBytes(ISO_8859_1)).isEqualTo(bytes("e9 3f")); // latin1: e9 ac
    assertThat("\ud800".getBytes(UTF_16LE)).isEqualTo(bytes("fd ff")); // utf16le: 00 d8
    assertThat("a\ud800b".getBytes(UTF_8)).isEqualTo(bytes("61 3f 62")); // utf8: 61 ef bf bd 62
  }

  @Test
  void decodersReplaceBytesThatNodeDecodesOtherwise() {
    assertThat(new String(bytes("41 80"), US_ASCII)).isEqualTo("A\ufffd"); // ascii: "A\u0000"
    assertThat(new String(bytes("61 62 63"), UTF_16LE)).isEqualTo("\u6261\ufffd"); // utf16le: "\u6261"
    assertThat(new String(bytes("ed a0 80"), UTF_8)).isEqualTo("\ufffd"); // utf8: three U+FFFD
  }
}
