package dev.nodebuffer;

import static dev.nodebuffer.Signedness.SIGNED;
import static dev.nodebuffer.Signedness.UNSIGNED;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link Buffer}'s {@code read*}/{@code write*} family and {@code swap16/32/64}:
 * Node 22's {@code lib/internal/buffer.js} over a view's bytes, through {@link
 * MethodHandles#byteArrayViewVarHandle} for the 2-, 4- and 8-byte accesses.
 *
 * <p>Each access checks its offset once ({@link #at}); the checks and their order are Node's:
 * for variable-width accesses the {@code byteLength} first, for integer writes then the value
 * range, then the offset. Nothing here allocates on a successful call except the {@link
 * BigInteger} results.
 */
final class NumberAccess {
  private static final VarHandle SHORT_LE = view(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = view(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = view(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = view(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = view(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = view(long[].class, ByteOrder.BIG_ENDIAN);

  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private NumberAccess() {}

  private static VarHandle view(Class<?> arrayType, ByteOrder order) {
    return MethodHandles.byteArrayViewVarHandle(arrayType, order);
  }

  /**
   * The index in the backing array of byte {@code offset} of {@code view}, after Node's check that
   * all {@code width} bytes from there are inside the view.
   */
  private static int at(Uint8Array view, int offset, int width) {
    if (offset < 0 || offset > view.length - width) {
      throw Errors.numberOffset(offset, view.length, width);
    }
    return view.byteOffset + offset;
  }

  // ---- 8 bits ----

  static int readUInt8(Uint8Array v, int offset) {
    return v.buffer.bytes[at(v, offset, 1)] & 0xFF;
  }

  static int readInt8(Uint8Array v, int offset) {
    return v.buffer.bytes[at(v, offset, 1)];
  }

  static int writeUInt8(Uint8Array v, int value, int offset) {
    if (value < 0 || value > 0xFF) {
      throw Errors.writeValueOutOfRange(UNSIGNED, 1, value);
    }
    v.buffer.bytes[at(v, offset, 1)] = (byte) value;
    return offset + 1;
  }

  static int writeInt8(Uint8Array v, int value, int offset) {
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw Errors.writeValueOutOfRange(SIGNED, 1, value);
    }
    v.buffer.bytes[at(v, offset, 1)] = (byte) value;
    return offset + 1;
  }

  // ---- 16 bits ----
  //
  // The 16-, 32- and 64-bit sections have the same shape on purpose: each width has its own pair
  // of VarHandles, and each access names a constant one, so that the JIT compiles it to one load
  // or store (a VarHandle chosen at run time would not be).

  static int readUInt16(Uint8Array v, int offset, ByteOrder order) {
    return Short.toUnsignedInt(readShort(v, offset, order));
  }

  static int readInt16(Uint8Array v, int offset, ByteOrder order) {
    return readShort(v, offset, order);
  }

  private static short readShort(Uint8Array v, int offset, ByteOrder order) {
    int at = at(v, offset, 2);
    return order == ByteOrder.BIG_ENDIAN ? (short) SHORT_BE.get(v.buffer.bytes, at) : (short) SHORT_LE.get(v.buffer.bytes, at);
  }

  static int writeUInt16(Uint8Array v, int value, int offset, ByteOrder order) {
    if (value < 0 || value > 0xFFFF) {
      throw Errors.writeValueOutOfRange(UNSIGNED, 2, value);
    }
    return writeShort(v, (short) value, offset, order);
  }

  static int writeInt16(Uint8Array v, int value, int offset, ByteOrder order) {
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw Errors.writeValueOutOfRange(SIGNED, 2, value);
    }
    return writeShort(v, (short) value, offset, order);
  }

  private static int writeShort(Uint8Array v, short value, int offset, ByteOrder order) {
    int at = at(v, offset, 2);
    if (order == ByteOrder.BIG_ENDIAN) {
      SHORT_BE.set(v.buffer.bytes, at, value);
    } else {
      SHORT_LE.set(v.buffer.bytes, at, value);
    }
    return offset + 2;
  }

  // ---- 32 bits ----

  static long readUInt32(Uint8Array v, int offset, ByteOrder order) {
    return Integer.toUnsignedLong(readInt(v, offset, order));
  }

  static int readInt32(Uint8Array v, int offset, ByteOrder order) {
    return readInt(v, offset, order);
  }

  private static int readInt(Uint8Array v, int offset, ByteOrder order) {
    int at = at(v, offset, 4);
    return order == ByteOrder.BIG_ENDIAN ? (int) INT_BE.get(v.buffer.bytes, at) : (int) INT_LE.get(v.buffer.bytes, at);
  }

  static int writeUInt32(Uint8Array v, long value, int offset, ByteOrder order) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw Errors.writeValueOutOfRange(UNSIGNED, 4, value);
    }
    return writeInt(v, (int) value, offset, order);
  }

  static int writeInt32(Uint8Array v, long value, int offset, ByteOrder order) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw Errors.writeValueOutOfRange(SIGNED, 4, value);
    }
    return writeInt(v, (int) value, offset, order);
  }

  private static int writeInt(Uint8Array v, int value, int offset, ByteOrder order) {
    int at = at(v, offset, 4);
    if (order == ByteOrder.BIG_ENDIAN) {
      INT_BE.set(v.buffer.bytes, at, value);
    } else {
      INT_LE.set(v.buffer.bytes, at, value);
    }
    return offset + 4;
  }

  // ---- float and double ----

  static double readFloat(Uint8Array v, int offset, ByteOrder order) {
    return Float.intBitsToFloat(readInt(v, offset, order));
  }

  static double readDouble(Uint8Array v, int offset, ByteOrder order) {
    return Double.longBitsToDouble(readLong(v, offset, order));
  }

  static int writeFloat(Uint8Array v, double value, int offset, ByteOrder order) {
    // The float32 nearest to value (ties to even), as Float32Array stores it.
    return writeInt(v, Float.floatToRawIntBits((float) value), offset, order);
  }

  static int writeDouble(Uint8Array v, double value, int offset, ByteOrder order) {
    return writeLong(v, Double.doubleToRawLongBits(value), offset, order);
  }

  // ---- 64-bit BigInts ----

  static BigInteger readBigUInt64(Uint8Array v, int offset, ByteOrder order) {
    return unsigned64(readLong(v, offset, order));
  }

  static BigInteger readBigInt64(Uint8Array v, int offset, ByteOrder order) {
    return BigInteger.valueOf(readLong(v, offset, order));
  }

  private static long readLong(Uint8Array v, int offset, ByteOrder order) {
    int at = at(v, offset, 8);
    return order == ByteOrder.BIG_ENDIAN ? (long) LONG_BE.get(v.buffer.bytes, at) : (long) LONG_LE.get(v.buffer.bytes, at);
  }

  /**
   * {@code writeBigUInt64LE/BE} and {@code writeBigInt64LE/BE}: Node checks the range, then the
   * offset; a missing value ({@code undefined}, Java's {@code null}) passes the range check and
   * fails after the offset checks with V8's {@code Cannot mix BigInt and other types}.
   */
  static int writeBigInt64(
      Uint8Array v, @Nullable BigInteger value, int offset, Signedness signedness, ByteOrder order) {
    if (value != null
        && (signedness == Signedness.SIGNED ? value.bitLength() > 63 : value.signum() < 0 || value.bitLength() > 64)) {
      throw Errors.bigIntValueOutOfRange(signedness, value);
    }
    at(v, offset, 8); // the offset is checked before the missing value, as in Node
    if (value == null) {
      throw Errors.cannotMixBigInt();
    }
    return writeLong(v, value.longValue(), offset, order);
  }

  private static int writeLong(Uint8Array v, long value, int offset, ByteOrder order) {
    int at = at(v, offset, 8);
    if (order == ByteOrder.BIG_ENDIAN) {
      LONG_BE.set(v.buffer.bytes, at, value);
    } else {
      LONG_LE.set(v.buffer.bytes, at, value);
    }
    return offset + 8;
  }

  // ---- at an index of a byte array, for DataView ----
  //
  // The same VarHandles without a Uint8Array's checks: DataView checks its offsets against its
  // own window, with V8's errors, before it calls these.

  static short getShort(byte[] bytes, int at, ByteOrder order) {
    return order == ByteOrder.BIG_ENDIAN ? (short) SHORT_BE.get(bytes, at) : (short) SHORT_LE.get(bytes, at);
  }

  static void setShort(byte[] bytes, int at, short value, ByteOrder order) {
    if (order == ByteOrder.BIG_ENDIAN) {
      SHORT_BE.set(bytes, at, value);
    } else {
      SHORT_LE.set(bytes, at, value);
    }
  }

  static int getInt(byte[] bytes, int at, ByteOrder order) {
    return order == ByteOrder.BIG_ENDIAN ? (int) INT_BE.get(bytes, at) : (int) INT_LE.get(bytes, at);
  }

  static void setInt(byte[] bytes, int at, int value, ByteOrder order) {
    if (order == ByteOrder.BIG_ENDIAN) {
      INT_BE.set(bytes, at, value);
    } else {
      INT_LE.set(bytes, at, value);
    }
  }

  static long getLong(byte[] bytes, int at, ByteOrder order) {
    return order == ByteOrder.BIG_ENDIAN ? (long) LONG_BE.get(bytes, at) : (long) LONG_LE.get(bytes, at);
  }

  static void setLong(byte[] bytes, int at, long value, ByteOrder order) {
    if (order == ByteOrder.BIG_ENDIAN) {
      LONG_BE.set(bytes, at, value);
    } else {
      LONG_LE.set(bytes, at, value);
    }
  }

  /** The 64 bits of {@code bits} read as an unsigned integer, 0..2^64-1. */
  static BigInteger unsigned64(long bits) {
    BigInteger value = BigInteger.valueOf(bits);
    return bits < 0 ? value.add(TWO_TO_64) : value;
  }

  // ---- variable width: 1 to 6 bytes ----

  private static void checkByteLength(int byteLength) {
    if (byteLength < 1 || byteLength > 6) {
      throw Errors.byteLengthOutOfRange(byteLength);
    }
  }

  /** {@code readUIntLE/BE(offset, byteLength)}: unsigned, exact up to 48 bits. */
  static long readUInt(Uint8Array v, int offset, int byteLength, ByteOrder order) {
    checkByteLength(byteLength);
    byte[] bytes = v.buffer.bytes;
    int at = at(v, offset, byteLength);
    long value = 0;
    for (int k = byteLength - 1; k >= 0; k--) {
      value = (value << 8) | (bytes[at + byteIndex(k, byteLength, order)] & 0xFF);
    }
    return value;
  }

  /** {@code readIntLE/BE(offset, byteLength)}: two's complement, sign-extended from the top byte. */
  static long readInt(Uint8Array v, int offset, int byteLength, ByteOrder order) {
    int shift = 64 - 8 * byteLength;
    return (readUInt(v, offset, byteLength, order) << shift) >> shift;
  }

  /** {@code writeUIntLE/BE(value, offset, byteLength)}: byteLength, then value, then offset. */
  static int writeUInt(Uint8Array v, long value, int offset, int byteLength, ByteOrder order) {
    checkByteLength(byteLength);
    if (value < 0 || value > (1L << (8 * byteLength)) - 1) {
      throw Errors.writeValueOutOfRange(UNSIGNED, byteLength, value);
    }
    return store(v, value, offset, byteLength, order);
  }

  /** {@code writeIntLE/BE(value, offset, byteLength)}: byteLength, then value, then offset. */
  static int writeInt(Uint8Array v, long value, int offset, int byteLength, ByteOrder order) {
    checkByteLength(byteLength);
    long limit = 1L << (8 * byteLength - 1);
    if (value < -limit || value > limit - 1) {
      throw Errors.writeValueOutOfRange(SIGNED, byteLength, value);
    }
    return store(v, value, offset, byteLength, order);
  }

  private static int store(Uint8Array v, long value, int offset, int byteLength, ByteOrder order) {
    byte[] bytes = v.buffer.bytes;
    int at = at(v, offset, byteLength);
    long rest = value;
    for (int k = 0; k < byteLength; k++) {
      bytes[at + byteIndex(k, byteLength, order)] = (byte) rest;
      rest >>= 8;
    }
    return offset + byteLength;
  }

  /** Where, in a field of {@code byteLength} bytes, its {@code k}-th least significant byte is. */
  private static int byteIndex(int k, int byteLength, ByteOrder order) {
    return order == ByteOrder.BIG_ENDIAN ? byteLength - 1 - k : k;
  }

  // ---- swap16/32/64 ----

  /** Node's check: the length must be a multiple of the group, {@code bits / 8} bytes. */
  private static void checkSwapSize(Uint8Array v, int bits) {
    if (v.length % (bits / 8) != 0) {
      throw Errors.invalidBufferSize(bits);
    }
  }

  static void swap16(Uint8Array v) {
    checkSwapSize(v, 16);
    byte[] bytes = v.buffer.bytes;
    for (int i = v.byteOffset, end = v.byteOffset + v.length; i < end; i += 2) {
      SHORT_BE.set(bytes, i, (short) SHORT_LE.get(bytes, i));
    }
  }

  static void swap32(Uint8Array v) {
    checkSwapSize(v, 32);
    byte[] bytes = v.buffer.bytes;
    for (int i = v.byteOffset, end = v.byteOffset + v.length; i < end; i += 4) {
      INT_BE.set(bytes, i, (int) INT_LE.get(bytes, i));
    }
  }

  static void swap64(Uint8Array v) {
    checkSwapSize(v, 64);
    byte[] bytes = v.buffer.bytes;
    for (int i = v.byteOffset, end = v.byteOffset + v.length; i < end; i += 8) {
      LONG_BE.set(bytes, i, (long) LONG_LE.get(bytes, i));
    }
  }
}
