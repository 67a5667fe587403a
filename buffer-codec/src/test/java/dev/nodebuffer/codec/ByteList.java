package dev.nodebuffer.codec;

import java.util.Arrays;

/** A growable list of bytes, for the test generators that mirror the recording scripts' arrays. */
final class ByteList {
  private byte[] bytes = new byte[16];
  private int size;

  int size() {
    return size;
  }

  void add(int b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, size * 2);
    }
    bytes[size++] = (byte) b;
  }

  void addAll(int[] values) {
    for (int v : values) {
      add(v);
    }
  }

  /** The first {@code n} values of {@code values}, as JavaScript's {@code push(...a.slice(0, n))}. */
  void addPrefix(int[] values, int n) {
    for (int i = 0; i < n; i++) {
      add(values[i]);
    }
  }

  void set(int index, int b) {
    bytes[index] = (byte) b;
  }

  /** JavaScript's {@code array.length = n} for {@code n <= size()}. */
  void truncate(int n) {
    size = n;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }
}
