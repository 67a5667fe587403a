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
