// section: buf.compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]])

// case: doc-example
const buf1 = Buffer.from('ABC');
const buf2 = Buffer.from('BCD');
const buf3 = Buffer.from('ABCD');
console.log(buf1.compare(buf1), buf1.compare(buf2), buf1.compare(buf3), buf2.compare(buf1), buf2.compare(buf3));
console.log([buf1, buf2, buf3].sort(Buffer.compare));

// case: doc-example-ranges
const buf1 = Buffer.from('010203040506070809', 'hex');
const buf2 = Buffer.from('050607080901020304', 'hex');
console.log(buf1.compare(buf2, 5, 9, 0, 4), buf1.compare(buf2, 0, 6, 4), buf1.compare(buf2, 5, 6, 5));

// case: shapes
const a = Buffer.from('010203', 'hex');
const c = Buffer.from('01020304', 'hex');
console.log(a.compare(c), c.compare(a), a.compare(c, 0), a.compare(c, 1), a.compare(c, 0, 3), a.compare(c, 0, 3, 0), a.compare(c, 0, 3, 1), a.compare(c, 0, 3, 0, 3), a.compare(c, 1, 3, 1, 3));
console.log(c.compare(a, 0, 3, 0, 3), c.compare(a, 1, 3, 1, 3), c.compare(a, 0, 2, 1, 3), Buffer.from('ff', 'hex').compare(Buffer.from('00', 'hex')), Buffer.from('7f', 'hex').compare(Buffer.from('80', 'hex')));

// case: empty-ranges
const a = Buffer.from('010203', 'hex');
const c = Buffer.from('01020304', 'hex');
console.log(a.compare(c, 5), a.compare(c, 4), a.compare(c, 2, 1), a.compare(c, 0, 4, 5), a.compare(c, 0, 4, 3), a.compare(c, 4, 4, 3, 3), a.compare(c, 4, 4, 5), a.compare(c, 0, 0, 0, 0), a.compare(c, 0, 0, 0, 1));
console.log(a.compare(c, 2147483647), a.compare(c, 0, 4, 2147483647), Buffer.alloc(0).compare(Buffer.alloc(0)), Buffer.alloc(0).compare(a), a.compare(Buffer.alloc(0)));

// case: start-beyond-int
// needs: large-numbers
const a = Buffer.from('010203', 'hex');
console.log(a.compare(Buffer.alloc(4), 2 ** 32 + 1), a.compare(Buffer.alloc(4), 0, 4, 2 ** 40));

// case: uint8array-target
const u = new Uint8Array(3);
u[0] = 1;
u[1] = 2;
console.log(Buffer.from('010200', 'hex').compare(u), Buffer.from('0102', 'hex').compare(u, 0, 2), Buffer.from('010203', 'hex').compare(u, 1, 2, 1, 2));

// case: target-null
Buffer.alloc(3).compare(null);

// case: target-null-before-ranges
Buffer.alloc(3).compare(null, -1, -1, -1, -1);

// case: target-start-negative
Buffer.alloc(3).compare(Buffer.alloc(4), -1);

// case: target-end-beyond-target
Buffer.alloc(3).compare(Buffer.alloc(4), 0, 5);

// case: target-end-negative
Buffer.alloc(3).compare(Buffer.alloc(4), 0, -1);

// case: source-start-negative
Buffer.alloc(3).compare(Buffer.alloc(4), 0, 4, -1);

// case: source-end-beyond-source
Buffer.alloc(3).compare(Buffer.alloc(4), 0, 4, 0, 4);

// case: source-end-negative
Buffer.alloc(3).compare(Buffer.alloc(4), 0, 4, 0, -1);

// case: source-end-checked-even-for-empty-range
Buffer.alloc(3).compare(Buffer.alloc(4), 0, 4, 5, 5);

// case: first-bad-bound-wins
Buffer.alloc(3).compare(Buffer.alloc(4), -1, 9, -1, 9);

// case: target-end-before-source
Buffer.alloc(3).compare(Buffer.alloc(4), 0, 9, -1, 9);

// case: min-int-start
Buffer.alloc(3).compare(Buffer.alloc(4), -2147483648);

// case: fraction-start
// needs: fractional-numbers
Buffer.alloc(3).compare(Buffer.alloc(4), 1.5);

// case: null-start
// needs: loose-types
Buffer.alloc(3).compare(Buffer.alloc(4), null);

// case: nan-start
// needs: fractional-numbers
Buffer.alloc(3).compare(Buffer.alloc(4), NaN);

// case: string-start
// needs: loose-types
Buffer.alloc(3).compare(Buffer.alloc(4), '1');

// case: start-beyond-max-safe-integer
// needs: fractional-numbers
Buffer.alloc(3).compare(Buffer.alloc(4), 2 ** 53);
