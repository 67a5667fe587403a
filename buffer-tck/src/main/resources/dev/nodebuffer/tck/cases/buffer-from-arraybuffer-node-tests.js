// section: Static method: Buffer.from(arrayBuffer[, byteOffset[, length]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: non-numeric-offset-and-length
// needs: loose-types, fractional-numbers
const ab = new ArrayBuffer(10);
console.log(Buffer.from(ab, 'fhqwhgads').length, Buffer.from(ab, NaN).length, Buffer.from(ab, {}).length, Buffer.from(ab, [1]).length);
console.log(Buffer.from(ab, 0, 'fhqwhgads').length, Buffer.from(ab, 0, NaN).length, Buffer.from(ab, 0, []).length, Buffer.from(ab, 0, [1]).length);

// case: infinite-offset
// needs: fractional-numbers
Buffer.from(new ArrayBuffer(10), Infinity);

// case: infinite-length
// needs: fractional-numbers
Buffer.from(new ArrayBuffer(10), 0, Infinity);

// case: offset-beyond-int
// needs: large-numbers
Buffer.from(new ArrayBuffer(0), -1 >>> 0);

// case: empty-array-buffer
const ab = new ArrayBuffer(0);
const b = Buffer.from(ab);
console.log(b.length, b.buffer === ab, b.parent === ab);

// case: dataview-and-uint8array-share-the-memory
// needs: typed-arrays
const ab = new ArrayBuffer(16);
const dv = new DataView(ab);
const ui = new Uint8Array(ab);
const buf = Buffer.from(ab);
buf.fill(0xc);
console.log(ui[0], ui[15]);
ui[3] = 0xf;
console.log(buf[3], buf.buffer === ab, buf.length === ab.byteLength);
buf.writeUInt32LE(0xf00, 0);
buf.writeUInt32BE(0xb47, 4);
buf.writeDoubleLE(3.1415, 8);
console.log(dv.getUint32(0, true), dv.getUint32(4), dv.getFloat64(8, true), dv.getUint32(0));
dv.setInt16(2, -2);
dv.setFloat32(12, 1.5, true);
console.log(buf.readInt16BE(2), buf.readFloatLE(12), buf);

// case: a-dataview-is-not-its-array-buffer
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab, 2, 4);
dv.setUint32(0, 0x01020304);
console.log(Buffer.from(dv), Buffer.from(dv.buffer), Buffer.from(dv.buffer, dv.byteOffset, dv.byteLength));
