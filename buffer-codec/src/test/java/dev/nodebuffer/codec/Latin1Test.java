package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Latin1 encode and decode, {@code byteLength} and partial writes: the examples of {@code
 * latin1-examples.txt}, as Node 22 printed them ({@link FixedWidthCodecTest}), plus the Java-only
 * parts of the contract.
 */
@ExampleSource.From("latin1-examples.txt")
class Latin1Test extends FixedWidthCodecTest {

  Latin1Test() {
    super(Codecs.LATIN1);
  }

  // --- Java-only parts of the contract -------------------------------------------------------

  @Test
  void bothStringRepresentationsEncodeAlike() {
    // A JDK String stores 8-bit units compactly unless one unit needs 16 bits; getBytes reads
    // both forms. The same Latin-1 text, long, with and without a wide unit at the end:
    String latin = "\u00e9\u00ff\u0080a".repeat(300);
    byte[] narrow = new byte[latin.length()];
    assertThat(Latin1.INSTANCE.encode(latin, narrow, 0, narrow.length)).isEqualTo(1200);
    byte[] wide = new byte[latin.length() + 1];
    assertThat(Latin1.INSTANCE.encode(latin + "\u20ac", wide, 0, wide.length)).isEqualTo(1201);
    assertThat(Arrays.copyOf(wide, 1200)).isEqualTo(narrow);
    assertThat(wide[1200]).isEqualTo((byte) 0xac);
    assertThat(Latin1.INSTANCE.decode(narrow, 0, narrow.length)).isEqualTo(latin);
  }
}
