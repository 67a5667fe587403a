package dev.nodebuffer;

import dev.nodebuffer.pool.Slice;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Node's {@code fromArrayLike} and the factories that end in it: {@code Buffer.from(array)}, {@code
 * from(view)}, {@code from({type: 'Buffer', data})}, {@code copyBytesFrom}. Each copies into a new
 * buffer placed as Node places it: in the pool when {@code 0 < length < poolSize >>> 1}, else over
 * an {@link ArrayBuffer} of its own; an empty result is a new empty buffer, never pooled.
 */
final class ArrayLikes {
  /** The expected part of {@code Buffer.from}'s {@code ERR_INVALID_ARG_TYPE}. */
  static final String FROM_EXPECTED =
      "of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object";

  private ArrayLikes() {}

  /** A new buffer of {@code length} bytes placed as Node's {@code fromArrayLike} places it. */
  static Buffer place(int length) {
    Limits.checkArrayLikeLength(length);
    if (length <= 0) {
      return new Buffer(new ArrayBuffer(0), 0, 0);
    }
    Slice<ArrayBuffer> slice = Pool.POOL.allocate(length);
    return slice != null
        ? new Buffer(slice.slab(), slice.offset(), slice.length())
        : new Buffer(new ArrayBuffer(length), 0, length);
  }

  /** A placed copy of {@code bytes[offset, offset + length)}. */
  static Buffer copy(byte[] bytes, int offset, int length) {
    Buffer result = place(length);
    System.arraycopy(bytes, offset, result.buffer.bytes, result.byteOffset, length);
    return result;
  }

  /** {@code Buffer.from(array)} of numbers: ToUint8 of each. */
  static Buffer fromInts(int[] array) {
    if (array == null) {
      throw firstArgument(null);
    }
    Buffer result = place(array.length);
    byte[] bytes = result.buffer.bytes;
    for (int i = 0; i < array.length; i++) {
      bytes[result.byteOffset + i] = (byte) array[i];
    }
    return result;
  }

  /** {@code Buffer.from(array)} of bytes: each byte's bits. */
  static Buffer fromBytes(byte[] array) {
    if (array == null) {
      throw firstArgument(null);
    }
    return copy(array, 0, array.length);
  }

  /** {@code Buffer.from(typedArray)}: a copy of a byte view's bytes, or of another kind's elements each by ToUint8. */
  static Buffer fromView(TypedArray<?> view) {
    if (view == null) {
      throw firstArgument(null);
    }
    if (view.kind == ElementKind.UINT8) {
      return copy(view.buffer.bytes, view.byteOffset, view.length);
    }
    if (view.kind.isBigInt()) {
      throw Errors.cannotMixBigInt(); // before the pool moves, as TypedArray#set checks first
    }
    Buffer result = place(view.length);
    TypedArrays.copyElements(view, result, 0);
    return result;
  }

  /** {@code Buffer.from(dataView)}: Node's {@code fromObject} sees a {@code length} that is not a number. */
  static Buffer fromDataView(DataView view) {
    if (view == null) {
      throw firstArgument(null);
    }
    return place(0);
  }

  /**
   * {@code Buffer.from(object)} for a plain object (a {@link Map}), in Node's order: an object
   * with a {@code length} is array-like (a non-number length gives an empty buffer; elements are
   * read at keys 0, 1, ...); else {@code {type: 'Buffer', data: array}} copies {@code data}; else
   * the object is rejected.
   */
  static Buffer fromObject(Map<?, ?> object) {
    if (object == null) {
      throw firstArgument(null);
    }
    Object length = property(object, "length");
    if (length != null) {
      if (!(length instanceof Number number)) {
        return place(0);
      }
      int n = arrayLikeLength(number.doubleValue());
      Buffer result = place(n);
      for (int i = 0; i < n; i++) {
        Object element = property(object, i);
        if (element == null) {
          element = property(object, Integer.toString(i));
        }
        result.buffer.bytes[result.byteOffset + i] = (byte) JsValues.toUint8(element);
      }
      return result;
    }
    Object type = property(object, "type");
    Object data = property(object, "data");
    if (type instanceof CharSequence && type.toString().equals("Buffer") && data != null && JsValues.isArray(data)) {
      return fromArray(data);
    }
    throw firstArgument(object);
  }

  /** {@code Buffer.from(array)} of a list: ToUint8 of each element. */
  static Buffer fromList(List<?> list) {
    if (list == null) {
      throw firstArgument(null);
    }
    return fromArray(list);
  }

  /** A placed copy of an array ({@link JsValues#isArray}), ToUint8 of each element. */
  private static Buffer fromArray(Object array) {
    int n = JsValues.arrayLength(array);
    Buffer result = place(n);
    for (int i = 0; i < n; i++) {
      result.buffer.bytes[result.byteOffset + i] = (byte) JsValues.toUint8(JsValues.arrayElement(array, i));
    }
    return result;
  }

  /**
   * {@code object[key]}: {@code null} ({@code undefined}) for a missing key, also when the map
   * cannot hold a key of that type (a sorted map of other keys throws {@link ClassCastException}).
   */
  private static @Nullable Object property(Map<?, ?> object, Object key) {
    try {
      return object.get(key);
    } catch (ClassCastException | NullPointerException e) {
      return null;
    }
  }

  /** An array-like's {@code length} as Node's {@code fromArrayLike} takes it: truncated, NaN and negatives 0. */
  private static int arrayLikeLength(double length) {
    if (Double.isNaN(length) || length <= 0) {
      return 0;
    }
    // Node tries to allocate it and fails (as it does for 2^53 - 1 and Infinity); a length above
    // kMaxLength fails the same way here. The cast saturates: Infinity is Long.MAX_VALUE.
    return Limits.checkArrayLikeLength((long) length);
  }

  /**
   * {@code Buffer.copyBytesFrom(view, offset, length)}; {@code offset} and {@code length} are
   * {@code null} when not given.
   */
  static Buffer copyBytesFrom(TypedArray<?> view, @Nullable Integer offset, @Nullable Integer length) {
    if (view == null) {
      throw Errors.invalidArgType("The \"view\" argument", "an instance of TypedArray", "null");
    }
    int viewLength = view.length;
    if (viewLength == 0) {
      return place(0);
    }
    int start = 0;
    int end = viewLength;
    if (offset != null) {
      if (offset < 0) {
        throw Errors.positionOutOfRange("offset", ">= 0 && <= " + Errors.K_MAX_LENGTH, offset);
      }
      if (offset >= viewLength) {
        return place(0);
      }
      start = offset;
    }
    if (length != null) {
      if (length < 0) {
        throw Errors.positionOutOfRange("length", ">= 0 && <= " + Errors.K_MAX_LENGTH, length);
      }
      end = (int) Math.min((long) start + length, viewLength);
    }
    int width = view.kind.width;
    return copy(view.buffer.bytes, view.byteOffset + start * width, (end - start) * width);
  }

  /** {@code Buffer.from}'s {@code ERR_INVALID_ARG_TYPE} for {@code value}. */
  static NodeArgumentException firstArgument(@Nullable Object value) {
    return Errors.invalidArgType("The first argument", FROM_EXPECTED, JsValues.received(value));
  }
}
