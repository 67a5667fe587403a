package dev.nodebuffer;

import static dev.nodebuffer.Signedness.SIGNED;
import static dev.nodebuffer.Signedness.UNSIGNED;
import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * {@link Buffer}'s numeric writes: the {@code write*} family of Node 22 (the {@code Uint} aliases
 * included) and {@code swap16}, {@code swap32}, {@code swap64}.
 *
 * <p>Each integer write takes a type that holds every integer Node accepts ({@code int} up to 16
 * bits, {@code long} for 32 and 48 bits, {@link java.math.BigInteger} for 64), checks it as Node
 * does and returns {@code offset} plus the width written. Float and double writes take {@code
 * double}. Offsets are {@code int}; Node's default offset 0 is the overload without it. The work
 * is in {@link NumberAccess}.
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
abstract class BufferWrites extends BufferReads {

  BufferWrites(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /** {@code buf.writeUInt8(value)}: {@link #writeUInt8(int, int)} at offset 0. */
  public int writeUInt8(int value) {
    return writeUInt8(value, 0);
  }

  /**
   * {@code buf.writeUInt8(value, offset)}: writes {@code value} as one unsigned byte at {@code
   * offset}, and returns {@code offset + 1}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..255
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int writeUInt8(int value, int offset) {
    return NumberAccess.writeUInt8(this, value, offset);
  }

  /** {@code buf.writeUint8(value)}: the alias of {@link #writeUInt8(int)}. */
  public int writeUint8(int value) {
    return writeUInt8(value, 0);
  }

  /** {@code buf.writeUint8(value, offset)}: the alias of {@link #writeUInt8(int, int)}. */
  public int writeUint8(int value, int offset) {
    return writeUInt8(value, offset);
  }

  /** {@code buf.writeInt8(value)}: {@link #writeInt8(int, int)} at offset 0. */
  public int writeInt8(int value) {
    return writeInt8(value, 0);
  }

  /**
   * {@code buf.writeInt8(value, offset)}: writes {@code value} as one two's complement byte at
   * {@code offset}, and returns {@code offset + 1}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside -128..127
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 1]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 1 byte
   */
  public int writeInt8(int value, int offset) {
    return NumberAccess.writeInt8(this, value, offset);
  }

  /** {@code buf.writeUInt16LE(value)}: {@link #writeUInt16LE(int, int)} at offset 0. */
  public int writeUInt16LE(int value) {
    return writeUInt16LE(value, 0);
  }

  /**
   * {@code buf.writeUInt16LE(value, offset)}: writes {@code value} as a little-endian unsigned
   * 16-bit integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..65535
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeUInt16LE(int value, int offset) {
    return NumberAccess.writeUInt16(this, value, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.writeUint16LE(value)}: the alias of {@link #writeUInt16LE(int)}. */
  public int writeUint16LE(int value) {
    return writeUInt16LE(value, 0);
  }

  /** {@code buf.writeUint16LE(value, offset)}: the alias of {@link #writeUInt16LE(int, int)}. */
  public int writeUint16LE(int value, int offset) {
    return writeUInt16LE(value, offset);
  }

  /** {@code buf.writeUInt16BE(value)}: {@link #writeUInt16BE(int, int)} at offset 0. */
  public int writeUInt16BE(int value) {
    return writeUInt16BE(value, 0);
  }

  /**
   * {@code buf.writeUInt16BE(value, offset)}: writes {@code value} as a big-endian unsigned 16-bit
   * integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..65535
   *     (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeUInt16BE(int value, int offset) {
    return NumberAccess.writeUInt16(this, value, offset, BIG_ENDIAN);
  }

  /** {@code buf.writeUint16BE(value)}: the alias of {@link #writeUInt16BE(int)}. */
  public int writeUint16BE(int value) {
    return writeUInt16BE(value, 0);
  }

  /** {@code buf.writeUint16BE(value, offset)}: the alias of {@link #writeUInt16BE(int, int)}. */
  public int writeUint16BE(int value, int offset) {
    return writeUInt16BE(value, offset);
  }

  /** {@code buf.writeInt16LE(value)}: {@link #writeInt16LE(int, int)} at offset 0. */
  public int writeInt16LE(int value) {
    return writeInt16LE(value, 0);
  }

  /**
   * {@code buf.writeInt16LE(value, offset)}: writes {@code value} as a little-endian two's
   * complement 16-bit integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -32768..32767 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeInt16LE(int value, int offset) {
    return NumberAccess.writeInt16(this, value, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.writeInt16BE(value)}: {@link #writeInt16BE(int, int)} at offset 0. */
  public int writeInt16BE(int value) {
    return writeInt16BE(value, 0);
  }

  /**
   * {@code buf.writeInt16BE(value, offset)}: writes {@code value} as a big-endian two's complement
   * 16-bit integer at {@code offset}, and returns {@code offset + 2}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -32768..32767 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 2]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 2 bytes
   */
  public int writeInt16BE(int value, int offset) {
    return NumberAccess.writeInt16(this, value, offset, BIG_ENDIAN);
  }

  /** {@code buf.writeUInt32LE(value)}: {@link #writeUInt32LE(long, int)} at offset 0. */
  public int writeUInt32LE(long value) {
    return writeUInt32LE(value, 0);
  }

  /**
   * {@code buf.writeUInt32LE(value, offset)}: writes {@code value} as a little-endian unsigned
   * 32-bit integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     0..4294967295 (a Java {@code int} literal such as {@code 0xFFFFFFFF} is -1: write {@code
   *     0xFFFFFFFFL}) (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeUInt32LE(long value, int offset) {
    return NumberAccess.writeUInt32(this, value, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.writeUint32LE(value)}: the alias of {@link #writeUInt32LE(long)}. */
  public int writeUint32LE(long value) {
    return writeUInt32LE(value, 0);
  }

  /** {@code buf.writeUint32LE(value, offset)}: the alias of {@link #writeUInt32LE(long, int)}. */
  public int writeUint32LE(long value, int offset) {
    return writeUInt32LE(value, offset);
  }

  /** {@code buf.writeUInt32BE(value)}: {@link #writeUInt32BE(long, int)} at offset 0. */
  public int writeUInt32BE(long value) {
    return writeUInt32BE(value, 0);
  }

  /**
   * {@code buf.writeUInt32BE(value, offset)}: writes {@code value} as a big-endian unsigned 32-bit
   * integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     0..4294967295 (a Java {@code int} literal such as {@code 0xFFFFFFFF} is -1: write {@code
   *     0xFFFFFFFFL}) (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeUInt32BE(long value, int offset) {
    return NumberAccess.writeUInt32(this, value, offset, BIG_ENDIAN);
  }

  /** {@code buf.writeUint32BE(value)}: the alias of {@link #writeUInt32BE(long)}. */
  public int writeUint32BE(long value) {
    return writeUInt32BE(value, 0);
  }

  /** {@code buf.writeUint32BE(value, offset)}: the alias of {@link #writeUInt32BE(long, int)}. */
  public int writeUint32BE(long value, int offset) {
    return writeUInt32BE(value, offset);
  }

  /** {@code buf.writeInt32LE(value)}: {@link #writeInt32LE(long, int)} at offset 0. */
  public int writeInt32LE(long value) {
    return writeInt32LE(value, 0);
  }

  /**
   * {@code buf.writeInt32LE(value, offset)}: writes {@code value} as a little-endian two's
   * complement 32-bit integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2147483648..2147483647 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeInt32LE(long value, int offset) {
    return NumberAccess.writeInt32(this, value, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.writeInt32BE(value)}: {@link #writeInt32BE(long, int)} at offset 0. */
  public int writeInt32BE(long value) {
    return writeInt32BE(value, 0);
  }

  /**
   * {@code buf.writeInt32BE(value, offset)}: writes {@code value} as a big-endian two's complement
   * 32-bit integer at {@code offset}, and returns {@code offset + 4}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2147483648..2147483647 (checked before the offset)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeInt32BE(long value, int offset) {
    return NumberAccess.writeInt32(this, value, offset, BIG_ENDIAN);
  }

  /** {@code buf.writeFloatLE(value)}: {@link #writeFloatLE(double, int)} at offset 0. */
  public int writeFloatLE(double value) {
    return writeFloatLE(value, 0);
  }

  /**
   * {@code buf.writeFloatLE(value, offset)}: writes {@code value} as a little-endian 32-bit float
   * at {@code offset}, and returns {@code offset + 4}. Any value is accepted: it is rounded to the
   * nearest float (ties to even; {@code 1e40} becomes infinity, {@code 1e-50} zero); NaN is stored
   * as {@code 7fc00000}, {@code -0.0} keeps its sign.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeFloatLE(double value, int offset) {
    return NumberAccess.writeFloat(this, value, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.writeFloatBE(value)}: {@link #writeFloatBE(double, int)} at offset 0. */
  public int writeFloatBE(double value) {
    return writeFloatBE(value, 0);
  }

  /**
   * {@code buf.writeFloatBE(value, offset)}: writes {@code value} as a big-endian 32-bit float at
   * {@code offset}, and returns {@code offset + 4}. Any value is accepted: it is rounded to the
   * nearest float (ties to even; {@code 1e40} becomes infinity, {@code 1e-50} zero); NaN is stored
   * as {@code 7fc00000}, {@code -0.0} keeps its sign.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 4]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 4 bytes
   */
  public int writeFloatBE(double value, int offset) {
    return NumberAccess.writeFloat(this, value, offset, BIG_ENDIAN);
  }

  /** {@code buf.writeDoubleLE(value)}: {@link #writeDoubleLE(double, int)} at offset 0. */
  public int writeDoubleLE(double value) {
    return writeDoubleLE(value, 0);
  }

  /**
   * {@code buf.writeDoubleLE(value, offset)}: writes {@code value} as a little-endian 64-bit double
   * at {@code offset}, and returns {@code offset + 8}. Any value is accepted; its bits are stored
   * as they are (NaN payloads too).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeDoubleLE(double value, int offset) {
    return NumberAccess.writeDouble(this, value, offset, LITTLE_ENDIAN);
  }

  /** {@code buf.writeDoubleBE(value)}: {@link #writeDoubleBE(double, int)} at offset 0. */
  public int writeDoubleBE(double value) {
    return writeDoubleBE(value, 0);
  }

  /**
   * {@code buf.writeDoubleBE(value, offset)}: writes {@code value} as a big-endian 64-bit double at
   * {@code offset}, and returns {@code offset + 8}. Any value is accepted; its bits are stored as
   * they are (NaN payloads too).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeDoubleBE(double value, int offset) {
    return NumberAccess.writeDouble(this, value, offset, BIG_ENDIAN);
  }

  /**
   * {@code buf.writeBigUInt64LE(value)}: {@link #writeBigUInt64LE(BigInteger, int)} at offset 0.
   */
  public int writeBigUInt64LE(@Nullable BigInteger value) {
    return writeBigUInt64LE(value, 0);
  }

  /**
   * {@code buf.writeBigUInt64LE(value, offset)}: writes {@code value} as a little-endian unsigned
   * 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..2^64-1
   *     (checked before the offset); V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} if {@code value} is {@code null} (Node's {@code
   *     undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigUInt64LE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, UNSIGNED, LITTLE_ENDIAN);
  }

  /** {@code buf.writeBigUint64LE(value)}: the alias of {@link #writeBigUInt64LE(BigInteger)}. */
  public int writeBigUint64LE(@Nullable BigInteger value) {
    return writeBigUInt64LE(value, 0);
  }

  /**
   * {@code buf.writeBigUint64LE(value, offset)}: the alias of {@link #writeBigUInt64LE(BigInteger,
   * int)}.
   */
  public int writeBigUint64LE(@Nullable BigInteger value, int offset) {
    return writeBigUInt64LE(value, offset);
  }

  /**
   * {@code buf.writeBigUInt64BE(value)}: {@link #writeBigUInt64BE(BigInteger, int)} at offset 0.
   */
  public int writeBigUInt64BE(@Nullable BigInteger value) {
    return writeBigUInt64BE(value, 0);
  }

  /**
   * {@code buf.writeBigUInt64BE(value, offset)}: writes {@code value} as a big-endian unsigned
   * 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside 0..2^64-1
   *     (checked before the offset); V8's code-less {@code TypeError: Cannot mix BigInt and other
   *     types, use explicit conversions} if {@code value} is {@code null} (Node's {@code
   *     undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigUInt64BE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, UNSIGNED, BIG_ENDIAN);
  }

  /** {@code buf.writeBigUint64BE(value)}: the alias of {@link #writeBigUInt64BE(BigInteger)}. */
  public int writeBigUint64BE(@Nullable BigInteger value) {
    return writeBigUInt64BE(value, 0);
  }

  /**
   * {@code buf.writeBigUint64BE(value, offset)}: the alias of {@link #writeBigUInt64BE(BigInteger,
   * int)}.
   */
  public int writeBigUint64BE(@Nullable BigInteger value, int offset) {
    return writeBigUInt64BE(value, offset);
  }

  /** {@code buf.writeBigInt64LE(value)}: {@link #writeBigInt64LE(BigInteger, int)} at offset 0. */
  public int writeBigInt64LE(@Nullable BigInteger value) {
    return writeBigInt64LE(value, 0);
  }

  /**
   * {@code buf.writeBigInt64LE(value, offset)}: writes {@code value} as a little-endian two's
   * complement 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2^63..2^63-1; (checked before the offset); V8's code-less {@code TypeError: Cannot mix
   *     BigInt and other types, use explicit conversions} if {@code value} is {@code null} (Node's
   *     {@code undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigInt64LE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, SIGNED, LITTLE_ENDIAN);
  }

  /** {@code buf.writeBigInt64BE(value)}: {@link #writeBigInt64BE(BigInteger, int)} at offset 0. */
  public int writeBigInt64BE(@Nullable BigInteger value) {
    return writeBigInt64BE(value, 0);
  }

  /**
   * {@code buf.writeBigInt64BE(value, offset)}: writes {@code value} as a big-endian two's
   * complement 64-bit integer at {@code offset}, and returns {@code offset + 8}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code value} is outside
   *     -2^63..2^63-1; (checked before the offset); V8's code-less {@code TypeError: Cannot mix
   *     BigInt and other types, use explicit conversions} if {@code value} is {@code null} (Node's
   *     {@code undefined}), after the offset checks
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - 8]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than 8 bytes
   */
  public int writeBigInt64BE(@Nullable BigInteger value, int offset) {
    return NumberAccess.writeBigInt64(this, value, offset, SIGNED, BIG_ENDIAN);
  }

  /**
   * {@code buf.writeUIntLE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, little-endian, as a unsigned integer of up to 48 bits, and
   * returns {@code offset + byteLength}. Node has no default for {@code offset} or {@code
   * byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code 0..2^(8*byteLength)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeUIntLE(long value, int offset, int byteLength) {
    return NumberAccess.writeUInt(this, value, offset, byteLength, LITTLE_ENDIAN);
  }

  /**
   * {@code buf.writeUintLE(value, offset, byteLength)}: the alias of {@link #writeUIntLE(long, int,
   * int)}.
   */
  public int writeUintLE(long value, int offset, int byteLength) {
    return writeUIntLE(value, offset, byteLength);
  }

  /**
   * {@code buf.writeUIntBE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, big-endian, as a unsigned integer of up to 48 bits, and
   * returns {@code offset + byteLength}. Node has no default for {@code offset} or {@code
   * byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code 0..2^(8*byteLength)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeUIntBE(long value, int offset, int byteLength) {
    return NumberAccess.writeUInt(this, value, offset, byteLength, BIG_ENDIAN);
  }

  /**
   * {@code buf.writeUintBE(value, offset, byteLength)}: the alias of {@link #writeUIntBE(long, int,
   * int)}.
   */
  public int writeUintBE(long value, int offset, int byteLength) {
    return writeUIntBE(value, offset, byteLength);
  }

  /**
   * {@code buf.writeIntLE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, little-endian, as a two's complement signed integer of up to
   * 48 bits, and returns {@code offset + byteLength}. Node has no default for {@code offset} or
   * {@code byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code
   *     -2^(8*byteLength-1)..2^(8*byteLength-1)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeIntLE(long value, int offset, int byteLength) {
    return NumberAccess.writeInt(this, value, offset, byteLength, LITTLE_ENDIAN);
  }

  /**
   * {@code buf.writeIntBE(value, offset, byteLength)}: writes the low {@code byteLength} bytes of
   * {@code value} at {@code offset}, big-endian, as a two's complement signed integer of up to 48
   * bits, and returns {@code offset + byteLength}. Node has no default for {@code offset} or {@code
   * byteLength}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code byteLength} is outside 1..6
   *     (checked first), then if {@code value} is outside {@code
   *     -2^(8*byteLength-1)..2^(8*byteLength-1)-1}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length() - byteLength]}; {@code ERR_BUFFER_OUT_OF_BOUNDS} if the buffer is shorter than
   *     {@code byteLength}
   */
  public int writeIntBE(long value, int offset, int byteLength) {
    return NumberAccess.writeInt(this, value, offset, byteLength, BIG_ENDIAN);
  }

  /**
   * {@code buf.swap16()}: reverses the byte order of each 16-bit group, in place, and returns this
   * buffer. An empty buffer is fine.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_BUFFER_SIZE} ({@code Buffer size must be a
   *     multiple of 16-bits}) if {@link #length()} is not a multiple of 2
   */
  public Buffer swap16() {
    NumberAccess.swap16(this);
    return self();
  }

  /**
   * {@code buf.swap32()}: reverses the byte order of each 32-bit group, in place, and returns this
   * buffer. An empty buffer is fine.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_BUFFER_SIZE} ({@code Buffer size must be a
   *     multiple of 32-bits}) if {@link #length()} is not a multiple of 4
   */
  public Buffer swap32() {
    NumberAccess.swap32(this);
    return self();
  }

  /**
   * {@code buf.swap64()}: reverses the byte order of each 64-bit group, in place, and returns this
   * buffer. An empty buffer is fine.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_BUFFER_SIZE} ({@code Buffer size must be a
   *     multiple of 64-bits}) if {@link #length()} is not a multiple of 8
   */
  public Buffer swap64() {
    NumberAccess.swap64(this);
    return self();
  }
}
