package com.example.bytes;

/** The memory behind a {@link ByteView}, standing for JavaScript's {@code ArrayBuffer}. */
public final class Store {
  private final byte[] bytes;

  Store(byte[] bytes) {
    this.bytes = bytes;
  }

  public int byteLength() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Store store && store.bytes == bytes;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(bytes);
  }
}
