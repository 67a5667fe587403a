package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;

import org.junit.jupiter.api.Test;

/**
 * Utf16le (ucs2) encode and decode, {@code byteLength} and partial writes: the examples of {@code
 * utf16le-examples.txt}, as Node 22 printed them ({@link FixedWidthCodecTest}), plus the Java-only
 * parts of the contract.
 */
@ExampleSource.From("utf16le-examples.txt")
class Utf16leTest extends FixedWidthCodecTest {

  Utf16leTest() {
    super(Codecs.UTF16LE);
  }

  // --- Java-only parts of the contract -------------------------------------------------------

  @Test
  void everyUnitRoundTrips() {
    char[] all = new char[0x10000];
    for (int u = 0; u < all.length; u++) {
      all[u] = (char) u;
    }
    String s = new String(all);
    byte[] b = new byte[Utf16le.INSTANCE.byteLength(s)];
    assertThat(Utf16le.INSTANCE.encode(s, b, 0, b.length)).isEqualTo(0x20000);
    assertThat(b[2 * 0xABCD]).isEqualTo((byte) 0xCD);
    assertThat(b[2 * 0xABCD + 1]).isEqualTo((byte) 0xAB);
    assertThat(Utf16le.INSTANCE.decode(b, 0, b.length)).isEqualTo(s);
  }
}
