// section: buf.writeUInt8(value[, offset]) and the other numeric writes
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: integer-values
const b = Buffer.alloc(8);
b.writeInt8(0x23, 0);
b.writeInt8(-5, 1);
b.writeInt16BE(-1679, 2);
b.writeInt16LE(-1679, 4);
b.writeUInt16BE(0xff80, 6);
console.log(b);
b.writeInt32BE(-805306713, 0);
b.writeInt32LE(-805306713, 4);
console.log(b);
b.writeUInt32BE(0xe7f90a6d, 1);
console.log(b);
b.writeUInt32LE(0xe7f90a6d, 2);
console.log(b);

// case: overlapping-16-bit-writes
const d = Buffer.alloc(4);
for (let i = 0; i < 3; i++) d.writeUInt16BE(0x2343, i);
console.log(d);
for (let i = 0; i < 3; i++) d.writeUInt16LE(0x2343, i);
console.log(d);

// case: variable-width-three-and-five-bytes
const b3 = Buffer.alloc(3);
for (let v of [0x123456, -0x123456, -0x123400, -0x120000]) {
  b3.writeIntLE(v, 0, 3);
  let le = b3.toString('hex');
  b3.writeIntBE(v, 0, 3);
  console.log(v, le, b3.toString('hex'), b3.readIntBE(0, 3));
}
const b5 = Buffer.alloc(5);
for (let v of [0x1234567890, -0x1234567890, -0x0012000000]) {
  b5.writeIntLE(v, 0, 5);
  let le = b5.toString('hex');
  b5.writeIntBE(v, 0, 5);
  console.log(v, le, b5.toString('hex'), b5.readIntBE(0, 5));
}
b5.writeUIntLE(0x1234567890, 0, 5);
console.log(b5, b5.readUIntLE(0, 5));
const b6 = Buffer.alloc(6);
b6.writeUIntBE(0x1234567890ab, 0, 6);
console.log(b6, b6.writeIntLE(0x1234567890ab, 0, 6), b6);

// case: double-values
const d = Buffer.alloc(16);
for (let v of [2.225073858507201e-308, 1.0000000000000004, -2, 1.7976931348623157e+308, 0 * -1, Infinity, -Infinity, NaN]) {
  d.writeDoubleBE(v, 0);
  d.writeDoubleLE(v, 8);
  console.log(v, d.toString('hex'), d.readDoubleBE(0), d.readDoubleLE(8));
}

// case: float-values
const f = Buffer.alloc(8);
for (let v of [1, 1 / 3, 3.4028234663852886e+38, 1.1754943508222875e-38, 0 * -1, Infinity, -Infinity, NaN]) {
  f.writeFloatBE(v, 0);
  f.writeFloatLE(v, 4);
  console.log(v, f.toString('hex'), f.readFloatBE(0), f.readFloatLE(4));
}

// case: bigint-string-is-a-type-error
// needs: loose-types
Buffer.alloc(8).writeBigInt64LE('bad', 0);
