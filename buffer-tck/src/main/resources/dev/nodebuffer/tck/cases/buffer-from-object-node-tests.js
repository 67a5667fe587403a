// section: Static method: Buffer.from(object[, offsetOrEncoding[, length]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: array-like-of-numbers-and-digit-strings
console.log(Buffer.from({ 0: 0, 1: 1, 2: 2, 3: 3, length: 4 }), Buffer.from({ 0: '0', 1: '1', 2: '2', 3: '3', length: 4 }));

// case: array-like-odd-lengths
console.log(Buffer.from({ length: 3.3 }).length, Buffer.from({ length: 'BAM' }).length, Buffer.from({ length: NaN }).length);
console.log(Buffer.from({ length: -100 }).length, Buffer.from({ length: -Buffer.poolSize }).length);
const a = Buffer.from('abc');
const b = Buffer.allocUnsafe(1);
console.log(b.byteOffset - a.byteOffset, a.buffer === b.buffer);
