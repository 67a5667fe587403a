// section: buf.lastIndexOf(value[, byteOffset][, encoding])

// case: doc-example
const buf = Buffer.from('this buffer is a buffer');
console.log(buf.lastIndexOf('this'), buf.lastIndexOf('buffer'), buf.lastIndexOf(Buffer.from('buffer')), buf.lastIndexOf(97), buf.lastIndexOf(Buffer.from('yolo')));
console.log(buf.lastIndexOf('buffer', 5), buf.lastIndexOf('buffer', 4));
const utf16Buffer = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'utf16le');
console.log(utf16Buffer.lastIndexOf('\u03a3', -5, 'utf16le'));

// case: doc-example-undefined-offset
// needs: undefined
const utf16Buffer = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'utf16le');
console.log(utf16Buffer.lastIndexOf('\u03a3', undefined, 'utf16le'));

// case: doc-example-undefined-offset-as-overload
const utf16Buffer = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'utf16le');
console.log(utf16Buffer.lastIndexOf('\u03a3', 'utf16le'));

// case: doc-example-coercion-number
const b = Buffer.from('abcdef');
console.log(b.lastIndexOf(256 + 99));

// case: doc-example-coercion-fraction
// needs: fractional-numbers
const b = Buffer.from('abcdef');
console.log(b.lastIndexOf(99.9));

// case: doc-example-coercion-offset
// needs: loose-types
const b = Buffer.from('abcdef');
console.log(b.lastIndexOf('b', undefined), b.lastIndexOf('b', {}), b.lastIndexOf('b', null), b.lastIndexOf('b', []));

// case: zero-offset-is-nodes-null
const b = Buffer.from('abcdef');
console.log(b.lastIndexOf('b'), b.lastIndexOf('b', 0), b.lastIndexOf('a', 0));

// case: number-needle
const b = Buffer.from('abcabc');
console.log(b.lastIndexOf(98), b.lastIndexOf(98 + 256), b.lastIndexOf(-158), b.lastIndexOf(98, 'bogus'), b.lastIndexOf(98, 3, 'bogus'));
console.log(b.lastIndexOf(98, 6), b.lastIndexOf(98, 100), b.lastIndexOf(98, 3), b.lastIndexOf(98, 1), b.lastIndexOf(98, 0), b.lastIndexOf(98, 2147483647));
console.log(b.lastIndexOf(97, -3), b.lastIndexOf(97, -6), b.lastIndexOf(97, -7), b.lastIndexOf(97, -2147483648), Buffer.alloc(0).lastIndexOf(0), Buffer.alloc(0).lastIndexOf(0, -1));

// case: number-needle-long
const b = Buffer.alloc(100);
b[3] = 0xfe;
b[50] = 0xfe;
console.log(b.lastIndexOf(0xfe), b.lastIndexOf(0xfe, 49), b.lastIndexOf(0xfe, 2), b.lastIndexOf(0xfd), b.lastIndexOf(0), b.lastIndexOf(0, 3));

// case: string-offsets
const b = Buffer.from('abcabc');
console.log(b.lastIndexOf('b', -3), b.lastIndexOf('b', -100), b.lastIndexOf('b', 100), b.lastIndexOf('b', 4), b.lastIndexOf('b', 3), b.lastIndexOf('b', -2147483648));
console.log(b.lastIndexOf('bc', 4), b.lastIndexOf('bc', 5), b.lastIndexOf('cabc', 100), b.lastIndexOf('cabc', 3), b.lastIndexOf('cabc', 2), b.lastIndexOf('cabc', 1));
console.log(b.lastIndexOf('abcabc'), b.lastIndexOf('abcabc', 0), b.lastIndexOf('abcabcx'), b.lastIndexOf('abcabcx', 100), Buffer.from('aaa').lastIndexOf('aa'));

// case: string-offset-beyond-int
// needs: large-numbers
const b = Buffer.from('abcabc');
console.log(b.lastIndexOf('b', -(2 ** 40)), b.lastIndexOf('b', 2 ** 40));

// case: empty-needle
const b = Buffer.from('abcabc');
console.log(b.lastIndexOf(''), b.lastIndexOf('', 3), b.lastIndexOf('', 0), b.lastIndexOf('', 6), b.lastIndexOf('', 100), b.lastIndexOf('', -1), b.lastIndexOf('', -6), b.lastIndexOf('', -7), b.lastIndexOf('', -100));
console.log(b.lastIndexOf(Buffer.alloc(0)), b.lastIndexOf(Buffer.alloc(0), 2), b.lastIndexOf(Buffer.alloc(0), 100), b.lastIndexOf(new Uint8Array(0), -2));
console.log(Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).lastIndexOf('', 5), Buffer.alloc(0).lastIndexOf('', -1), Buffer.alloc(0).lastIndexOf('a'));
console.log(b.lastIndexOf('zz', 3, 'hex'), b.lastIndexOf('zz', 'hex'), b.lastIndexOf('', 'ucs2'), b.lastIndexOf('', 5, 'ucs2'), b.lastIndexOf(Buffer.alloc(0), 'ucs2'));

// case: encodings
const b = Buffer.from('\u00e9a\u00e9a');
console.log(b.lastIndexOf('\u00e9'), b.lastIndexOf('c3a9', 'hex'), b.lastIndexOf('w6k', 'base64url'), b.lastIndexOf('\u00c3', 'latin1'), b.lastIndexOf('\u00a9a', 'ascii'), b.lastIndexOf('\u00e9', 2));

// case: ucs2
const u = Buffer.from('abcbd', 'ucs2');
console.log(u.lastIndexOf('b', 'ucs2'), u.lastIndexOf('b', 5, 'ucs2'), u.lastIndexOf('b', 4, 'ucs2'), u.lastIndexOf('b', 3, 'ucs2'), u.lastIndexOf('b', 2, 'ucs2'), u.lastIndexOf('b', 1, 'ucs2'));
console.log(u.lastIndexOf('bd', 100, 'ucs2'), u.lastIndexOf('a', -100, 'ucs2'), u.lastIndexOf('a', -10, 'ucs2'), Buffer.from('610062', 'hex').lastIndexOf('b', 'ucs2'), Buffer.from('6100620063', 'hex').lastIndexOf('c', 'ucs2'));

// case: ucs2-buffer-needle
const u = Buffer.from('abcbd', 'ucs2');
console.log(u.lastIndexOf(Buffer.from('b', 'ucs2'), 'ucs2'), u.lastIndexOf(Buffer.from('b', 'ucs2'), 5, 'ucs2'), u.lastIndexOf(Buffer.from('62', 'hex'), 'ucs2'), u.lastIndexOf(Buffer.from('0063', 'hex')));
console.log(Buffer.from('61006200630064', 'hex').lastIndexOf(Buffer.from('9912', 'hex'), 100, 'ucs2'), Buffer.from('61006200630064', 'hex').lastIndexOf(Buffer.from('6200', 'hex'), 100, 'ucs2'));

// case: long-haystack
const b = Buffer.alloc(1000).fill('abcdefghijklmnopqrstuvwxyz');
b.write('needle-in-a-haystack', 30);
console.log(b.lastIndexOf('needle-in-a-haystack'), b.lastIndexOf('needle-in-a-haystack', 29), b.lastIndexOf('xyzabcdefghijklmnopq'), b.lastIndexOf('xyzabcdefghijklmnopq', 500), b.lastIndexOf('zz'));

// case: unknown-encoding
Buffer.from('abc').lastIndexOf('b', 'bogus');

// case: null-value
// needs: null-arguments
Buffer.from('abc').lastIndexOf(null, 1);
