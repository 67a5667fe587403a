// section: buf.indexOf(value[, byteOffset][, encoding])

// case: doc-example
const buf = Buffer.from('this is a buffer');
console.log(buf.indexOf('this'), buf.indexOf('is'), buf.indexOf(Buffer.from('a buffer')), buf.indexOf(97));
console.log(buf.indexOf(Buffer.from('a buffer example')));
const utf16Buffer = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'utf16le');
console.log(utf16Buffer.indexOf('\u03a3', 0, 'utf16le'), utf16Buffer.indexOf('\u03a3', -4, 'utf16le'));

// case: doc-example-slice
const buf = Buffer.from('this is a buffer');
console.log(buf.indexOf(Buffer.from('a buffer example').slice(0, 8)));

// case: doc-example-coercion-number
const b = Buffer.from('abcdef');
console.log(b.indexOf(256 + 99));

// case: doc-example-coercion-fraction
// needs: fractional-numbers
const b = Buffer.from('abcdef');
console.log(b.indexOf(99.9));

// case: doc-example-coercion-offset
// needs: loose-types
const b = Buffer.from('abcdef');
console.log(b.indexOf('b', undefined), b.indexOf('b', {}), b.indexOf('b', null), b.indexOf('b', []));

// case: number-needle-masked
const b = Buffer.from('abcabc');
console.log(b.indexOf(98), b.indexOf(98 + 256), b.indexOf(-158), b.indexOf(99 - 1024), b.indexOf(0x7fffffff), b.indexOf(-1));
console.log(Buffer.from('00ff', 'hex').indexOf(-1), Buffer.from('00ff', 'hex').indexOf(256), Buffer.from('00ff', 'hex').indexOf(-2147483648));

// case: number-needle-offsets
const b = Buffer.from('abcabc');
console.log(b.indexOf(98, 1), b.indexOf(98, 2), b.indexOf(99, 5), b.indexOf(98, 6), b.indexOf(98, 100));
console.log(b.indexOf(98, -1), b.indexOf(98, -2), b.indexOf(97, -6), b.indexOf(97, -7), b.indexOf(97, -2147483648), b.indexOf(97, 2147483647));

// case: number-needle-encoding-ignored
const b = Buffer.from('abc');
console.log(b.indexOf(98, 'bogus'), b.indexOf(98, 0, 'bogus'), b.indexOf(98, 0, ''), b.indexOf(98, 'ucs2'));

// case: number-needle-empty-buffer
console.log(Buffer.alloc(0).indexOf(0), Buffer.alloc(0).indexOf(0, -1), Buffer.alloc(0).indexOf(0, 5));

// case: number-needle-long
const b = Buffer.alloc(100);
b[77] = 0xfe;
b[99] = 0xfe;
console.log(b.indexOf(0xfe), b.indexOf(0xfe, 78), b.indexOf(0xfe, 100), b.indexOf(0xfd), b.indexOf(0));

// case: string-offsets
const b = Buffer.from('abcabc');
console.log(b.indexOf('b', -2), b.indexOf('b', -100), b.indexOf('b', 100), b.indexOf('b', 2147483647), b.indexOf('b', -2147483648));
console.log(b.indexOf('bc', 4), b.indexOf('bc', 5), b.indexOf('abcabc'), b.indexOf('abcabcx'), b.indexOf('abcabc', 1), b.indexOf('c', 5));

// case: string-offset-beyond-int
// needs: large-numbers
const b = Buffer.from('abcabc');
console.log(b.indexOf('b', 2 ** 40), b.indexOf('b', -(2 ** 40)), b.indexOf('', 2 ** 40));

// case: string-offset-fraction
// needs: fractional-numbers
const b = Buffer.from('abcabc');
console.log(b.indexOf('b', 1.9), b.indexOf('c', -1.9), b.indexOf('b', NaN));

// case: empty-needle
const b = Buffer.from('abcabc');
console.log(b.indexOf(''), b.indexOf('', 3), b.indexOf('', 6), b.indexOf('', 100), b.indexOf('', -1), b.indexOf('', -6), b.indexOf('', -100));
console.log(b.indexOf(Buffer.alloc(0)), b.indexOf(Buffer.alloc(0), 2), b.indexOf(Buffer.alloc(0), 7), b.indexOf(new Uint8Array(0), -2));
console.log(Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf('', 5), Buffer.alloc(0).indexOf('', -1), Buffer.alloc(0).indexOf('a'));

// case: needle-encoding-to-no-bytes
const b = Buffer.from('abcabc');
console.log(b.indexOf('zz', 3, 'hex'), b.indexOf('i', 0, 'base64'), b.indexOf('', 2, 'base64url'), b.indexOf('=', 'base64'), b.indexOf('zz', 100, 'hex'));

// case: encoding-as-second-argument
const b = Buffer.from('abcabc');
console.log(b.indexOf('b', 'latin1'), b.indexOf('b', 'LATIN1'), b.indexOf('YmM=', 'base64'), b.indexOf('6263', 'hex'), b.indexOf(Buffer.from('c'), 'ucs2'));

// case: encoding-as-second-argument-unknown
Buffer.from('abcabc').indexOf('b', '2');

