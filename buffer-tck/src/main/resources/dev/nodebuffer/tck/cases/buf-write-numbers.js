// section: buf.writeUInt8(value[, offset]) and the other numeric writes

// case: doc-writebigint64be
const buf = Buffer.allocUnsafe(8);
buf.writeBigInt64BE(0x0102030405060708n, 0);
console.log(buf);

// case: doc-writebigint64le
const buf = Buffer.allocUnsafe(8);
buf.writeBigInt64LE(0x0102030405060708n, 0);
console.log(buf);

// case: doc-writebiguint64be
const buf = Buffer.allocUnsafe(8);
buf.writeBigUInt64BE(0xdecafafecacefaden, 0);
console.log(buf);

// case: doc-writebiguint64le
const buf = Buffer.allocUnsafe(8);
buf.writeBigUInt64LE(0xdecafafecacefaden, 0);
console.log(buf);

// case: doc-writedoublebe
const buf = Buffer.allocUnsafe(8);
buf.writeDoubleBE(123.456, 0);
console.log(buf);

// case: doc-writedoublele
const buf = Buffer.allocUnsafe(8);
buf.writeDoubleLE(123.456, 0);
console.log(buf);

// case: doc-writefloatbe
const buf = Buffer.allocUnsafe(4);
buf.writeFloatBE(0xcafebabe, 0);
console.log(buf);

// case: doc-writefloatle
const buf = Buffer.allocUnsafe(4);
buf.writeFloatLE(0xcafebabe, 0);
console.log(buf);

// case: doc-writeint8
const buf = Buffer.allocUnsafe(2);
buf.writeInt8(2, 0);
buf.writeInt8(-2, 1);
console.log(buf);

// case: doc-writeint16be
const buf = Buffer.allocUnsafe(2);
buf.writeInt16BE(0x0102, 0);
console.log(buf);

// case: doc-writeint16le
const buf = Buffer.allocUnsafe(2);
buf.writeInt16LE(0x0304, 0);
console.log(buf);

// case: doc-writeint32be
const buf = Buffer.allocUnsafe(4);
buf.writeInt32BE(0x01020304, 0);
console.log(buf);

// case: doc-writeint32le
const buf = Buffer.allocUnsafe(4);
buf.writeInt32LE(0x05060708, 0);
console.log(buf);

// case: doc-writeintbe
const buf = Buffer.allocUnsafe(6);
buf.writeIntBE(0x1234567890ab, 0, 6);
console.log(buf);

// case: doc-writeintle
const buf = Buffer.allocUnsafe(6);
buf.writeIntLE(0x1234567890ab, 0, 6);
console.log(buf);

// case: doc-writeuint8
const buf = Buffer.allocUnsafe(4);
buf.writeUInt8(0x3, 0);
buf.writeUInt8(0x4, 1);
buf.writeUInt8(0x23, 2);
buf.writeUInt8(0x42, 3);
console.log(buf);

// case: doc-writeuint16be
const buf = Buffer.allocUnsafe(4);
buf.writeUInt16BE(0xdead, 0);
buf.writeUInt16BE(0xbeef, 2);
console.log(buf);

// case: doc-writeuint16le
const buf = Buffer.allocUnsafe(4);
buf.writeUInt16LE(0xdead, 0);
buf.writeUInt16LE(0xbeef, 2);
console.log(buf);

// case: doc-writeuint32be
const buf = Buffer.allocUnsafe(4);
buf.writeUInt32BE(0xfeedface, 0);
console.log(buf);

// case: doc-writeuint32le
const buf = Buffer.allocUnsafe(4);
buf.writeUInt32LE(0xfeedface, 0);
console.log(buf);

// case: doc-writeuintbe
const buf = Buffer.allocUnsafe(6);
buf.writeUIntBE(0x1234567890ab, 0, 6);
console.log(buf);

// case: doc-writeuintle
const buf = Buffer.allocUnsafe(6);
buf.writeUIntLE(0x1234567890ab, 0, 6);
console.log(buf);

