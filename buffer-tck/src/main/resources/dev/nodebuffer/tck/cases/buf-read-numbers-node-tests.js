// section: buf.readUInt8([offset]) and the other numeric reads
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: every-read-at-offset-one
const b = Buffer.from([0xa4, 0xfd, 0x48, 0xea, 0xcf, 0xff, 0xd9, 0x01, 0xde]);
console.log(b.readDoubleBE(1), b.readDoubleLE(1), b.readFloatBE(1), b.readFloatLE(1), b.readInt8(1), b.readInt16BE(1), b.readInt16LE(1), b.readInt32BE(1), b.readInt32LE(1));
console.log(b.readIntBE(1, 1), b.readIntLE(2, 1), b.readUInt8(1), b.readUInt16BE(2), b.readUInt16LE(2), b.readUInt32BE(1), b.readUInt32LE(1), b.readUIntBE(2, 2), b.readUIntLE(2, 2));

// case: all-ones
const f = Buffer.from([0xff, 0xff, 0xff, 0xff]);
console.log(f.readUInt16LE(0), f.readUInt16BE(0), f.readInt16LE(0), f.readInt16BE(0), f.readUInt32LE(0), f.readUInt32BE(0), f.readInt32LE(0), f.readInt32BE(0));

// case: signed-reads
const d = Buffer.from([0x87, 0xab, 0x7c, 0xef]);
console.log(d.readInt8(0), d.readInt8(1), d.readInt8(2), d.readInt8(3));
const e = Buffer.from([0xff, 0x80, 0xef, 0xfa, 0x42, 0xc3, 0x95, 0xa9]);
console.log(e.readInt16BE(0), e.readInt16LE(0), e.readInt32BE(0), e.readInt32LE(0), e.readInt32BE(4), e.readInt32LE(3), e.readInt32BE(2));

// case: variable-width-at-offsets
const g = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(g.readIntLE(0, 3), g.readIntBE(0, 3), g.readIntLE(0, 5), g.readIntBE(0, 5), g.readIntLE(1, 6), g.readIntBE(2, 6));
console.log(g.readUIntLE(0, 3), g.readUIntBE(0, 3), g.readUIntLE(0, 5), g.readUIntBE(0, 5), g.readUIntLE(1, 6), g.readUIntBE(2, 6));

// case: double-bit-patterns
// The smallest denormal (01 then zeros) is in buf-read-numbers/float-specials: Rhino prints it 4.9e-324.
const pats = ['555555555555d53f', '010000000000f03f', '020000000000f03f', 'ffffffffffff0f00', 'ffffffffffffef7f', '000000000000f03f', '0000000000000040', '00000000000000c0', '0000000000001000', '0000000000000000', '0000000000000080', '000000000000f07f', '000000000000f0ff'];
for (let p of pats) {
  let x = Buffer.from(p, 'hex');
  console.log(p, x.readDoubleBE(0), x.readDoubleLE(0));
}

// case: float-bit-patterns
const pats = ['0000803f', '000000c0', 'ffff7f7f', 'abaaaa3e', '00000000', '00000080', '0000807f', '000080ff'];
for (let p of pats) {
  let x = Buffer.from(p, 'hex');
  console.log(p, x.readFloatBE(0), x.readFloatLE(0));
}

// case: offset-beyond-int
// needs: large-numbers
Buffer.alloc(8).readFloatBE(0xffffffff);
