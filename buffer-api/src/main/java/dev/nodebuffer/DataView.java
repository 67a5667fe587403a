package dev.nodebuffer;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.math.BigInteger;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code DataView}, as Node 22 (V8 12.4) has it: a window of {@link #byteLength()}
 * bytes of an {@link ArrayBuffer}, starting at {@link #byteOffset()}, read and written as numbers
 * of any width at any offset, in either byte order. It shares its buffer's memory with every other
 * view of that buffer ({@link Buffer}, {@link Uint8Array}), as in JavaScript.
 *
 * <p>Every getter and setter of Node 22's {@code DataView.prototype} is here, with JavaScript's
 * parameter order ({@code setInt16(byteOffset, value, littleEndian)}). The byte order argument is
 * optional as in JavaScript: the overload without it is big-endian, as {@code undefined} is false.
 * Node 22 has no {@code getFloat16}/{@code setFloat16} ({@code typeof
 * DataView.prototype.getFloat16} is {@code 'undefined'} on 22.23.3; only V8's experimental {@code
 * --js-float16array} flag adds them), so neither has this class.
 *
 * <p>Java types hold every value JavaScript reads exactly: {@code int} up to 32 bits signed,
 * {@code long} for {@link #getUint32}, {@code double} for floats (a float32 widened, as V8
 * widens it), {@link BigInteger} for the 64-bit integers. A setter takes any value of its Java type
 * and stores what JavaScript's conversion of the same integer stores: its low bits ({@code
 * setUint8(0, 300)} stores 44, {@code setUint8(0, -1)} stores 255, as ToUint8 does); a {@code
 * double} is rounded to the nearest float32 (ties to even) by the 32-bit float setter; a {@link
 * BigInteger} keeps its low 64 bits, as {@code BigInt.asIntN(64, v)} and {@code
 * BigInt.asUintN(64, v)} do. Setters return nothing, as in JavaScript.
 *
 * <p>Errors are V8's, without a {@link NodeError#code() code}:
 *
 * <ul>
 *   <li>{@code RangeError: Offset is outside the bounds of the DataView} (a {@link
 *       NodeIndexException}) from a getter or setter at a negative offset, or at one where the
 *       value's bytes do not all fit in the view;
 *   <li>{@code TypeError: Cannot convert undefined to a BigInt} (a {@link NodeArgumentException})
 *       from {@code setBigInt64}/{@code setBigUint64} given {@code null} (JavaScript's {@code
 *       undefined}). As in V8, a negative offset is reported first, then the missing value, then an
 *       offset past the end;
 *   <li>the constructors' errors, listed on each.
 * </ul>
 *
 * <p>{@link #toString()} is JavaScript's {@code String(view)}, {@code [object DataView]}; identity
 * is reference identity, as {@code ===}. Not synchronised, like {@link java.nio.ByteBuffer}.
 */
public final class DataView implements ArrayBufferView {
  private final ArrayBuffer buffer;
  private final int start;
  private final int length;

  /**
   * {@code new DataView(buffer)}: a view of all of {@code buffer}.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: First argument to DataView
   *     constructor must be an ArrayBuffer} if {@code buffer} is {@code null}
   */
  public DataView(ArrayBuffer buffer) {
    this(buffer, 0);
  }

  /**
   * {@code new DataView(buffer, byteOffset)}: a view of {@code buffer} from {@code byteOffset} to
   * its end; {@code byteOffset == buffer.byteLength()} gives an empty view.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: First argument to DataView
   *     constructor must be an ArrayBuffer} if {@code buffer} is {@code null}
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or greater than {@code
   *     buffer.byteLength()}
   */
  public DataView(ArrayBuffer buffer, int byteOffset) {
    this.buffer = checkBuffer(buffer);
    this.start = checkStart(buffer, byteOffset);
    this.length = buffer.byteLength() - byteOffset;
  }

  /**
   * {@code new DataView(buffer, byteOffset, byteLength)}: a view of {@code byteLength} bytes of
   * {@code buffer} from {@code byteOffset}. The checks are V8's, in V8's order: the buffer, then
   * the offset, then the length.
   *
   * @throws NodeArgumentException V8's code-less {@code TypeError: First argument to DataView
   *     constructor must be an ArrayBuffer} if {@code buffer} is {@code null}
   * @throws NodeIndexException V8's code-less {@code RangeError: Start offset -1 is outside the
   *     bounds of the buffer} if {@code byteOffset} is negative or greater than {@code
   *     buffer.byteLength()}; {@code RangeError: Invalid DataView length -1} if {@code byteLength}
   *     is negative or {@code byteOffset + byteLength} is greater than {@code buffer.byteLength()}
   */
  public DataView(ArrayBuffer buffer, int byteOffset, int byteLength) {
    this.buffer = checkBuffer(buffer);
    this.start = checkStart(buffer, byteOffset);
    if (byteLength < 0 || byteLength > buffer.byteLength() - byteOffset) {
      throw Errors.invalidDataViewLength(byteLength);
    }
    this.length = byteLength;
  }

  private static ArrayBuffer checkBuffer(@Nullable ArrayBuffer buffer) {
    if (buffer == null) {
      throw Errors.dataViewNeedsAnArrayBuffer();
    }
    return buffer;
  }

  private static int checkStart(ArrayBuffer buffer, int byteOffset) {
    if (byteOffset < 0 || byteOffset > buffer.byteLength()) {
      throw Errors.v8StartOffset(byteOffset);
    }
    return byteOffset;
  }

  /** {@code view.buffer}: the memory this view shares. */
  @Override
  public ArrayBuffer buffer() {
    return buffer;
  }

  /** {@code view.byteOffset}: where this view starts in {@link #buffer()}. */
  @Override
  public int byteOffset() {
    return start;
  }

  /** {@code view.byteLength}: how many bytes this view spans. */
  @Override
  public int byteLength() {
    return length;
  }

  /** {@code String(view)}: {@code [object DataView]}, as {@code Object.prototype.toString} gives. */
  @Override
  public String toString() {
    return "[object DataView]";
  }

  /**
   * The index in the backing array of the view's byte {@code byteOffset}, after V8's check that
   * all {@code width} bytes from there are inside the view.
   */
  private int at(int byteOffset, int width) {
    // length - width is negative when the view is shorter than the value: every offset fails.
    if (byteOffset < 0 || byteOffset > length - width) {
      throw Errors.dataViewOffset();
    }
    return start + byteOffset;
  }

  private static ByteOrder order(boolean littleEndian) {
    return littleEndian ? LITTLE_ENDIAN : BIG_ENDIAN;
  }

  // ---- 8 bits ----

  /**
   * {@code view.getInt8(byteOffset)}: the byte at {@code byteOffset} as a signed integer,
   * -128..127.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 1]}
   */
  public int getInt8(int byteOffset) {
    return buffer.bytes[at(byteOffset, 1)];
  }

  /**
   * {@code view.getUint8(byteOffset)}: the byte at {@code byteOffset} as an unsigned integer,
   * 0..255.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 1]}
   */
  public int getUint8(int byteOffset) {
    return buffer.bytes[at(byteOffset, 1)] & 0xFF;
  }

  /**
   * {@code view.setInt8(byteOffset, value)}: stores the low 8 bits of {@code value} (JavaScript's
   * ToInt8) at {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 1]}
   */
  public void setInt8(int byteOffset, int value) {
    buffer.bytes[at(byteOffset, 1)] = (byte) value;
  }

  /**
   * {@code view.setUint8(byteOffset, value)}: stores the low 8 bits of {@code value} (JavaScript's
   * ToUint8: -1 stores 255, 256 stores 0) at {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 1]}
   */
  public void setUint8(int byteOffset, int value) {
    buffer.bytes[at(byteOffset, 1)] = (byte) value;
  }

  // ---- 16 bits ----

  /** {@code view.getInt16(byteOffset)}: {@link #getInt16(int, boolean)}, big-endian. */
  public int getInt16(int byteOffset) {
    return getInt16(byteOffset, false);
  }

  /**
   * {@code view.getInt16(byteOffset, littleEndian)}: the 2 bytes at {@code byteOffset} as a
   * signed integer, -32768..32767.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 2]}
   */
  public int getInt16(int byteOffset, boolean littleEndian) {
    return NumberAccess.getShort(buffer.bytes, at(byteOffset, 2), order(littleEndian));
  }

  /** {@code view.getUint16(byteOffset)}: {@link #getUint16(int, boolean)}, big-endian. */
  public int getUint16(int byteOffset) {
    return getUint16(byteOffset, false);
  }

  /**
   * {@code view.getUint16(byteOffset, littleEndian)}: the 2 bytes at {@code byteOffset} as an
   * unsigned integer, 0..65535.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 2]}
   */
  public int getUint16(int byteOffset, boolean littleEndian) {
    return Short.toUnsignedInt(NumberAccess.getShort(buffer.bytes, at(byteOffset, 2), order(littleEndian)));
  }

  /** {@code view.setInt16(byteOffset, value)}: {@link #setInt16(int, int, boolean)}, big-endian. */
  public void setInt16(int byteOffset, int value) {
    setInt16(byteOffset, value, false);
  }

  /**
   * {@code view.setInt16(byteOffset, value, littleEndian)}: stores the low 16 bits of {@code
   * value} (JavaScript's ToInt16) at {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 2]}
   */
  public void setInt16(int byteOffset, int value, boolean littleEndian) {
    NumberAccess.setShort(buffer.bytes, at(byteOffset, 2), (short) value, order(littleEndian));
  }

  /** {@code view.setUint16(byteOffset, value)}: {@link #setUint16(int, int, boolean)}, big-endian. */
  public void setUint16(int byteOffset, int value) {
    setUint16(byteOffset, value, false);
  }

  /**
   * {@code view.setUint16(byteOffset, value, littleEndian)}: stores the low 16 bits of {@code
   * value} (JavaScript's ToUint16: -1 stores 65535) at {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 2]}
   */
  public void setUint16(int byteOffset, int value, boolean littleEndian) {
    NumberAccess.setShort(buffer.bytes, at(byteOffset, 2), (short) value, order(littleEndian));
  }

  // ---- 32 bits ----

  /** {@code view.getInt32(byteOffset)}: {@link #getInt32(int, boolean)}, big-endian. */
  public int getInt32(int byteOffset) {
    return getInt32(byteOffset, false);
  }

  /**
   * {@code view.getInt32(byteOffset, littleEndian)}: the 4 bytes at {@code byteOffset} as a
   * signed integer.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 4]}
   */
  public int getInt32(int byteOffset, boolean littleEndian) {
    return NumberAccess.getInt(buffer.bytes, at(byteOffset, 4), order(littleEndian));
  }

  /** {@code view.getUint32(byteOffset)}: {@link #getUint32(int, boolean)}, big-endian. */
  public long getUint32(int byteOffset) {
    return getUint32(byteOffset, false);
  }

  /**
   * {@code view.getUint32(byteOffset, littleEndian)}: the 4 bytes at {@code byteOffset} as an
   * unsigned integer, 0..4294967295 (hence a {@code long}).
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 4]}
   */
  public long getUint32(int byteOffset, boolean littleEndian) {
    return Integer.toUnsignedLong(NumberAccess.getInt(buffer.bytes, at(byteOffset, 4), order(littleEndian)));
  }

  /** {@code view.setInt32(byteOffset, value)}: {@link #setInt32(int, int, boolean)}, big-endian. */
  public void setInt32(int byteOffset, int value) {
    setInt32(byteOffset, value, false);
  }

  /**
   * {@code view.setInt32(byteOffset, value, littleEndian)}: stores {@code value} as 4 bytes at
   * {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 4]}
   */
  public void setInt32(int byteOffset, int value, boolean littleEndian) {
    NumberAccess.setInt(buffer.bytes, at(byteOffset, 4), value, order(littleEndian));
  }

  /** {@code view.setUint32(byteOffset, value)}: {@link #setUint32(int, long, boolean)}, big-endian. */
  public void setUint32(int byteOffset, long value) {
    setUint32(byteOffset, value, false);
  }

  /**
   * {@code view.setUint32(byteOffset, value, littleEndian)}: stores the low 32 bits of {@code
   * value} (JavaScript's ToUint32 of the same integer: -1 stores 4294967295, 2^32 stores 0) at
   * {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 4]}
   */
  public void setUint32(int byteOffset, long value, boolean littleEndian) {
    NumberAccess.setInt(buffer.bytes, at(byteOffset, 4), (int) value, order(littleEndian));
  }

  // ---- float32 and float64 ----

  /** {@code view.getFloat32(byteOffset)}: {@link #getFloat32(int, boolean)}, big-endian. */
  public double getFloat32(int byteOffset) {
    return getFloat32(byteOffset, false);
  }

  /**
   * {@code view.getFloat32(byteOffset, littleEndian)}: the 4 bytes at {@code byteOffset} as an
   * IEEE 754 single, widened to a {@code double} exactly ({@code 0.1f} reads as {@code
   * 0.10000000149011612}, as in JavaScript).
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 4]}
   */
  public double getFloat32(int byteOffset, boolean littleEndian) {
    return Float.intBitsToFloat(NumberAccess.getInt(buffer.bytes, at(byteOffset, 4), order(littleEndian)));
  }

  /** {@code view.getFloat64(byteOffset)}: {@link #getFloat64(int, boolean)}, big-endian. */
  public double getFloat64(int byteOffset) {
    return getFloat64(byteOffset, false);
  }

  /**
   * {@code view.getFloat64(byteOffset, littleEndian)}: the 8 bytes at {@code byteOffset} as an
   * IEEE 754 double.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 8]}
   */
  public double getFloat64(int byteOffset, boolean littleEndian) {
    return Double.longBitsToDouble(NumberAccess.getLong(buffer.bytes, at(byteOffset, 8), order(littleEndian)));
  }

  /** {@code view.setFloat32(byteOffset, value)}: {@link #setFloat32(int, double, boolean)}, big-endian. */
  public void setFloat32(int byteOffset, double value) {
    setFloat32(byteOffset, value, false);
  }

  /**
   * {@code view.setFloat32(byteOffset, value, littleEndian)}: stores the float32 nearest to {@code
   * value} (ties to even; beyond the float range, an infinity) as 4 bytes at {@code byteOffset}.
   * {@code NaN} stores {@code 7fc00000}, {@code -0.0} keeps its sign, as in V8.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 4]}
   */
  public void setFloat32(int byteOffset, double value, boolean littleEndian) {
    NumberAccess.setInt(
        buffer.bytes, at(byteOffset, 4), Float.floatToRawIntBits((float) value), order(littleEndian));
  }

  /** {@code view.setFloat64(byteOffset, value)}: {@link #setFloat64(int, double, boolean)}, big-endian. */
  public void setFloat64(int byteOffset, double value) {
    setFloat64(byteOffset, value, false);
  }

  /**
   * {@code view.setFloat64(byteOffset, value, littleEndian)}: stores {@code value}'s 64 bits at
   * {@code byteOffset} ({@link Double#NaN} stores {@code 7ff8000000000000}, as V8's NaN).
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 8]}
   */
  public void setFloat64(int byteOffset, double value, boolean littleEndian) {
    NumberAccess.setLong(
        buffer.bytes, at(byteOffset, 8), Double.doubleToRawLongBits(value), order(littleEndian));
  }

  // ---- 64-bit BigInts ----

  /** {@code view.getBigInt64(byteOffset)}: {@link #getBigInt64(int, boolean)}, big-endian. */
  public BigInteger getBigInt64(int byteOffset) {
    return getBigInt64(byteOffset, false);
  }

  /**
   * {@code view.getBigInt64(byteOffset, littleEndian)}: the 8 bytes at {@code byteOffset} as a
   * signed integer, -2^63..2^63-1.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 8]}
   */
  public BigInteger getBigInt64(int byteOffset, boolean littleEndian) {
    return BigInteger.valueOf(NumberAccess.getLong(buffer.bytes, at(byteOffset, 8), order(littleEndian)));
  }

  /** {@code view.getBigUint64(byteOffset)}: {@link #getBigUint64(int, boolean)}, big-endian. */
  public BigInteger getBigUint64(int byteOffset) {
    return getBigUint64(byteOffset, false);
  }

  /**
   * {@code view.getBigUint64(byteOffset, littleEndian)}: the 8 bytes at {@code byteOffset} as an
   * unsigned integer, 0..2^64-1.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is outside {@code [0, byteLength() - 8]}
   */
  public BigInteger getBigUint64(int byteOffset, boolean littleEndian) {
    return NumberAccess.unsigned64(NumberAccess.getLong(buffer.bytes, at(byteOffset, 8), order(littleEndian)));
  }

  /**
   * {@code view.setBigInt64(byteOffset, value)}: {@link #setBigInt64(int, BigInteger, boolean)},
   * big-endian.
   */
  public void setBigInt64(int byteOffset, @Nullable BigInteger value) {
    setBigInt64(byteOffset, value, false);
  }

  /**
   * {@code view.setBigInt64(byteOffset, value, littleEndian)}: stores the low 64 bits of {@code
   * value} ({@code BigInt.asIntN(64, value)}: 2^64 + 5 stores 5) at {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is negative (checked first) or greater than {@code
   *     byteLength() - 8} (checked last)
   * @throws NodeArgumentException V8's {@code TypeError: Cannot convert undefined to a BigInt} if
   *     {@code value} is {@code null}, after the check for a negative offset
   */
  public void setBigInt64(int byteOffset, @Nullable BigInteger value, boolean littleEndian) {
    setLong(byteOffset, value, littleEndian);
  }

  /**
   * {@code view.setBigUint64(byteOffset, value)}: {@link #setBigUint64(int, BigInteger, boolean)},
   * big-endian.
   */
  public void setBigUint64(int byteOffset, @Nullable BigInteger value) {
    setBigUint64(byteOffset, value, false);
  }

  /**
   * {@code view.setBigUint64(byteOffset, value, littleEndian)}: stores the low 64 bits of {@code
   * value} ({@code BigInt.asUintN(64, value)}: -1 stores 2^64-1) at {@code byteOffset}.
   *
   * @throws NodeIndexException V8's {@code RangeError: Offset is outside the bounds of the
   *     DataView} if {@code byteOffset} is negative (checked first) or greater than {@code
   *     byteLength() - 8} (checked last)
   * @throws NodeArgumentException V8's {@code TypeError: Cannot convert undefined to a BigInt} if
   *     {@code value} is {@code null}, after the check for a negative offset
   */
  public void setBigUint64(int byteOffset, @Nullable BigInteger value, boolean littleEndian) {
    // The low 64 bits are the same for both: only a read tells signed from unsigned.
    setLong(byteOffset, value, littleEndian);
  }

  /**
   * V8's {@code SetViewValue} for a bigint: {@code ToIndex(byteOffset)} (a negative offset fails
   * first), then {@code ToBigInt(value)}, then the check that 8 bytes fit.
   */
  private void setLong(int byteOffset, @Nullable BigInteger value, boolean littleEndian) {
    if (byteOffset < 0) {
      throw Errors.dataViewOffset();
    }
    if (value == null) {
      throw Errors.cannotConvertUndefinedToBigInt();
    }
    NumberAccess.setLong(buffer.bytes, at(byteOffset, 8), value.longValue(), order(littleEndian));
  }
}
