// section: buf.includes(value[, byteOffset][, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: offsets-and-encodings
const b = Buffer.from('abcdef');
console.log(b.includes('a', -b.length), b.includes('a', -4), b.includes('bc', -5), b.includes('bc', -3), b.includes('', b.length + 1), b.includes(Buffer.from('f'), -1));
console.log(b.includes(Buffer.from('f'), 6), b.includes(0x61, 1), b.includes(0x61, -b.length), b.includes(0), b.includes('z'));
console.log(b.includes('64', 0, 'hex'), b.includes('ZA==', 0, 'base64'), b.includes(Buffer.from('ZA==', 'base64'), 0, 'base64'), b.includes('d', 0, 'ascii'), b.includes('d', 0, 'latin1'), b.includes('d', 0, 'binary'));
console.log(Buffer.from('ff').includes(Buffer.from('f'), 1, 'ucs2'));

// case: number-needle-keeps-the-low-byte
const t = Buffer.from('this is a test');
console.log(t.includes(0x6973), t.includes(0x697320), t.includes(0x69732069), t.includes(0x69737374), t.includes(-140), t.includes(-152), t.includes(0xff), t.includes(0xffff));

// case: nan-and-infinite-offsets
// needs: fractional-numbers
const b = Buffer.from('abcdef');
console.log(b.includes('a', NaN), b.includes('a', -Infinity), b.includes('a', Infinity), b.includes('', Infinity));
