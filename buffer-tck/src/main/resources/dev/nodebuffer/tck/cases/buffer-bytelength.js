// section: Static method: Buffer.byteLength(string[, encoding])

// case: doc-example
const str = '\u00bd + \u00bc = \u00be';
console.log(`${str}: ${str.length} characters, ` + `${Buffer.byteLength(str, 'utf8')} bytes`);

// case: utf8
console.log(Buffer.byteLength('😀'), Buffer.byteLength('\ud800\ud800'), Buffer.byteLength('€'), Buffer.byteLength(''));

// case: per-encoding
const s = 'héllo😀';
console.log(Buffer.byteLength(s, 'utf8'), Buffer.byteLength(s, 'latin1'), Buffer.byteLength(s, 'ascii'), Buffer.byteLength(s, 'ucs2'));
console.log(Buffer.byteLength('abcde', 'hex'), Buffer.byteLength('QUJDRA==', 'base64'), Buffer.byteLength('QUJDRA===', 'base64'));
console.log(Buffer.byteLength('a b c d', 'base64'), Buffer.byteLength('====', 'base64url'), Buffer.byteLength('QUJDRA==garbage', 'base64'));

// case: unknown-encoding-counts-utf8
console.log(Buffer.byteLength('é', 'bogus'), Buffer.byteLength('é', ''), Buffer.byteLength('é', 'UTF16LE'));

// case: buffer-and-arraybuffer
console.log(Buffer.byteLength(Buffer.alloc(3)), Buffer.byteLength(new Uint8Array(5)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(Buffer.from('héllo')));

// case: view-counts-its-own-bytes
const ab = new ArrayBuffer(8);
console.log(Buffer.byteLength(Buffer.from(ab, 2, 3)), Buffer.byteLength(ab));
