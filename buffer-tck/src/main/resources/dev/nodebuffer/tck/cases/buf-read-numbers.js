// section: buf.readUInt8([offset]) and the other numeric reads

// Doc examples build their buffers with Buffer.from([...]); here the same bytes come from hex.

// case: doc-readbiguint64be
const buf = Buffer.from('00000000ffffffff', 'hex');
console.log(buf.readBigUInt64BE(0));

// case: doc-readbiguint64le
const buf = Buffer.from('00000000ffffffff', 'hex');
console.log(buf.readBigUInt64LE(0));

// case: doc-readdoublebe
const buf = Buffer.from('0102030405060708', 'hex');
console.log(buf.readDoubleBE(0));

// case: doc-readdoublele
const buf = Buffer.from('0102030405060708', 'hex');
console.log(buf.readDoubleLE(0));
console.log(buf.readDoubleLE(1));

// case: doc-readfloatbe
const buf = Buffer.from('01020304', 'hex');
console.log(buf.readFloatBE(0));

// case: doc-readfloatle
const buf = Buffer.from('01020304', 'hex');
console.log(buf.readFloatLE(0));
console.log(buf.readFloatLE(1));

// case: doc-readint8
const buf = Buffer.from('ff05', 'hex');
console.log(buf.readInt8(0));
console.log(buf.readInt8(1));
console.log(buf.readInt8(2));

// case: doc-readint16be
const buf = Buffer.from('0005', 'hex');
console.log(buf.readInt16BE(0));

// case: doc-readint16le
const buf = Buffer.from('0005', 'hex');
console.log(buf.readInt16LE(0));
console.log(buf.readInt16LE(1));

// case: doc-readint32be
const buf = Buffer.from('00000005', 'hex');
console.log(buf.readInt32BE(0));

// case: doc-readint32le
const buf = Buffer.from('00000005', 'hex');
console.log(buf.readInt32LE(0));
console.log(buf.readInt32LE(1));

// case: doc-readintbe
const buf = Buffer.from('1234567890ab', 'hex');
console.log(buf.readIntBE(0, 6).toString(16));
console.log(buf.readIntBE(1, 6).toString(16));

// case: doc-readintbe-bytelength-zero
const buf = Buffer.from('1234567890ab', 'hex');
console.log(buf.readIntBE(1, 0).toString(16));

// case: doc-readintle
const buf = Buffer.from('1234567890ab', 'hex');
console.log(buf.readIntLE(0, 6).toString(16));

// case: doc-readuint8
const buf = Buffer.from('01fe', 'hex');
console.log(buf.readUInt8(0));
console.log(buf.readUInt8(1));
console.log(buf.readUInt8(2));

// case: doc-readuint16be
const buf = Buffer.from('123456', 'hex');
console.log(buf.readUInt16BE(0).toString(16));
console.log(buf.readUInt16BE(1).toString(16));

// case: doc-readuint16le
const buf = Buffer.from('123456', 'hex');
console.log(buf.readUInt16LE(0).toString(16));
console.log(buf.readUInt16LE(1).toString(16));
console.log(buf.readUInt16LE(2).toString(16));

// case: doc-readuint32be
const buf = Buffer.from('12345678', 'hex');
console.log(buf.readUInt32BE(0).toString(16));

// case: doc-readuint32le
const buf = Buffer.from('12345678', 'hex');
console.log(buf.readUInt32LE(0).toString(16));
console.log(buf.readUInt32LE(1).toString(16));

// case: doc-readuintbe
const buf = Buffer.from('1234567890ab', 'hex');
console.log(buf.readUIntBE(0, 6).toString(16));
console.log(buf.readUIntBE(1, 6).toString(16));

// case: doc-readuintle
const buf = Buffer.from('1234567890ab', 'hex');
console.log(buf.readUIntLE(0, 6).toString(16));

// case: every-read-and-alias
const b = Buffer.from('0102030405060788', 'hex');
console.log(b.readUInt8(7), b.readUint8(7), b.readInt8(7), b.readUInt8(), b.readInt8());
console.log(b.readUInt16LE(6), b.readUint16LE(6), b.readUInt16BE(6), b.readUint16BE(6), b.readUInt16LE(), b.readUint16BE());
console.log(b.readInt16LE(6), b.readInt16BE(6), b.readInt16LE(), b.readInt16BE());
console.log(b.readUInt32LE(4), b.readUint32LE(4), b.readUInt32BE(4), b.readUint32BE(4), b.readUInt32LE(), b.readUint32BE());
console.log(b.readInt32LE(4), b.readInt32BE(4), b.readInt32LE(), b.readInt32BE());
console.log(b.readFloatLE(4), b.readFloatBE(4), b.readFloatLE(), b.readFloatBE());
console.log(b.readDoubleLE(0), b.readDoubleBE(0), b.readDoubleLE(), b.readDoubleBE());
console.log(b.readBigUInt64LE(0), b.readBigUint64LE(0), b.readBigUInt64BE(0), b.readBigUint64BE(0));
console.log(b.readBigUInt64LE(), b.readBigUint64LE(), b.readBigUInt64BE(), b.readBigUint64BE());
console.log(b.readBigInt64LE(0), b.readBigInt64BE(0), b.readBigInt64LE(), b.readBigInt64BE());
console.log(b.readUIntLE(0, 6), b.readUintLE(0, 6), b.readUIntBE(0, 6), b.readUintBE(0, 6));
console.log(b.readIntLE(2, 6), b.readIntBE(3, 5), b.readIntLE(5, 3), b.readIntBE(2, 6));

