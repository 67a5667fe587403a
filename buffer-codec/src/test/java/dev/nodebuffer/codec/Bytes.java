package dev.nodebuffer.codec;

import java.util.Arrays;

/** Byte arrays for the readable tests. */
final class Bytes {

  private Bytes() {}

  /** The bytes of hex text, spaces allowed between them: {@code "a5 01 ff"}. */
  static byte[] bytes(String spacedHex) {
    return Utf8Cases.bytes(spacedHex.replace(" ", ""));
  }

  /**
   * {@code size} bytes 0xa5, as {@code Buffer.alloc(size, 0xa5)}: the bytes a write leaves alone
   * stay 0xa5.
   */
  static byte[] filled(int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) 0xa5);
    return b;
  }
}
