package dev.nodebuffer;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@code %TypedArray%.prototype} algorithms a {@link Uint8Array} inherits in JavaScript
 * ({@code subarray}, {@code slice}, {@code at}, {@code set}, {@code copyWithin}, {@code reverse},
 * {@code sort}, {@code join}), over {@code int} arguments: ECMAScript's relative indices (a
 * negative index counts from the end, then everything is clamped to {@code [0, length]}).
 */
final class TypedArrays {
  private TypedArrays() {}

  /**
   * ECMAScript's relative index (and Node's {@code adjustOffset} for {@code int}s): {@code index
   * + length} floored at 0 for a negative index, {@code index} capped at {@code length} otherwise.
   */
  static int relative(int index, int length) {
    return index < 0 ? Math.max(length + index, 0) : Math.min(index, length);
  }

  /** The length of the view {@code [relative(start), relative(end))}, never negative. */
  static int rangeLength(int start, int end) {
    return Math.max(end - start, 0);
  }

  /** {@code view.slice(start, end)} of a plain {@code Uint8Array}: a copy of the range. */
  static Uint8Array copyOf(Uint8Array view, int start, int end) {
    int from = relative(start, view.length);
    int count = rangeLength(from, relative(end, view.length));
    Uint8Array copy = new Uint8Array(count);
    System.arraycopy(view.buffer.bytes, view.byteOffset + from, copy.buffer.bytes, 0, count);
    return copy;
  }

  /** {@code view.at(index)}: the byte at the relative index; no byte there is an error in Java. */
  static int at(Uint8Array view, int index) {
    int k = index < 0 ? view.length + index : index;
    if (k < 0 || k >= view.length) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + view.length);
    }
    return view.buffer.bytes[view.byteOffset + k] & 0xFF;
  }

  /**
   * {@code target.set(source, offset)} for a byte view source: V8 checks the offset, then the
   * source, then that it fits. Overlapping views (one {@link ArrayBuffer}) copy as if through a
   * temporary, as the specification requires.
   */
  static void set(Uint8Array target, Uint8Array source, int offset) {
    checkSetOffset(offset);
    if (source == null) {
      throw Errors.cannotConvertNullToObject();
    }
    checkSetFits(target, source.length, offset);
    System.arraycopy(
        source.buffer.bytes, source.byteOffset, target.buffer.bytes, target.byteOffset + offset, source.length);
  }

  /** {@code target.set(array, offset)} for an array of numbers: each stored as ToUint8 ({@code v & 0xFF}). */
  static void set(Uint8Array target, int[] source, int offset) {
    checkSetOffset(offset);
    if (source == null) {
      throw Errors.cannotConvertNullToObject();
    }
    checkSetFits(target, source.length, offset);
    byte[] bytes = target.buffer.bytes;
    int at = target.byteOffset + offset;
    for (int value : source) {
      bytes[at++] = (byte) value;
    }
  }

  private static void checkSetOffset(int offset) {
    if (offset < 0) {
      throw Errors.offsetIsOutOfBounds();
    }
  }

  private static void checkSetFits(Uint8Array target, int sourceLength, int offset) {
    if ((long) sourceLength + offset > target.length) {
      throw Errors.offsetIsOutOfBounds();
    }
  }

  /** {@code view.copyWithin(target, start, end)}, in place, overlap-safe. */
  static void copyWithin(Uint8Array view, int target, int start, int end) {
    int length = view.length;
    int to = relative(target, length);
    int from = relative(start, length);
    int count = Math.min(relative(end, length) - from, length - to);
    if (count > 0) {
      byte[] bytes = view.buffer.bytes;
      System.arraycopy(bytes, view.byteOffset + from, bytes, view.byteOffset + to, count);
    }
  }

  /** {@code view.reverse()}, in place. */
  static void reverse(Uint8Array view) {
    byte[] bytes = view.buffer.bytes;
    for (int i = view.byteOffset, j = view.byteOffset + view.length - 1; i < j; i++, j--) {
      byte b = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = b;
    }
  }

  /** {@code view.sort()}: ascending by unsigned value, in place (a counting sort). */
  static void sort(Uint8Array view) {
    int[] counts = new int[256];
    byte[] bytes = view.buffer.bytes;
    int end = view.byteOffset + view.length;
    for (int i = view.byteOffset; i < end; i++) {
      counts[bytes[i] & 0xFF]++;
    }
    int at = view.byteOffset;
    for (int value = 0; value < 256; value++) {
      Arrays.fill(bytes, at, at + counts[value], (byte) value);
      at += counts[value];
    }
  }

  /** {@code view.join(separator)}: the decimal byte values between copies of {@code separator}. */
  static String join(Uint8Array view, String separator) {
    StringBuilder out = new StringBuilder(view.length * (3 + separator.length()));
    byte[] bytes = view.buffer.bytes;
    for (int i = 0; i < view.length; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(bytes[view.byteOffset + i] & 0xFF);
    }
    return out.toString();
  }

  /** {@code view.with(index, value)}: a new plain array, a copy with one byte replaced. */
  static Uint8Array with(Uint8Array view, int index, int value) {
    int k = index < 0 ? view.length + index : index;
    if (k < 0 || k >= view.length) {
      throw Errors.invalidTypedArrayIndex();
    }
    Uint8Array copy = copyOf(view, 0, view.length);
    copy.buffer.bytes[k] = (byte) value;
    return copy;
  }

  /**
   * V8's check of a callback argument, made before anything else: {@code null} (JavaScript's
   * {@code undefined}) is the code-less {@code TypeError: undefined is not a function}.
   */
  static <T> T callback(@Nullable T function) {
    if (function == null) {
      throw Errors.v8TypeError("undefined is not a function");
    }
    return function;
  }

  /** The bytes {@code predicate} keeps, in order, in a new array of exactly that many. */
  static byte[] filter(Uint8Array view, IntPredicate predicate) {
    callback(predicate);
    byte[] kept = new byte[view.length];
    int count = 0;
    for (int i = 0; i < view.length; i++) {
      byte b = view.buffer.bytes[view.byteOffset + i];
      if (predicate.test(b & 0xFF)) {
        kept[count++] = b;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  /** Each byte mapped by {@code mapper}, stored as ToUint8 ({@code & 0xFF}), into {@code target}. */
  static void map(Uint8Array view, IntUnaryOperator mapper, Uint8Array target) {
    callback(mapper);
    for (int i = 0; i < view.length; i++) {
      target.buffer.bytes[target.byteOffset + i] =
          (byte) mapper.applyAsInt(view.buffer.bytes[view.byteOffset + i] & 0xFF);
    }
  }

  /** The first (searching {@code direction}) index whose byte passes {@code predicate}, or -1. */
  static int findIndex(Uint8Array view, IntPredicate predicate, SearchDirection direction) {
    callback(predicate);
    for (int n = 0; n < view.length; n++) {
      int i = direction == SearchDirection.BACKWARD ? view.length - 1 - n : n;
      if (predicate.test(view.buffer.bytes[view.byteOffset + i] & 0xFF)) {
        return i;
      }
    }
    return -1;
  }
}
