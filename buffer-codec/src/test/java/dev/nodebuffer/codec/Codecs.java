package dev.nodebuffer.codec;

/** The codecs under test, each through its own static methods, for the tests they all share. */
enum Codecs {
  ASCII(Ascii::byteLength, Ascii::encode, Ascii::decode, "abcd"),
  LATIN1(Latin1::byteLength, Latin1::encode, Latin1::decode, "abcd"),
  UTF16LE(Utf16le::byteLength, Utf16le::encode, Utf16le::decode, "ab"),
  UTF8(Utf8::byteLength, Utf8::encode, Utf8::decode, "abcd"),
  HEX(Hex::byteLength, Hex::encode, Hex::decode, "0102030405"),
  BASE64(Base64::byteLength, Base64::encode, Base64::decode, "QUJDRA=="),
  BASE64URL(Base64::byteLength, Base64::encode, Base64::decodeUrl, "QUJDRA==");

  interface ByteLength {
    int apply(String s);
  }

  interface Encode {
    int apply(String s, byte[] dst, int offset, int length);
  }

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
}
