// section: buf.writeUInt8(value[, offset]) and the other numeric writes

// case: every-fixed-width-at-min-and-max-both-orders
// Each write at its minimum and maximum, read back in the same byte order, with the bytes.
const b = Buffer.alloc(8);
for (let [w, rd, lo, hi] of [['writeUInt8', 'readUInt8', 0, 255], ['writeInt8', 'readInt8', -128, 127],
    ['writeUInt16LE', 'readUInt16LE', 0, 65535], ['writeUInt16BE', 'readUInt16BE', 0, 65535],
    ['writeInt16LE', 'readInt16LE', -32768, 32767], ['writeInt16BE', 'readInt16BE', -32768, 32767],
    ['writeUInt32LE', 'readUInt32LE', 0, 4294967295], ['writeUInt32BE', 'readUInt32BE', 0, 4294967295],
    ['writeInt32LE', 'readInt32LE', -2147483648, 2147483647], ['writeInt32BE', 'readInt32BE', -2147483648, 2147483647]]) {
  let parts = [];
  for (let v of [lo, lo + 1, hi - 1, hi]) {
    b.fill(0xaa);
    let next = b[w](v, 1);
    parts.push(next + '/' + b[rd](1) + '/' + b.toString('hex', 1, next));
  }
  console.log(w, parts.join(' '));
}

// case: every-variable-width-at-min-and-max-both-orders
const b = Buffer.alloc(8);
for (let n of [1, 2, 3, 4, 5, 6]) {
  let max = 2 ** (8 * n) - 1;
  let smax = 2 ** (8 * n - 1) - 1;
  let smin = -(2 ** (8 * n - 1));
  let parts = [];
  for (let [w, rd, v] of [['writeUIntLE', 'readUIntLE', max], ['writeUIntBE', 'readUIntBE', max], ['writeUIntLE', 'readUIntLE', 0],
      ['writeIntLE', 'readIntLE', smin], ['writeIntBE', 'readIntBE', smin], ['writeIntLE', 'readIntLE', smax], ['writeIntBE', 'readIntBE', smax],
      ['writeIntBE', 'readIntBE', -1], ['writeIntLE', 'readIntLE', smin + 1]]) {
    b.fill(0x55);
    let next = b[w](v, 2, n);
    parts.push(b[rd](2, n) + ':' + b.toString('hex', 2, next));
  }
  console.log(n, parts.join(' '));
}

// case: floats-at-their-edges-both-orders
const b = Buffer.alloc(8);
for (let v of [3.4028234663852886e38, 3.4028235677973366e38, 1.401298464324817e-45, 7e-46, -0, 1.1754943508222875e-38, 16777217, 0.1]) {
  b.writeFloatLE(v); let le = b.toString('hex', 0, 4) + '/' + b.readFloatLE();
  b.writeFloatBE(v); let be = b.toString('hex', 0, 4) + '/' + b.readFloatBE();
  b.writeDoubleLE(v); let dle = b.toString('hex') + '/' + b.readDoubleLE();
  b.writeDoubleBE(v); console.log(v, le, be, dle, b.toString('hex') + '/' + b.readDoubleBE());
}

// case: int8-value-too-big
Buffer.alloc(1).writeInt8(128);

// case: uint16le-value-negative
Buffer.alloc(2).writeUInt16LE(-1);

// case: int16be-value-too-small
Buffer.alloc(2).writeInt16BE(-32769);

// case: int16le-value-too-small
Buffer.alloc(2).writeInt16LE(-32769);

// case: uint32le-value-too-big
Buffer.alloc(4).writeUInt32LE(4294967296);

// case: uint32be-value-negative
Buffer.alloc(4).writeUInt32BE(-1);

// case: int32be-value-too-big
Buffer.alloc(4).writeInt32BE(2147483648);

// case: int32le-value-too-big
Buffer.alloc(4).writeInt32LE(2147483648);

// case: int32be-value-too-small
Buffer.alloc(4).writeInt32BE(-2147483649);

// case: uint8-variable-value-too-big
Buffer.alloc(1).writeUIntBE(256, 0, 1);

// case: int8-variable-value-too-small
Buffer.alloc(1).writeIntLE(-129, 0, 1);

// case: uint16-variable-value-too-big
Buffer.alloc(2).writeUIntLE(65536, 0, 2);

// case: int16-variable-value-too-big
Buffer.alloc(2).writeIntBE(32768, 0, 2);

// case: int24-value-too-big
Buffer.alloc(3).writeIntBE(8388608, 0, 3);

// case: uint24-value-negative
Buffer.alloc(3).writeUIntLE(-1, 0, 3);

// case: uint32-variable-value-too-big
Buffer.alloc(4).writeUIntBE(4294967296, 0, 4);

// case: int32-variable-value-too-small
Buffer.alloc(4).writeIntLE(-2147483649, 0, 4);

// case: int40-value-too-small
Buffer.alloc(5).writeIntLE(-(2 ** 39) - 1, 0, 5);

// case: uint40-value-negative
Buffer.alloc(5).writeUIntBE(-1, 0, 5);

// case: int48-value-too-big
Buffer.alloc(6).writeIntLE(2 ** 47, 0, 6);

// case: uint48-value-too-big-be
Buffer.alloc(6).writeUIntBE(2 ** 48, 0, 6);
