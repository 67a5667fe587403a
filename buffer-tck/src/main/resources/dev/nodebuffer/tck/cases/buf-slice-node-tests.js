// section: buf.slice([start[, end]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: integer-bounds
const b = Buffer.from('0123456789');
const parts = [b.slice(-10, 10), b.slice(-20, 10), b.slice(-20, -10), b.slice(0, 0), b.slice(10), b.slice(5, 8), b.slice(8, -1), b.slice(0, -9)];
console.log(parts.map((p) => p.toString()));
const more = [b.slice(0, -10), b.slice(2, -2), b.slice(0, 65536), b.slice(65536, 0), b.slice(-5, -8), b.slice(-5, -3)];
console.log(more.map((p) => p.toString()));
console.log(Buffer.from('0123456789', 'utf16le').slice(0, 6).toString('utf16le'), Buffer.alloc(0).slice(0, 1).length);

// case: coerced-bounds
// needs: loose-types, undefined
const b = Buffer.from('0123456789');
const parts = [b.slice('0', '1'), b.slice('-5', '10'), b.slice('-10', '-5'), b.slice('-10', '-0'), b.slice('111'), b.slice('foobar'), b.slice(undefined, undefined)];
console.log(parts.map((p) => p.toString()));
const abcd = Buffer.from('abcd');
console.log(abcd.slice(abcd.length / 3).toString(), Buffer.from('abc').slice(-0.5).toString(), Buffer.from('abcdefg').slice(-(-1 >>> 0) - 1).toString());
