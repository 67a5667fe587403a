package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Ascii encode and decode, {@code byteLength} and partial writes: the examples of {@code
 * ascii-examples.txt}, as Node 22 printed them ({@link FixedWidthCodecTest}), plus the Java-only
 * parts of the contract.
 */
@ExampleSource.From("ascii-examples.txt")
class AsciiTest extends FixedWidthCodecTest {

  AsciiTest() {
    super(Codecs.ASCII);
  }

  // --- Java-only parts of the contract -------------------------------------------------------

  @Test
  void theMaskingPathTakesOverMidway() {
    // A long ASCII run, then high bytes, then ASCII again: the all-ASCII scan stops at the first
    // high byte, and only bytes from there on are masked.
    byte[] b = new byte[2003];
    Arrays.fill(b, (byte) 'x');
    b[1000] = (byte) 0xc1;
    b[1001] = (byte) 0x80;
    b[2002] = (byte) 0xff;
    String s = Ascii.INSTANCE.decode(b, 0, b.length);
    assertThat(s).isEqualTo("x".repeat(1000) + "A\u0000" + "x".repeat(1000) + "\u007f");
    assertThat(Ascii.INSTANCE.decode(b, 0, 1000)).isEqualTo("x".repeat(1000));
    assertThat(Ascii.INSTANCE.decode(b, 1001, 2)).isEqualTo("\u0000x");
    assertThat(b[1000]).isEqualTo((byte) 0xc1); // the source is not masked in place
  }
}
