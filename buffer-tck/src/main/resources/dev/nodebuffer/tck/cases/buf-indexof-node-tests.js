// section: buf.indexOf(value[, byteOffset][, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: offsets-for-each-needle-kind
const b = Buffer.from('abcdef');
for (let n of ['a', Buffer.from('a'), 0x61]) {
  console.log(b.indexOf(n), b.indexOf(n, 1), b.indexOf(n, -1), b.indexOf(n, -4), b.indexOf(n, -b.length));
}
for (let n of ['bc', Buffer.from('bc')]) {
  console.log(b.indexOf(n), b.indexOf(n, 2), b.indexOf(n, -1), b.indexOf(n, -3), b.indexOf(n, -5));
}
console.log(b.indexOf('', 1), b.indexOf('', b.length + 1), b.indexOf(Buffer.from('d'), 2), b.indexOf('f', -1), b.indexOf('f', 6), b.indexOf(0));

// case: nan-and-infinite-offsets
// needs: fractional-numbers, loose-types
const b = Buffer.from('abcdef');
console.log(b.indexOf('a', NaN), b.indexOf('a', -Infinity), b.indexOf('a', Infinity), b.indexOf('', Infinity), b.indexOf(0x61, NaN), b.indexOf('b', [2]));

// case: one-byte-encodings-and-hex-as-second-argument
console.log(Buffer.from('aa\u00e8aa', 'latin1').indexOf('\u00e8', 'latin1'), Buffer.from('\u00e8', 'binary').indexOf(Buffer.from('\u00e8', 'binary'), 'binary'));
console.log(Buffer.from('aaaa0').indexOf('30', 'hex'), Buffer.from('aaaa00a').indexOf('3030', 'hex'), Buffer.from('abcdef').indexOf('ZA==', 0, 'base64url'));

// case: ucs2-needles-that-cannot-fit
console.log(Buffer.from('aaaa').indexOf('a'.repeat(4), 'ucs2'), Buffer.from('aaaa').indexOf('a'.repeat(4), 'utf8'), Buffer.from('aaaa').indexOf('你好', 'ucs2'));
console.log(Buffer.from('aaaaa').indexOf('b', 'ucs2'), Buffer.from('ff').indexOf(Buffer.from('f'), 1, 'ucs2'));

// case: greek-in-ucs2-and-utf8
const two = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'ucs2');
console.log(two.indexOf('\u0395', 4, 'ucs2'), two.indexOf('\u03a3', -4, 'ucs2'), two.indexOf('\u03a3', -6, 'ucs2'), two.indexOf(Buffer.from('\u03a3', 'ucs2'), -6, 'ucs2'), two.indexOf('\u03a3', -2, 'ucs2'));
console.log(two.indexOf('\u039a\u0391', 0, 'ucs2'), two.indexOf('\u0391\u03a3', 0, 'ucs2'), two.indexOf('\u03a3\u03a3', 0, 'ucs2'), two.indexOf('\u03a3\u0395', 0, 'ucs2'), two.indexOf('\u0392', 0, 'ucs2'));
const mixed16 = Buffer.from('\u039a\u0391abc\u03a3\u03a3\u0395', 'ucs2');
const mixed8 = Buffer.from('\u039a\u0391abc\u03a3\u03a3\u0395');
console.log(mixed16.indexOf('bc', 0, 'ucs2'), mixed16.indexOf('\u03a3', 0, 'ucs2'), mixed16.indexOf('\u0396', 0, 'ucs2'), mixed16.indexOf(Buffer.from('bc', 'ucs2'), 0, 'ucs2'));
console.log(mixed8.indexOf('bc'), mixed8.indexOf('bc', 5), mixed8.indexOf('bc', -8), mixed8.indexOf('\u03a3'), mixed8.indexOf('\u0396'));

// case: self-similar-pattern
let s = 'A';
for (let i = 66; i < 76; i++) s = s + String.fromCharCode(i) + s;
const long = Buffer.from(s);
const hits = [];
for (let i = 0; i < long.length - 15; i += 7) hits.push(long.indexOf('ABACABADABACABA', i));
console.log(long.length, hits.length, hits.slice(0, 6), hits[hits.length - 1]);
console.log(long.indexOf('AJABACA'), long.indexOf('AJABACA', 511), long.indexOf('JABACABADABACABA'), long.indexOf('JABACABADABACABA', 512));
const ascii = Buffer.from('arglebargleglopglyf'.repeat(3));
console.log(ascii.indexOf('\x2061'), ascii.indexOf('leb', 0));

// case: number-needle-keeps-the-low-byte
const t = Buffer.from('this is a test');
console.log(t.indexOf(0x6973), t.indexOf(0x697320), t.indexOf(0x69732069), t.indexOf(0x69737374), t.indexOf(0x69737465), t.indexOf(-140), t.indexOf(-152), t.indexOf(0xff), t.indexOf(0xffff));

// case: number-needle-beyond-int
// needs: large-numbers
console.log(Buffer.from('this is a test').indexOf(0x697374657374));

// case: uint8array-needle-both-ways
const needle = new Uint8Array(3);
needle[0] = 0x66;
needle[1] = 0x6f;
needle[2] = 0x6f;
const hay = Buffer.from('a foo b foo');
console.log(hay.indexOf(needle), hay.lastIndexOf(needle));

// case: object-value-is-a-type-error
// needs: loose-types
Buffer.from('abcdef').indexOf({});
