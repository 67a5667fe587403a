// section: buf.compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: ranges
const a = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
const b = Buffer.from([5, 6, 7, 8, 9, 0, 1, 2, 3, 4]);
console.log(a.compare(b), a.compare(b, 0), a.compare(b, 0, 0, 0), a.compare(b, 6, 10), a.compare(b, 6, 10, 0, 0), a.compare(b, 0, 0, 0, 0), a.compare(b, 1, 1, 2, 2));
console.log(a.compare(b, 0, 5, 4), a.compare(b, 2, 4, 2), a.compare(b, 0, 7, 4), a.compare(b, 0, 7, 4, 6), a.compare(b, 0xff));

// case: undefined-ranges
// needs: undefined
const a = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
const b = Buffer.from([5, 6, 7, 8, 9, 0, 1, 2, 3, 4]);
console.log(a.compare(b, undefined), a.compare(b, 0, undefined, 0), a.compare(b, 5, undefined, 1));

// case: infinite-range
// needs: fractional-numbers
Buffer.from('abc').compare(Buffer.from('abc'), Infinity, -Infinity);
