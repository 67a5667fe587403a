// section: buf.toString([encoding[, start[, end]]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: round-trip-in-every-encoding-name
const names = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'ascii', 'latin1', 'binary', 'utf16le', 'utf-16le'];
console.log(names.concat(names.map((e) => e.toUpperCase())).map((e) => Buffer.from('foo', e).toString(e)).join(' '));
console.log(Buffer.from('Zm9v', 'BASE64').toString('BASE64'), Buffer.from('666f6f', 'HEX').toString('HEX'));

// case: hex-of-every-byte
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
const hex = all.toString('hex');
console.log(hex.length, hex.slice(0, 40), hex.slice(-40), Buffer.from(hex, 'hex').equals(all));

// case: integer-ranges
const b = Buffer.from('abc');
console.log([b.toString('ascii', 3), b.toString('ascii', 1, 0), b.toString('ascii', 1, -100), b.toString('ascii', -1, 3)]);
console.log([b.toString('ascii', 0, 5), b.toString('ascii', 0), b.toString('ascii', 1, 3), b.toString('ascii', 3, 3)]);

// case: fractional-and-infinite-ranges
// needs: fractional-numbers
const b = Buffer.from('abc');
console.log([b.toString('ascii', 3.14, 3), b.toString('ascii', Infinity), b.toString('ascii', 1, -1.2), b.toString('ascii', -Infinity, 3)]);
console.log([b.toString('ascii', -1.99, 3), b.toString('ascii', 1.99, 3), b.toString('ascii', 0, 6.99), b.toString('ascii', 0, Infinity), b.toString('ascii', 0, 1.99)]);

// case: coerced-ranges
// needs: loose-types
const b = Buffer.from('abc');
console.log([b.toString('ascii', 'node.js', 3), b.toString('ascii', {}, 3), b.toString('ascii', null, 3), b.toString('ascii', '1', 3), b.toString('ascii', true, 3), b.toString('ascii', '-Infinity', 3)]);
console.log([b.toString('ascii', 0, 'node.js'), b.toString('ascii', 0, {}), b.toString('ascii', 0, NaN), b.toString('ascii', 0, null), b.toString('ascii', 0, '1.99'), b.toString('ascii', 0, 'Infinity')]);

// case: null-encoding-is-unknown
// needs: loose-types
Buffer.from('abc').toString(null, 1, 2);

// case: number-encoding-is-unknown
Buffer.from('abc').toString(0, 1, 2);

// case: digits-are-not-encodings
Buffer.from('foo').toString('22');
