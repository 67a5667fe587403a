// section: Static method: Buffer.copyBytesFrom(view[, offset[, length]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: uint16-whole-view-is-a-copy
// needs: typed-arrays
const u16 = new Uint16Array([0xffff]);
const b = Buffer.copyBytesFrom(u16);
u16[0] = 0;
console.log(b, b.buffer === u16.buffer);

// case: uint16-offset-and-length-count-elements
// needs: typed-arrays
const u16 = new Uint16Array([0, 0xffff]);
const b = Buffer.copyBytesFrom(u16, 1, 5);
u16[0] = 0xffff;
u16[1] = 0;
console.log(b);

// case: uint32-whole-view
// needs: typed-arrays
const u32 = new Uint32Array([0xffffffff, 0x01020304]);
const b = Buffer.copyBytesFrom(u32);
u32[0] = 0;
console.log(b, Buffer.copyBytesFrom(u32, 1, 1));

// case: float64-offsets-and-lengths
// needs: typed-arrays
const f = new Float64Array([1, -0, 0.1, Infinity]);
console.log(Buffer.copyBytesFrom(f, 1, 2), Buffer.copyBytesFrom(f, 3));
console.log(Buffer.copyBytesFrom(f, 4).length, Buffer.copyBytesFrom(f, 2, 0).length, Buffer.copyBytesFrom(f, 9, 1).length);

// case: view-over-part-of-an-array-buffer
// needs: typed-arrays
const ab = new ArrayBuffer(12);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
const v = new Int16Array(ab, 2, 3);
console.log(Buffer.copyBytesFrom(v), Buffer.copyBytesFrom(v, 1, 1), Buffer.copyBytesFrom(v, 2, 9));

// case: bigint64-view
// needs: typed-arrays
const v = new BigInt64Array([-1n, 2n]);
console.log(Buffer.copyBytesFrom(v, 1), Buffer.copyBytesFrom(new BigUint64Array([2n ** 64n - 2n])));

// case: dataview-is-not-a-typed-array
// needs: typed-arrays, loose-types
Buffer.copyBytesFrom(new DataView(new ArrayBuffer(4)));
