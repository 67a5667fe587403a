// section: buf.write(string[, offset[, length]][, encoding])

// case: doc-example
const buf = Buffer.alloc(256);
const len = buf.write('\u00bd + \u00bc = \u00be', 0);
console.log(`${len} bytes: ${buf.toString('utf8', 0, len)}`);
// (the docs name this one `buffer`; here that is the kit's global for the buffer module)
const buf10 = Buffer.alloc(10);
const length = buf10.write('abcd', 8);
console.log(`${length} bytes: ${buf10.toString('utf8', 8, 10)}`);

// case: whole-characters-only
const a = Buffer.alloc(4);
const b = Buffer.alloc(5);
console.log(a.write('a😀'), a, b.write('a😀'), b);
console.log(Buffer.alloc(2).write('€'), Buffer.alloc(3).write('😀'), Buffer.alloc(2).write('\ud800'));

// case: encodings
const b = Buffer.alloc(8);
console.log(b.write('abcd', 'hex'), b.write('QUJD', 2, 'base64'), b);
console.log(b.write('é', 5, 'latin1'), b.write('hi', 6, 2, 'ucs2'), b);

// case: partial-utf16le
const b = Buffer.alloc(5);
console.log(b.write('abc', 'utf16le'), b);

// case: hex-stops-at-first-bad-pair
const b = Buffer.alloc(4);
console.log(b.write('abzz12', 'hex'), b.write('zz', 'hex'), Buffer.alloc(1).write('aabb', 'hex'), b);

// case: base64-into-short-room
const b = Buffer.alloc(2);
console.log(b.write('QUJDRA==', 'base64'), b);

// case: length-is-checked-against-the-buffer-length
const b = Buffer.from('abc');
console.log(b.write('xy', 1, 3), b);

// case: length-beyond-buffer
Buffer.from('abc').write('xy', 1, 5);

// case: offset-beyond-buffer
Buffer.alloc(4).write('a', 5);

// case: negative-offset
Buffer.alloc(4).write('a', -1);

// case: unknown-encoding
Buffer.alloc(4).write('a', 0, 4, 'bogus');

// case: offset-equal-to-length
const b = Buffer.alloc(4);
console.log(b.write('abc', 4), b.write('abc', 2, 'latin1'), b);
