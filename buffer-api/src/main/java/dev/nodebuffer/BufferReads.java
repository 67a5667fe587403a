package dev.nodebuffer;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.math.BigInteger;

/**
 * {@link Buffer}'s numeric reads: the {@code read*} family of Node 22, the {@code Uint} aliases
 * included.
 *
 * <p>Node's numbers are doubles. Each read returns a Java type that holds Node's value exactly:
 * {@code int}; {@code long} for unsigned 32-bit and for 48-bit values; {@code double} for floats,
 * widened as Node widens them; {@link java.math.BigInteger} for the 64-bit BigInt reads. Offsets
 * are {@code int}; Node's default offset 0 is the overload without it. The work is in {@link
 * NumberAccess}.
 *
 * <p>The overloads are alike by design: each is one of Node's call shapes (an omitted trailing
 * argument is an overload without it), and each is one line that fills in Node's default and
 * calls the full form.
 *
 * <p>One of the package-private facets that {@link Buffer}'s instance surface is cut into, one
 * concern per file (see {@code buffer-api/DESIGN.md}). Users never name this class: its public
 * methods are {@code Buffer}'s, javac gives {@code Buffer} a public bridge for each, and javadoc
 * documents them on {@code Buffer}.
 */
abstract class BufferReads extends BufferSearch {

