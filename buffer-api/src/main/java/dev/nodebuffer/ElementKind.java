package dev.nodebuffer;

import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * The eleven element types of JavaScript's typed arrays: each one's width and its conversions,
 * the only things in which {@code Int8Array} ... {@code BigUint64Array} differ. Elements are
 * stored little-endian, the platform order V8 uses on every machine Node 22 ships for.
 *
 * <p>A Number kind stores a {@code double} with ECMAScript's conversion for its type (ToInt8,
 * ToUint8, ToUint8Clamp, ToInt16, ToUint16, ToInt32, ToUint32, Float32 rounding, Float64) and reads
 * an element back as the {@code double} JavaScript sees. A BigInt kind stores and reads the raw 64
 * bits; {@link #bigValue} gives JavaScript's BigInt value (signed or not).
 */
enum ElementKind {
  INT8("Int8Array", 1) {
    @Override
    double get(byte[] bytes, int at) {
      return bytes[at];
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      bytes[at] = (byte) toInt32(value);
    }
  },
  UINT8("Uint8Array", 1) {
    @Override
    double get(byte[] bytes, int at) {
      return bytes[at] & 0xFF;
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      bytes[at] = (byte) toInt32(value);
    }
  },
  UINT8_CLAMPED("Uint8ClampedArray", 1) {
    @Override
    double get(byte[] bytes, int at) {
      return bytes[at] & 0xFF;
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      bytes[at] = (byte) toUint8Clamp(value);
    }
  },
  INT16("Int16Array", 2) {
    @Override
    double get(byte[] bytes, int at) {
      return NumberAccess.getShort(bytes, at, LE);
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      NumberAccess.setShort(bytes, at, (short) toInt32(value), LE);
    }
  },
  UINT16("Uint16Array", 2) {
    @Override
    double get(byte[] bytes, int at) {
      return NumberAccess.getShort(bytes, at, LE) & 0xFFFF;
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      NumberAccess.setShort(bytes, at, (short) toInt32(value), LE);
    }
  },
  INT32("Int32Array", 4) {
    @Override
    double get(byte[] bytes, int at) {
      return NumberAccess.getInt(bytes, at, LE);
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      NumberAccess.setInt(bytes, at, toInt32(value), LE);
    }
  },
  UINT32("Uint32Array", 4) {
    @Override
    double get(byte[] bytes, int at) {
      return Integer.toUnsignedLong(NumberAccess.getInt(bytes, at, LE));
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      NumberAccess.setInt(bytes, at, toInt32(value), LE);
    }
  },
  FLOAT32("Float32Array", 4) {
    @Override
    double get(byte[] bytes, int at) {
      return Float.intBitsToFloat(NumberAccess.getInt(bytes, at, LE));
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      // floatToRawIntBits: a NaN keeps the bits the narrowing gave it, as V8 stores them.
      NumberAccess.setInt(bytes, at, Float.floatToRawIntBits((float) value), LE);
    }
  },
  FLOAT64("Float64Array", 8) {
    @Override
    double get(byte[] bytes, int at) {
      return Double.longBitsToDouble(NumberAccess.getLong(bytes, at, LE));
    }

    @Override
    void put(byte[] bytes, int at, double value) {
      NumberAccess.setLong(bytes, at, Double.doubleToRawLongBits(value), LE);
    }
  },
  BIGINT64("BigInt64Array", 8),
  BIGUINT64("BigUint64Array", 8);

  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
  private static final double TWO_TO_32 = 4294967296.0;

  /** The JavaScript constructor's name, {@code "Int16Array"}, as V8's messages spell it. */
  final String typeName;

  /** {@code BYTES_PER_ELEMENT}: 1, 2, 4 or 8. */
  final int width;

  /** log2 of {@link #width}. */
  final int shift;

  ElementKind(String typeName, int width) {
    this.typeName = typeName;
    this.width = width;
    this.shift = Integer.numberOfTrailingZeros(width);
  }

  /** Whether elements are BigInts ({@code BigInt64Array}, {@code BigUint64Array}), not Numbers. */
  final boolean isBigInt() {
    return this == BIGINT64 || this == BIGUINT64;
  }

  /** The Number at {@code bytes[at...]}; only for the Number kinds. */
  double get(byte[] bytes, int at) {
    throw new AssertionError(this + " holds BigInts");
  }

  /** Stores {@code value} converted for this kind at {@code bytes[at...]}; only for the Number kinds. */
  void put(byte[] bytes, int at, double value) {
    throw new AssertionError(this + " holds BigInts");
  }

  /** The raw 64 bits at {@code bytes[at...]}; only for the BigInt kinds. */
  static long getBits(byte[] bytes, int at) {
    return NumberAccess.getLong(bytes, at, LE);
  }

  /** Stores 64 raw bits at {@code bytes[at...]}: BigInt.asIntN(64) and asUintN(64) keep the same bits. */
  static void putBits(byte[] bytes, int at, long bits) {
    NumberAccess.setLong(bytes, at, bits, LE);
  }

  /** JavaScript's value of the 64 {@code bits} of a BigInt element: signed for BIGINT64. */
  final BigInteger bigValue(long bits) {
    return this == BIGUINT64 ? NumberAccess.unsigned64(bits) : BigInteger.valueOf(bits);
  }

  /**
   * ECMAScript's ToInt32 of a Number: NaN and the infinities give 0, anything else is truncated
   * toward zero and taken modulo 2^32. The narrower ToInt8/ToUint8/ToInt16/ToUint16 are its low
   * bits. {@code %} is exact on doubles, so the result is exact for every magnitude.
   */
  static int toInt32(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return 0;
    }
    return (int) (long) (value % TWO_TO_32);
  }

  /** ECMAScript's ToUint8Clamp: NaN is 0, the value is clamped to 0..255 and rounded half to even. */
  static int toUint8Clamp(double value) {
    if (!(value > 0)) {
      return 0; // also NaN
    }
    if (value >= 255) {
      return 255;
    }
    return (int) Math.rint(value);
  }
}
