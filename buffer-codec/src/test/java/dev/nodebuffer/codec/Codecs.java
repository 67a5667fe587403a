package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;

/** The codecs under test, with what the tests they all share need of each. */
enum Codecs {
  ASCII(Ascii.INSTANCE, "abcd"),
  LATIN1(Latin1.INSTANCE, "abcd"),
  UTF16LE(Utf16le.INSTANCE, "ab"),
  UTF8(Utf8.INSTANCE, "abcd"),
  HEX(Hex.INSTANCE, "0102030405"),
  BASE64(Base64.STANDARD, "QUJDRA=="),
  BASE64URL(Base64.URL, "QUJDRA==");

  /** The codec itself. */
  final Codec impl;

  /** A text the codec encodes to at least 4 bytes. */
  final String text;

  Codecs(Codec impl, String text) {
    this.impl = impl;
    this.text = text;
  }

  /** {@code byteLength(s)} is the length of {@code expected}, and encoding writes exactly it. */
  void assertEncodes(String s, byte[] expected) {
    assertThat(impl.byteLength(s)).isEqualTo(expected.length);
    byte[] dst = new byte[expected.length];
    assertThat(impl.encode(s, dst, 0, dst.length)).isEqualTo(expected.length);
    assertThat(dst).isEqualTo(expected);
  }

  /**
   * Encoding {@code s} into {@code size} bytes 0xa5 (Node's {@code Buffer.alloc(size,
   * 0xa5).write(s, 0, size)}) returns {@code count} and leaves {@code expected}.
   */
  void assertWrites(String s, int size, int count, byte[] expected) {
    byte[] dst = Bytes.filled(size);
    assertThat(impl.encode(s, dst, 0, size)).isEqualTo(count);
    assertThat(dst).isEqualTo(expected);
  }
}