// case: every-write-and-alias-returns-the-next-offset
const b = Buffer.alloc(16);
console.log(b.writeUInt8(255, 15), b.writeUint8(254, 14), b.writeInt8(-1, 13), b.writeUInt8(1), b.writeUint8(2), b.writeInt8(-128), b);
console.log(b.writeUInt16LE(0xabcd, 1), b.writeUint16LE(0xabcd, 3), b.writeUInt16BE(0xabcd, 5), b.writeUint16BE(0xabcd, 7), b);
console.log(b.writeUInt16LE(1), b.writeUint16LE(2), b.writeUInt16BE(3), b.writeUint16BE(4), b.writeInt16LE(-2), b.writeInt16BE(-2, 14), b.writeInt16LE(-3, 10), b.writeInt16BE(-3), b);
console.log(b.writeUInt32LE(0xfeedface, 1), b.writeUint32LE(0xfeedface, 5), b.writeUInt32BE(0xfeedface, 9), b.writeUint32BE(4294967295, 12), b);
console.log(b.writeUInt32LE(1), b.writeUint32LE(2), b.writeUInt32BE(3), b.writeUint32BE(4), b.writeInt32LE(-2), b.writeInt32BE(-2, 4), b.writeInt32LE(-3, 8), b.writeInt32BE(-3), b);
console.log(b.writeFloatLE(1.5), b.writeFloatBE(1.5, 4), b.writeFloatLE(-0.1, 8), b.writeFloatBE(3.4e38, 12), b);
console.log(b.writeDoubleLE(Math.PI), b.writeDoubleBE(Math.PI, 8), b);
console.log(b.writeDoubleLE(-1.5e-300, 0), b.writeDoubleBE(2 ** 60), b);
console.log(b.writeBigUInt64LE(1n, 8), b.writeBigUint64LE(2n, 8), b.writeBigUInt64BE(3n, 8), b.writeBigUint64BE(4n, 8), b);
console.log(b.writeBigUInt64LE(5n), b.writeBigUint64LE(6n), b.writeBigUInt64BE(7n), b.writeBigUint64BE(8n), b);
console.log(b.writeBigInt64LE(-1n), b.writeBigInt64BE(-2n, 8), b);
console.log(b.writeBigInt64BE(-3n), b.writeBigInt64LE(-4n, 8), b);
console.log(b.writeUIntLE(0x123456, 0, 3), b.writeUintLE(0x123456, 3, 3), b.writeUIntBE(0x123456, 6, 3), b.writeUintBE(0x123456, 9, 3), b);
console.log(b.writeIntLE(-2, 0, 5), b.writeIntBE(-2, 5, 5), b.writeIntLE(-2, 10, 6), b);

// case: six-byte-and-float-writes
const b = Buffer.alloc(8);
console.log(b.writeUIntLE(0x123456789abc, 0, 6), b);
console.log(b.writeIntBE(-2, 2, 6), b);
console.log(Buffer.alloc(8).writeDoubleBE(Math.PI), b.writeDoubleBE(Math.PI), b, b.writeFloatLE(1.5), b);

// case: variable-width-every-bytelength
const b = Buffer.alloc(6);
for (let n = 1; n <= 6; n++) {
  console.log(b.fill(0).writeUIntLE(2 ** (8 * n) - 1, 0, n), b.writeIntBE(-(2 ** (8 * n - 1)), 6 - n, n), b);
}
for (let n = 1; n <= 6; n++) {
  console.log(b.fill(0).writeUIntBE(1, 0, n), b.writeIntLE(2 ** (8 * n - 1) - 1, 6 - n, n), b);
}

// case: round-trips-at-the-boundaries
const b = Buffer.alloc(8);
b.writeInt32LE(-2147483648); console.log(b.readInt32LE(), b.writeInt32BE(2147483647), b.readInt32BE());
b.writeUInt32BE(4294967295); console.log(b.readUInt32BE(), b.writeUInt16LE(65535), b.readUInt16LE(), b.writeInt16BE(-32768), b.readInt16BE());
b.writeIntLE(-(2 ** 47), 2, 6); console.log(b.readIntLE(2, 6), b.writeUIntBE(2 ** 48 - 1, 1, 6), b.readUIntBE(1, 6));
b.writeBigInt64LE(-(2n ** 63n)); console.log(b.readBigInt64LE(), b.writeBigUInt64BE(2n ** 64n - 1n), b.readBigUInt64BE(), b.readBigInt64BE());
b.writeBigInt64BE(2n ** 63n - 1n); console.log(b.readBigInt64BE(), b.readBigUInt64LE());

