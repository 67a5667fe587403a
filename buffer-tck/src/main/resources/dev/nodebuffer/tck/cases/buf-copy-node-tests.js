// section: buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: counts-and-clamping
const b = Buffer.alloc(16, 1);
const c = Buffer.alloc(8, 2);
console.log(b.copy(c, 0, 0, 8), c.copy(b, 0, 0), c.copy(b, 0), c.copy(b, 0, 0, c.length + 1), b.copy(c), b.copy(c, 0, 0, 9));
b.fill(3, 12);
console.log(b.copy(c, 0, b.length - 4), c, b.copy(c, 0, 10, 2), b.copy(c, 8, 0, 2), b.copy(c, 0, 0, 17));

// case: within-one-buffer
const b = Buffer.alloc(8, 1);
b.fill(2, 2);
console.log(b.copy(b, 0, 2, 8), b);

// case: coerced-offsets
// needs: loose-types
const b = Buffer.from('abcdefgh');
const c = Buffer.alloc(4);
console.log(b.copy(c, '0', '1', '3'), c, b.copy(c, 'not a valid offset'), c);

// case: no-target
// needs: undefined
Buffer.alloc(4).copy();

// case: source-start-beyond-int
// needs: large-numbers
Buffer.alloc(1).copy(Buffer.alloc(1), 0, 0x100000000, 0x100000001);