  BufferReads(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /** {@code buf.readUInt8()}: {@link #readUInt8(int)} at offset 0. */
  public int readUInt8() {
    return readUInt8(0);
  }

  /**
   * {@code buf.readUInt8(offset)}: the byte at {@code offset} as an unsigned integer, 0..255.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int readUInt8(int offset) {
    return NumberAccess.readUInt8(this, offset);
  }

  /** {@code buf.readUint8()}: the alias of {@link #readUInt8()}. */
  public int readUint8() {
    return readUInt8(0);
  }

  /** {@code buf.readUint8(offset)}: the alias of {@link #readUInt8(int)}. */
  public int readUint8(int offset) {
    return readUInt8(offset);
  }

  /** {@code buf.readInt8()}: {@link #readInt8(int)} at offset 0. */
  public int readInt8() {
    return readInt8(0);
  }

  /**
   * {@code buf.readInt8(offset)}: the byte at {@code offset} as a two's complement signed integer,
   * -128..127.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int readInt8(int offset) {
    return NumberAccess.readInt8(this, offset);
  }

  /** {@code buf.readUInt16LE()}: {@link #readUInt16LE(int)} at offset 0. */
  public int readUInt16LE() {
    return readUInt16LE(0);
  }

  /**
   * {@code buf.readUInt16LE(offset)}: the little-endian unsigned 16-bit integer at {@code offset},
   * 0..65535.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readUInt16LE(int offset) {
    return NumberAccess.readUInt16(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readUint16LE()}: the alias of {@link #readUInt16LE()}. */
  public int readUint16LE() {
    return readUInt16LE(0);
  }

  /** {@code buf.readUint16LE(offset)}: the alias of {@link #readUInt16LE(int)}. */
  public int readUint16LE(int offset) {
    return readUInt16LE(offset);
  }

  /** {@code buf.readUInt16BE()}: {@link #readUInt16BE(int)} at offset 0. */
  public int readUInt16BE() {
    return readUInt16BE(0);
  }

  /**
   * {@code buf.readUInt16BE(offset)}: the big-endian unsigned 16-bit integer at {@code offset},
   * 0..65535.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readUInt16BE(int offset) {
    return NumberAccess.readUInt16(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readUint16BE()}: the alias of {@link #readUInt16BE()}. */
  public int readUint16BE() {
    return readUInt16BE(0);
  }

  /** {@code buf.readUint16BE(offset)}: the alias of {@link #readUInt16BE(int)}. */
  public int readUint16BE(int offset) {
    return readUInt16BE(offset);
  }

  /** {@code buf.readInt16LE()}: {@link #readInt16LE(int)} at offset 0. */
  public int readInt16LE() {
    return readInt16LE(0);
  }

  /**
   * {@code buf.readInt16LE(offset)}: the little-endian two's complement 16-bit integer at {@code
   * offset}, -32768..32767.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readInt16LE(int offset) {
    return NumberAccess.readInt16(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readInt16BE()}: {@link #readInt16BE(int)} at offset 0. */
  public int readInt16BE() {
    return readInt16BE(0);
  }

  /**
   * {@code buf.readInt16BE(offset)}: the big-endian two's complement 16-bit integer at {@code
   * offset}, -32768..32767.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int readInt16BE(int offset) {
    return NumberAccess.readInt16(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readUInt32LE()}: {@link #readUInt32LE(int)} at offset 0. */
  public long readUInt32LE() {
    return readUInt32LE(0);
  }

  /**
   * {@code buf.readUInt32LE(offset)}: the little-endian unsigned 32-bit integer at {@code offset},
   * 0..4294967295 (a {@code long}, as an {@code int} cannot hold it).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public long readUInt32LE(int offset) {
    return NumberAccess.readUInt32(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readUint32LE()}: the alias of {@link #readUInt32LE()}. */
  public long readUint32LE() {
    return readUInt32LE(0);
  }

  /** {@code buf.readUint32LE(offset)}: the alias of {@link #readUInt32LE(int)}. */
  public long readUint32LE(int offset) {
    return readUInt32LE(offset);
  }

  /** {@code buf.readUInt32BE()}: {@link #readUInt32BE(int)} at offset 0. */
  public long readUInt32BE() {
    return readUInt32BE(0);
  }

  /**
   * {@code buf.readUInt32BE(offset)}: the big-endian unsigned 32-bit integer at {@code offset},
   * 0..4294967295 (a {@code long}, as an {@code int} cannot hold it).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public long readUInt32BE(int offset) {
    return NumberAccess.readUInt32(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readUint32BE()}: the alias of {@link #readUInt32BE()}. */
  public long readUint32BE() {
    return readUInt32BE(0);
  }

  /** {@code buf.readUint32BE(offset)}: the alias of {@link #readUInt32BE(int)}. */
  public long readUint32BE(int offset) {
    return readUInt32BE(offset);
  }

  /** {@code buf.readInt32LE()}: {@link #readInt32LE(int)} at offset 0. */
  public int readInt32LE() {
    return readInt32LE(0);
  }

  /**
   * {@code buf.readInt32LE(offset)}: the little-endian two's complement 32-bit integer at {@code
   * offset}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int readInt32LE(int offset) {
    return NumberAccess.readInt32(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readInt32BE()}: {@link #readInt32BE(int)} at offset 0. */
  public int readInt32BE() {
    return readInt32BE(0);
  }

  /**
   * {@code buf.readInt32BE(offset)}: the big-endian two's complement 32-bit integer at {@code
   * offset}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int readInt32BE(int offset) {
    return NumberAccess.readInt32(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readFloatLE()}: {@link #readFloatLE(int)} at offset 0. */
  public double readFloatLE() {
    return readFloatLE(0);
  }

  /**
   * {@code buf.readFloatLE(offset)}: the little-endian 32-bit IEEE 754 float at {@code offset},
   * widened exactly to a {@code double} as Node returns it ({@code 0.1f}'s bytes read as {@code
   * 0.10000000149011612}); NaN, infinities and {@code -0.0} as stored.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public double readFloatLE(int offset) {
    return NumberAccess.readFloat(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readFloatBE()}: {@link #readFloatBE(int)} at offset 0. */
  public double readFloatBE() {
    return readFloatBE(0);
  }

  /**
   * {@code buf.readFloatBE(offset)}: the big-endian 32-bit IEEE 754 float at {@code offset},
   * widened exactly to a {@code double} as Node returns it ({@code 0.1f}'s bytes read as {@code
   * 0.10000000149011612}); NaN, infinities and {@code -0.0} as stored.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public double readFloatBE(int offset) {
    return NumberAccess.readFloat(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readDoubleLE()}: {@link #readDoubleLE(int)} at offset 0. */
  public double readDoubleLE() {
    return readDoubleLE(0);
  }

  /**
   * {@code buf.readDoubleLE(offset)}: the little-endian 64-bit IEEE 754 double at {@code offset},
   * NaN payloads kept.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public double readDoubleLE(int offset) {
    return NumberAccess.readDouble(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readDoubleBE()}: {@link #readDoubleBE(int)} at offset 0. */
  public double readDoubleBE() {
    return readDoubleBE(0);
  }

  /**
   * {@code buf.readDoubleBE(offset)}: the big-endian 64-bit IEEE 754 double at {@code offset}, NaN
   * payloads kept.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public double readDoubleBE(int offset) {
    return NumberAccess.readDouble(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readBigUInt64LE()}: {@link #readBigUInt64LE(int)} at offset 0. */
  public BigInteger readBigUInt64LE() {
    return readBigUInt64LE(0);
  }

  /**
   * {@code buf.readBigUInt64LE(offset)}: the little-endian unsigned 64-bit integer at {@code
   * offset}, 0..2^64-1, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigUInt64LE(int offset) {
    return NumberAccess.readBigUInt64(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readBigUint64LE()}: the alias of {@link #readBigUInt64LE()}. */
  public BigInteger readBigUint64LE() {
    return readBigUInt64LE(0);
  }

  /** {@code buf.readBigUint64LE(offset)}: the alias of {@link #readBigUInt64LE(int)}. */
  public BigInteger readBigUint64LE(int offset) {
    return readBigUInt64LE(offset);
  }

  /** {@code buf.readBigUInt64BE()}: {@link #readBigUInt64BE(int)} at offset 0. */
  public BigInteger readBigUInt64BE() {
    return readBigUInt64BE(0);
  }

  /**
   * {@code buf.readBigUInt64BE(offset)}: the big-endian unsigned 64-bit integer at {@code offset},
   * 0..2^64-1, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigUInt64BE(int offset) {
    return NumberAccess.readBigUInt64(this, offset, BIG_ENDIAN);
  }

  /** {@code buf.readBigUint64BE()}: the alias of {@link #readBigUInt64BE()}. */
  public BigInteger readBigUint64BE() {
    return readBigUInt64BE(0);
  }

  /** {@code buf.readBigUint64BE(offset)}: the alias of {@link #readBigUInt64BE(int)}. */
  public BigInteger readBigUint64BE(int offset) {
    return readBigUInt64BE(offset);
  }

  /** {@code buf.readBigInt64LE()}: {@link #readBigInt64LE(int)} at offset 0. */
  public BigInteger readBigInt64LE() {
    return readBigInt64LE(0);
  }

  /**
   * {@code buf.readBigInt64LE(offset)}: the little-endian two's complement 64-bit integer at {@code
   * offset}, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigInt64LE(int offset) {
    return NumberAccess.readBigInt64(this, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.readBigInt64BE()}: {@link #readBigInt64BE(int)} at offset 0. */
  public BigInteger readBigInt64BE() {
    return readBigInt64BE(0);
  }

  /**
   * {@code buf.readBigInt64BE(offset)}: the big-endian two's complement 64-bit integer at {@code
   * offset}, as Node's bigint.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public BigInteger readBigInt64BE(int offset) {
    return NumberAccess.readBigInt64(this, offset, BIG_ENDIAN);
  }

  /**
   * {@code buf.readUIntLE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * little-endian unsigned integer, exact up to 48 bits. Node has no default for either argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readUIntLE(int offset, int byteLength) {
    return NumberAccess.readUInt(this, offset, byteLength, LITTLE_ENDIAN);
  }

  /** {@code buf.readUintLE(offset, byteLength)}: the alias of {@link #readUIntLE(int, int)}. */
  public long readUintLE(int offset, int byteLength) {
    return readUIntLE(offset, byteLength);
  }

  /**
   * {@code buf.readUIntBE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * big-endian unsigned integer, exact up to 48 bits. Node has no default for either argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readUIntBE(int offset, int byteLength) {
    return NumberAccess.readUInt(this, offset, byteLength, BIG_ENDIAN);
  }

  /** {@code buf.readUintBE(offset, byteLength)}: the alias of {@link #readUIntBE(int, int)}. */
  public long readUintBE(int offset, int byteLength) {
    return readUIntBE(offset, byteLength);
  }

  /**
   * {@code buf.readIntLE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * little-endian two's complement signed integer, exact up to 48 bits. Node has no default for
   * either argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readIntLE(int offset, int byteLength) {
    return NumberAccess.readInt(this, offset, byteLength, LITTLE_ENDIAN);
  }

  /**
   * {@code buf.readIntBE(offset, byteLength)}: the {@code byteLength} bytes at {@code offset} as a
   * big-endian two's complement signed integer, exact up to 48 bits. Node has no default for either
   * argument.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public long readIntBE(int offset, int byteLength) {
    return NumberAccess.readInt(this, offset, byteLength, BIG_ENDIAN);
  }
}
