package com.example.bytes;

/**
 * A view of bytes, standing for JavaScript's {@code Uint8Array} in the kit's third-party example:
 * an implementation of Node's {@code Buffer} written apart from this project, with class names
 * of its own.
 */
public class ByteView {
  final byte[] bytes;

  ByteView(byte[] bytes) {
    this.bytes = bytes;
  }

  public int length() {
    return bytes.length;
  }

  public int byteOffset() {
    return 0;
  }

  public Store buffer() {
    return new Store(bytes);
  }

  /** The byte at {@code index}, unsigned. */
  public int get(int index) {
    return bytes[index] & 0xFF;
  }
}
