package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertThat;

import com.google.errorprone.annotations.Immutable;

/**
 * The codecs under test, each through its own static methods, for the tests they all share. (The
 * functions are method references to static methods: immutable.)
 */
enum Codecs {
  ASCII(Ascii::byteLength, Ascii::encode, Ascii::decode, "abcd"),
  LATIN1(Latin1::byteLength, Latin1::encode, Latin1::decode, "abcd"),
  UTF16LE(Utf16le::byteLength, Utf16le::encode, Utf16le::decode, "ab"),
  UTF8(Utf8::byteLength, Utf8::encode, Utf8::decode, "abcd"),
  HEX(Hex::byteLength, Hex::encode, Hex::decode, "0102030405"),
  BASE64(Base64::byteLength, Base64::encode, Base64::decode, "QUJDRA=="),
  BASE64URL(Base64::byteLength, Base64::encode, Base64::decodeUrl, "QUJDRA==");

  @Immutable
  interface ByteLength {
    int apply(String s);
  }

  @Immutable
  interface Encode {
    int apply(String s, byte[] dst, int offset, int length);
  }

  @Immutable
  interface Decode {
    String apply(byte[] src, int offset, int length);
  }

  final ByteLength byteLength;
  final Encode encode;
  final Decode decode;

  /** A text the codec encodes to at least 4 bytes. */
  final String text;

  Codecs(ByteLength byteLength, Encode encode, Decode decode, String text) {
    this.byteLength = byteLength;
    this.encode = encode;
    this.decode = decode;
    this.text = text;
  }

  /** {@code byteLength(s)} is the length of {@code expected}, and encoding writes exactly it. */
  void assertEncodes(String s, byte[] expected) {
    assertThat(byteLength.apply(s)).isEqualTo(expected.length);
    byte[] dst = new byte[expected.length];
    assertThat(encode.apply(s, dst, 0, dst.length)).isEqualTo(expected.length);
    assertThat(dst).isEqualTo(expected);
  }

  /**
   * Encoding {@code s} into {@code size} bytes 0xa5 (Node's {@code Buffer.alloc(size,
   * 0xa5).write(s, 0, size)}) returns {@code count} and leaves {@code expected}.
   */
  void assertWrites(String s, int size, int count, byte[] expected) {
    byte[] dst = Bytes.filled(size);
    assertThat(encode.apply(s, dst, 0, size)).isEqualTo(count);
    assertThat(dst).isEqualTo(expected);
  }
}
