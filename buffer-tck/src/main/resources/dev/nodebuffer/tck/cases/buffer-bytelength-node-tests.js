// section: Static method: Buffer.byteLength(string[, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: utf8-strings
console.log(Buffer.byteLength('∑éllö wørl∂!', 'utf-8'), Buffer.byteLength('κλμνξο', 'utf8'), Buffer.byteLength('挵挶挷挸挹', 'utf-8'), Buffer.byteLength('𠝹𠱓𠱸', 'UTF8'));
console.log(Buffer.byteLength('hey there'), Buffer.byteLength('𠱸挶νξ#xx :)'), Buffer.byteLength('hello world', ''), Buffer.byteLength('ßœ∑≈', 'unkn0wn enc0ding'), Buffer.byteLength('Il était tué'));

// case: base64-lengths
const forms = ['aGVsbG8gd29ybGQ=', 'bm9kZS5qcyByb2NrcyE=', 'aGkk', 'bHNrZGZsa3NqZmtsc2xrZmFqc2RsZmtqcw==', 'aaa=', 'aaaa=='];
console.log(forms.map((s) => Buffer.byteLength(s, 'base64')), Buffer.byteLength('aGVsbG8gd29ybGQ=', 'BASE64'));
console.log(forms.map((s) => Buffer.byteLength(s.replace(/=/g, ''), 'base64url')), Buffer.byteLength('aGVsbG8gd29ybGQ', 'BASE64URL'));

// case: one-and-two-byte-encodings-in-any-case
const one = ['ascii', 'latin1', 'binary'];
const two = ['ucs2', 'ucs-2', 'utf16le', 'utf-16le'];
console.log(one.concat(one.map((e) => e.toUpperCase())).map((e) => Buffer.byteLength('Il était tué', e)));
console.log(two.concat(two.map((e) => e.toUpperCase())).map((e) => Buffer.byteLength('Il était tué', e)));
console.log(Buffer.byteLength('', 'ascii'), Buffer.byteLength('', 'HeX'));

// case: digits-are-not-encodings
const names = ['1', '22', '333', '4444'];
console.log(names.map((e) => Buffer.isEncoding(e)), names.map((e) => Buffer.byteLength('foo', e)));

// case: incomplete-utf8-buffer
console.log(Buffer.byteLength(Buffer.from([0xe4, 0xb8, 0xad, 0xe6, 0x96])), Buffer.byteLength(new ArrayBuffer(8)));

// case: number-is-a-type-error
// needs: loose-types
Buffer.byteLength(32, 'latin1');

// case: typed-arrays-and-dataview
// needs: typed-arrays
const kinds = [new Int8Array(8), new Uint8Array(8), new Uint8ClampedArray(2), new Int16Array(8), new Uint16Array(8), new Int32Array(8), new Uint32Array(8), new Float32Array(8), new Float64Array(8), new BigInt64Array(2), new BigUint64Array(2)];
console.log(kinds.map((v) => Buffer.byteLength(v)));
const ab = new ArrayBuffer(64);
console.log(Buffer.byteLength(new DataView(new ArrayBuffer(2))), Buffer.byteLength(new DataView(ab, 3, 5)), Buffer.byteLength(new Int16Array(ab, 2, 3)), Buffer.byteLength(new Float64Array(ab, 8)), Buffer.byteLength(new Uint32Array(0)));
