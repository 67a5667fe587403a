package dev.nodebuffer;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Node's {@code Buffer.concat(list, totalLength)}, step for step. */
final class Concat {
  private Concat() {}

  /**
   * Concatenates {@code list}'s views into a buffer from {@link Buffer#allocUnsafe(int)} (so pooled
   * when small), truncated or zero-padded to {@code totalLength} when it is not {@code null}.
   *
   * <p>Node's order, which the pool makes observable: an empty list gives a new empty buffer
   * before {@code totalLength} is looked at; without a length the lengths are summed (a {@code
   * null} element fails there, with V8's code-less error); then the result is allocated; then each
   * element is checked and copied, so a bad element fails after the pool has moved.
   */
  static Buffer concat(@Nullable List<?> list, @Nullable Integer totalLength) {
    if (list == null) {
      throw Errors.invalidArgType("The \"list\" argument", "an instance of Array", "null");
    }
    if (list.isEmpty()) {
      return new Buffer(new ArrayBuffer(0), 0, 0);
    }
    int length;
    if (totalLength == null) {
      long sum = 0;
      for (Object element : list) {
        sum += lengthOf(element);
      }
      // Node hands the sum to allocUnsafe, whose size check fails above kMaxLength.
      length = Limits.checkSize(sum);
    } else {
      length = Limits.checkTotalLength(totalLength);
    }
    Buffer result = Buffer.allocUnsafe(length);
    byte[] target = result.buffer.bytes;
    int position = 0;
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      if (!(element instanceof Uint8Array source)) {
        throw Errors.invalidArgType(
            "The \"list[" + i + "]\" argument", "an instance of Buffer or Uint8Array", JsValues.received(element));
      }
      int count = Math.min(source.length, length - position);
      if (count > 0) {
        System.arraycopy(source.buffer.bytes, source.byteOffset, target, result.byteOffset + position, count);
        position += count;
      }
    }
    Arrays.fill(target, result.byteOffset + position, result.byteOffset + length, (byte) 0);
    return result;
  }

  /** JavaScript's {@code list[i].length} as concat sums it: falsy lengths and non-numbers count 0. */
  private static int lengthOf(@Nullable Object element) {
    if (element == null) {
      throw Errors.v8TypeError("Cannot read properties of null (reading 'length')");
    }
    if (element instanceof Uint8Array view) {
      return view.length;
    }
    if (element instanceof CharSequence string) {
      return string.length();
    }
    return JsValues.isArray(element) ? JsValues.arrayLength(element) : 0;
  }
}