// case: variable-width-every-bytelength
const b = Buffer.from('fffefdfcfbfa', 'hex');
console.log(b.readUIntLE(0, 1), b.readUIntLE(0, 2), b.readUIntLE(0, 3), b.readUIntLE(0, 4), b.readUIntLE(0, 5), b.readUIntLE(0, 6));
console.log(b.readUIntBE(0, 1), b.readUIntBE(0, 2), b.readUIntBE(0, 3), b.readUIntBE(0, 4), b.readUIntBE(0, 5), b.readUIntBE(0, 6));
console.log(b.readIntLE(0, 1), b.readIntLE(0, 2), b.readIntLE(0, 3), b.readIntLE(0, 4), b.readIntLE(0, 5), b.readIntLE(0, 6));
console.log(b.readIntBE(0, 1), b.readIntBE(0, 2), b.readIntBE(0, 3), b.readIntBE(0, 4), b.readIntBE(0, 5), b.readIntBE(0, 6));
console.log(b.readUIntLE(5, 1), b.readIntBE(4, 2), b.readUIntBE(3, 3), b.readIntLE(2, 4), b.readUIntLE(1, 5));

// case: extremes
const ff = Buffer.from('ffffffffffffffff', 'hex');
const top = Buffer.from('8000000000000000', 'hex');
console.log(ff.readUInt32LE(), ff.readInt32LE(), ff.readUIntLE(0, 6), ff.readIntLE(0, 6), ff.readBigUInt64LE(), ff.readBigInt64LE());
console.log(top.readInt32BE(), top.readIntBE(0, 6), top.readBigInt64BE(), top.readBigUInt64BE(), top.readDoubleBE(), top.readFloatBE());

// case: float-specials
console.log(Buffer.from('0000c07f', 'hex').readFloatLE(), Buffer.from('00000080', 'hex').readFloatLE(), Buffer.from('0000807f', 'hex').readFloatLE(), Buffer.from('000080ff', 'hex').readFloatLE());
console.log(Buffer.from('cdcccc3d', 'hex').readFloatLE(), Buffer.from('01000000', 'hex').readFloatLE(), Buffer.from('ffff7f7f', 'hex').readFloatLE());
console.log(Buffer.from('000000000000f87f', 'hex').readDoubleLE(), Buffer.from('0000000000000080', 'hex').readDoubleLE(), Buffer.from('010000000000f8ff', 'hex').readDoubleLE(), Buffer.from('0100000000000000', 'hex').readDoubleLE() === Number.MIN_VALUE);

// case: reads-of-a-view-use-its-offset
const whole = Buffer.from('00112233445566778899', 'hex');
const view = Buffer.from('11223344', 'hex');
console.log(whole.readUInt32BE(1), view.readUInt32BE(0), Buffer.allocUnsafe(3).fill(7).readUIntBE(0, 3));

// case: offset-past-the-end
Buffer.from('0102030405060788', 'hex').readUInt8(8);

// case: offset-negative
Buffer.from('0102', 'hex').readUInt16LE(-1);

// case: offset-leaves-too-few-bytes
Buffer.alloc(8).readDoubleBE(1);

// case: bigint-offset-past-the-end
Buffer.alloc(9).readBigInt64LE(2);

// case: uint32-offset-out-of-range
Buffer.alloc(6).readUint32BE(3);

// case: int32-on-short-buffer
Buffer.alloc(3).readInt32LE(0);

// case: empty-buffer-default-offset
Buffer.alloc(0).readUInt8();

// case: empty-buffer-float
Buffer.alloc(0).readFloatBE(0);

// case: short-buffer-bigint
Buffer.alloc(7).readBigUInt64BE();

// case: short-buffer-negative-offset
Buffer.alloc(7).readDoubleLE(-1);

// case: exact-length-negative-offset
Buffer.alloc(2).readInt16BE(-1);

// case: bytelength-zero
Buffer.alloc(8).readUIntLE(0, 0);

// case: bytelength-seven
Buffer.alloc(8).readIntBE(0, 7);

// case: bytelength-checked-before-offset
Buffer.alloc(0).readUIntBE(-5, 7);

// case: bytelength-negative
Buffer.alloc(8).readIntLE(0, -1);

// case: variable-width-on-short-buffer
Buffer.alloc(3).readUIntLE(-1, 4);

// case: variable-width-offset-out-of-range
Buffer.alloc(3).readIntBE(1, 3);

// case: variable-width-offset-one-past
Buffer.alloc(8).readUIntBE(3, 6);

// case: fractional-offset
// needs: fractional-numbers
Buffer.alloc(4).readUInt8(1.5);

// case: nan-offset
// needs: fractional-numbers
Buffer.alloc(4).readUInt16LE(NaN);

// case: string-offset
// needs: loose-types
Buffer.alloc(4).readUInt8('1');

// case: offset-beyond-int
// needs: large-numbers
Buffer.alloc(8).readUInt8(2 ** 32 + 1);

// case: missing-bytelength
// needs: undefined
Buffer.alloc(8).readUIntLE(0);

// case: missing-offset
// needs: undefined
Buffer.alloc(8).readIntBE();