// case: float-rounding-and-specials
const b = Buffer.alloc(4);
console.log(b.writeFloatLE(1e40), b, b.readFloatLE());
console.log(b.writeFloatLE(1e-50), b, b.writeFloatLE(16777217), b, b.readFloatLE());
console.log(b.writeFloatLE(NaN), b, b.writeFloatBE(-0), b, b.readFloatBE());
console.log(b.writeFloatLE(0.1), b, b.readFloatLE(), b.writeFloatLE(-Infinity), b);
const d = Buffer.alloc(8);
console.log(d.writeDoubleLE(NaN), d, d.writeDoubleBE(-0), d, d.readDoubleBE(), d.writeDoubleLE(Infinity), d);
console.log(d.writeDoubleLE(5e-324), d, d.readDoubleLE() === Number.MIN_VALUE, d.writeDoubleBE(Number.MAX_VALUE), d);

// case: nan-payload-round-trip
const d = Buffer.from('010000000000f8ff', 'hex');
const e = Buffer.alloc(8);
e.writeDoubleLE(d.readDoubleLE());
console.log(e);

// case: writes-touch-only-their-bytes
const b = Buffer.alloc(10).fill(0xaa);
b.writeUInt16BE(0x1234, 1); b.writeInt32LE(-1, 4); b.writeUIntLE(0, 8, 1);
console.log(b);

// case: writes-into-a-pooled-view
const a = Buffer.from('aaaa', 'hex');
const c = Buffer.from('cccc', 'hex');
console.log(a.writeUInt16LE(0x0102), a, c, a.buffer === c.buffer);

// case: uint8-value-too-big
Buffer.alloc(1).writeUInt8(256);

// case: uint8-value-negative
Buffer.alloc(1).writeUint8(-1, 0);

// case: int8-value-too-small
Buffer.alloc(1).writeInt8(-129);

// case: uint16-value-too-big
Buffer.alloc(2).writeUInt16BE(65536);

// case: int16-value-too-big
Buffer.alloc(2).writeInt16LE(32768);

// case: uint32-value-too-big
Buffer.alloc(4).writeUInt32LE(4294967296);

// case: uint32-value-far-too-big
Buffer.alloc(4).writeUint32BE(4294967297);

// case: uint32-value-negative-grouped
Buffer.alloc(4).writeUInt32LE(-4294967297);

// case: int32-value-too-small
Buffer.alloc(4).writeInt32BE(-2147483649);

// case: uint24-value-too-big
Buffer.alloc(3).writeUIntLE(16777216, 0, 3);

// case: int24-value-too-small
Buffer.alloc(3).writeIntBE(-8388609, 0, 3);

// case: uint40-value-too-big
Buffer.alloc(5).writeUIntBE(2 ** 40, 0, 5);

// case: int40-value-too-big
Buffer.alloc(5).writeIntLE(2 ** 39, 0, 5);

// case: uint48-value-too-big
Buffer.alloc(6).writeUIntLE(2 ** 48, 0, 6);

// case: int48-value-too-small
Buffer.alloc(6).writeIntBE(-(2 ** 47) - 1, 0, 6);

// case: int48-value-beyond-2-to-53
Buffer.alloc(6).writeIntLE(2 ** 60, 0, 6);

// case: variable-width-bytelength-4
Buffer.alloc(4).writeUIntBE(-1, 0, 4);

// case: variable-width-signed-bytelength-1
Buffer.alloc(4).writeIntLE(128, 0, 1);

// case: variable-width-bytelength-2
Buffer.alloc(4).writeIntBE(-32769, 0, 2);

// case: biguint64-value-too-big
Buffer.alloc(8).writeBigUInt64LE(2n ** 64n);

// case: biguint64-value-negative
Buffer.alloc(8).writeBigUint64BE(-1n);

// case: biguint64-value-minus-two-to-32
Buffer.alloc(8).writeBigUInt64LE(-(2n ** 32n));

// case: bigint64-value-too-big
Buffer.alloc(8).writeBigInt64LE(2n ** 63n);