// case: encodings
const b = Buffer.from('abc\u00e9\u20ac');
console.log(b.indexOf('\u00e9'), b.indexOf('\u20ac', 0, 'utf-8'), b.indexOf('c3a9', 0, 'hex'), b.indexOf('w6k=', 0, 'base64'), b.indexOf('w6k', 0, 'base64url'));
console.log(b.indexOf('\u00e9', 0, 'latin1'), b.indexOf('\u00c3', 0, 'latin1'), b.indexOf('\u01c3', 0, 'binary'), b.indexOf('\u00c3', 0, 'ascii'), b.indexOf('c', 0, 'ascii'));
const l = Buffer.from('e9', 'hex');
console.log(l.indexOf('\u01e9', 0, 'latin1'), l.indexOf('\u00e9', 0, 'ascii'), l.indexOf('\u00e9'), l.indexOf('E9', 'hex'), l.indexOf('6Q', 'base64'));

// case: utf8-lone-surrogate
const b = Buffer.from('61efbfbd62', 'hex');
console.log(b.indexOf('\ud800'), b.indexOf('\udc00b'), b.indexOf('\ud83d\ude00'), Buffer.from('\ud83d\ude00').indexOf('\ud83d\ude00'));

// case: ucs2
const u = Buffer.from('abcd', 'ucs2');
console.log(u.indexOf('c', 5, 'ucs2'), u.indexOf('c', 4, 'utf16le'), u.indexOf('c', 6, 'ucs-2'), u.indexOf('b', 1, 'UTF-16LE'), u.indexOf('bc', 0, 'ucs2'), u.indexOf('d', -1, 'ucs2'));
console.log(Buffer.from('00610062', 'hex').indexOf('a', 0, 'ucs2'), Buffer.from('6100620063', 'hex').indexOf('c', 0, 'ucs2'), Buffer.from('abc').indexOf('', 100, 'ucs2'), Buffer.from('abc').indexOf('a', 0, 'ucs2'));

// case: ucs2-buffer-needle
const u = Buffer.from('abcd', 'ucs2');
console.log(u.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2'), u.indexOf(Buffer.from('62', 'hex'), 0, 'ucs2'), u.indexOf(Buffer.from('620063', 'hex'), 0, 'ucs2'), u.indexOf(Buffer.from('0063', 'hex'), 0, 'ucs2'), u.indexOf(Buffer.from('0063', 'hex')));
console.log(Buffer.from('abc').indexOf(Buffer.alloc(0), 100, 'ucs2'), Buffer.from('61006200630064', 'hex').indexOf(Buffer.from('9912', 'hex'), 0, 'ucs2'), Buffer.from('6100620063006400', 'hex').indexOf(Buffer.from('9912', 'hex'), 0, 'ucs2'));

// case: buffer-needle-unknown-encoding-is-bytes
const b = Buffer.from('abcabc');
console.log(b.indexOf(Buffer.from('ca'), 0, 'bogus'), b.indexOf(Buffer.from('ca'), 'bogus'), b.indexOf(Buffer.from('bc'), 2, ''), b.indexOf(Buffer.from('bc'), 2, 'hex'));

// case: uint8array-needle
const b = Buffer.from('abcabc');
const n = new Uint8Array(2);
n[0] = 99;
n[1] = 97;
console.log(b.indexOf(n), b.indexOf(n, 3), b.indexOf(n, -4), b.indexOf(new Uint8Array(1), 0));

// case: pooled-views
const a = Buffer.from('xyxyxy');
const c = Buffer.from('yx');
console.log(a.buffer === c.buffer, a.indexOf(c), a.indexOf(c, 2), a.indexOf(a), c.indexOf(a));

// case: needle-from-pool
const a = Buffer.allocUnsafe(1);
const b = Buffer.from('abc');
console.log(b.indexOf('6263', 'hex'), b.indexOf('bc'), b.indexOf('YmM', 'base64'));
const c = Buffer.allocUnsafe(1);
console.log(a.buffer === c.buffer, c.byteOffset - a.byteOffset);

// case: long-haystack
const b = Buffer.alloc(1000).fill('abcdefghijklmnopqrstuvwxyz');
b.write('needle-in-a-haystack', 900);
console.log(b.indexOf('needle-in-a-haystack'), b.indexOf('needle-in-a-haystack', 901), b.indexOf('xyzabcdefghijklmnopq'), b.indexOf('xyzabcdefghijklmnopq', 100), b.indexOf('zz'));

// case: unknown-encoding
Buffer.from('abc').indexOf('b', 0, 'bogus');

// case: empty-encoding-is-unknown
Buffer.from('abc').indexOf('b', 0, '');

// case: unknown-encoding-even-for-empty-needle
Buffer.from('abc').indexOf('', 0, 'bogus');

// case: null-value
// needs: null-arguments
Buffer.from('abc').indexOf(null);

// case: boolean-value
// needs: loose-types
Buffer.from('abc').indexOf(true);

// case: value-checked-before-encoding
// needs: loose-types
Buffer.from('abc').indexOf(true, 0, 'bogus');
