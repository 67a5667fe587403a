package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;
import static dev.nodebuffer.codec.Bytes.bytes;
import static dev.nodebuffer.codec.Bytes.filled;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java-only part of the contract that every codec shares: {@code encode(s, dst, offset,
 * length)} writes only inside its range of {@code dst}, {@code decode(src, offset, length)} reads
 * only inside its range of {@code src}, and a range outside the array is rejected with an {@link
 * IndexOutOfBoundsException} before any byte is written.
 */
class CodecRangesTest {

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of(Codecs.ASCII, "\u00e9\u20acxyz", 6, 1, 4, 4, "a5 e9 ac 78 79 a5"),
        Arguments.of(Codecs.LATIN1, "\u00e9\u20acxyz", 8, 2, 3, 3, "a5 a5 e9 ac 78 a5 a5 a5"),
        Arguments.of(Codecs.LATIN1, "ab", 8, 6, 2, 2, "a5 a5 a5 a5 a5 a5 61 62"),
        Arguments.of(Codecs.UTF16LE, "\u20acxyz", 8, 1, 5, 4, "a5 ac 20 78 00 a5 a5 a5"),
        Arguments.of(Codecs.UTF8, "\u00e9\u00e9\u00e9", 8, 2, 5, 4, "a5 a5 c3 a9 c3 a9 a5 a5"),
        Arguments.of(Codecs.HEX, "0102030405", 6, 2, 3, 3, "a5 a5 01 02 03 a5"),
        Arguments.of(Codecs.BASE64, "QUJDRA==", 6, 1, 3, 3, "a5 41 42 43 a5 a5"));
  }

  /** Writes {@code s} into {@code filled(size)} at {@code offset, length}. */
  @ParameterizedTest(name = "{0} {1} into {2} bytes at {3}, {4}")
  @MethodSource("writes")
  void encodeWritesOnlyInsideItsRange(
      Codecs codec, String s, int size, int offset, int length, int count, String after) {
    byte[] dst = filled(size);
    assertThat(codec.impl.encode(s, dst, offset, length)).isEqualTo(count);
    assertThat(dst).isEqualTo(bytes(after));
  }

  static Stream<Arguments> reads() {
    return Stream.of(
        Arguments.of(Codecs.UTF8, "e2 82 ac 41 e2 82 ac", 3, 1, "A"),
        Arguments.of(Codecs.UTF8, "e2 82 ac 41 e2 82 ac", 3, 4, "A\u20ac"),
        Arguments.of(Codecs.UTF8, "e2 82 ac 41 e2 82 ac", 0, 3, "\u20ac"),
        Arguments.of(Codecs.UTF8, "e2 82 ac 41 e2 82 ac", 7, 0, ""),
        Arguments.of(Codecs.HEX, "00 01 ab ff 10", 1, 3, "01abff"),
        Arguments.of(Codecs.HEX, "00 01 ab ff 10", 4, 1, "10"),
        Arguments.of(Codecs.HEX, "00 01 ab ff 10", 5, 0, ""),
        Arguments.of(Codecs.BASE64, "00 41 42 43 ff", 1, 3, "QUJD"),
        Arguments.of(Codecs.BASE64URL, "00 41 42 43 ff", 1, 3, "QUJD"),
        Arguments.of(Codecs.BASE64, "00 41 42 43 ff", 4, 1, "/w=="),
        Arguments.of(Codecs.BASE64URL, "00 41 42 43 ff", 4, 1, "_w"),
        Arguments.of(Codecs.BASE64, "00 41 42 43 ff", 5, 0, ""));
  }

  @ParameterizedTest(name = "{0} of {1} at {2}, {3}")
  @MethodSource("reads")
  void decodeReadsOnlyItsRange(Codecs codec, String src, int offset, int length, String text) {
    assertThat(codec.impl.decode(bytes(src), offset, length)).isEqualTo(text);
  }

  @ParameterizedTest
  @EnumSource(Codecs.class)
  void rangesOutsideTheArrayAreRejectedBeforeAnyWrite(Codecs codec) {
    byte[] dst = new byte[4];
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.encode(codec.text, dst, 1, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.encode(codec.text, dst, -1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.encode(codec.text, dst, -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.encode(codec.text, dst, 0, -1));
    assertThat(dst).isEqualTo(new byte[4]);
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.decode(dst, 2, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.decode(dst, 3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.decode(dst, -1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.decode(dst, 0, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> codec.impl.decode(dst, 0, -2));
  }
}