// case: bigint64-value-too-small
Buffer.alloc(8).writeBigInt64BE(-(2n ** 63n) - 1n);

// case: value-checked-before-offset
Buffer.alloc(8).writeUInt8(300, 8);

// case: value-checked-before-offset-wide
Buffer.alloc(2).writeUInt32LE(4294967296, 5);

// case: bigint-value-checked-before-offset
Buffer.alloc(2).writeBigInt64LE(2n ** 63n, 5);

// case: bytelength-checked-before-value
Buffer.alloc(8).writeIntLE(2 ** 60, 0, 7);

// case: bytelength-checked-before-a-value-beyond-long
// needs: large-numbers
Buffer.alloc(8).writeIntLE(1e20, 0, 7);

// case: bytelength-zero
Buffer.alloc(8).writeUIntBE(1, 0, 0);

// case: bytelength-seven-unsigned
Buffer.alloc(8).writeUIntLE(1, -1, 7);

// case: write-offset-past-the-end
Buffer.alloc(8).writeUInt8(1, 8);

// case: write-offset-negative
Buffer.alloc(8).writeInt16LE(1, -1);

// case: write-offset-leaves-too-few-bytes
Buffer.alloc(8).writeUInt32BE(1, 5);

// case: write-on-empty-buffer
Buffer.alloc(0).writeUInt8(1);

// case: write-on-empty-buffer-value-first
Buffer.alloc(0).writeUInt8(300);

// case: write-on-short-buffer
Buffer.alloc(3).writeUInt32LE(1, 0);

// case: float-on-short-buffer
Buffer.alloc(3).writeFloatLE(1.5);

// case: float-offset-out-of-range
Buffer.alloc(8).writeFloatBE(1.5, 5);

// case: double-on-short-buffer
Buffer.alloc(7).writeDoubleBE(1.5);

// case: double-negative-offset
Buffer.alloc(8).writeDoubleLE(1.5, -1);

// case: bigint-on-short-buffer
Buffer.alloc(7).writeBigUInt64BE(1n);

// case: bigint-offset-out-of-range
Buffer.alloc(9).writeBigInt64BE(1n, 2);

// case: variable-width-write-on-short-buffer
Buffer.alloc(2).writeUIntLE(1, 0, 3);

// case: variable-width-write-offset-out-of-range
Buffer.alloc(8).writeIntBE(1, 3, 6);

// Node throws the same TypeError for null and undefined here; Java's null (which stands for
// undefined) reaches the BigInteger overloads from null.

// case: bigint-null-after-offset-checks
Buffer.alloc(8).writeBigInt64LE(null, 0);

// case: bigint-null-offset-first
Buffer.alloc(4).writeBigUInt64BE(null);

// case: bigint-undefined
// needs: undefined
Buffer.alloc(8).writeBigUInt64LE(undefined);

// case: bigint-write-of-a-number
// needs: loose-types
Buffer.alloc(8).writeBigInt64LE(1);

// case: bigint-write-of-an-out-of-range-number
// needs: loose-types
Buffer.alloc(8).writeBigUInt64LE(2 ** 64);

// case: fraction-truncates
// needs: fractional-numbers
const b = Buffer.alloc(2);
console.log(b.writeUInt8(1.9), b.writeUInt8(NaN, 1), b);

// case: fraction-above-max
// needs: fractional-numbers
Buffer.alloc(1).writeUInt8(255.5);

// case: negative-fraction-48-bit-quirk
// needs: fractional-numbers
const b = Buffer.alloc(5);
b.writeIntLE(-0.5, 0, 5);
console.log(b, b.readIntLE(0, 5));

// case: string-value-coerced
// needs: loose-types
const b = Buffer.alloc(4);
console.log(b.writeUInt16LE('0x12'), b.writeFloatLE('2.5'), b);

// case: fractional-write-offset
// needs: fractional-numbers
Buffer.alloc(4).writeUInt8(1, 1.5);

// case: string-write-offset
// needs: loose-types
Buffer.alloc(8).writeUInt8(300, 'x');

// case: value-range-before-offset-type
// needs: loose-types
Buffer.alloc(3).writeUIntLE(1e20, 'x', 2);
