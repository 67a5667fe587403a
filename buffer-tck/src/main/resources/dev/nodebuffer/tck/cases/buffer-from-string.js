// section: Static method: Buffer.from(string[, encoding])

// case: doc-example
const buf1 = Buffer.from('this is a tést');
console.log(buf1.toString());
console.log(buf1.length);

// case: utf8-bytes
console.log(Buffer.from('€'), Buffer.from('é'), Buffer.from('😀'));

// case: encoding-names
console.log(Buffer.from('hi', 'utf8'), Buffer.from('hi', 'utf-8'), Buffer.from('hi', 'UTF-8'), Buffer.from('hi', ''));

// case: lone-surrogates
// Each lone surrogate becomes U+FFFD (EF BF BD); Java's getBytes would write '?'.
console.log(Buffer.from('a\ud800b'), Buffer.from('\udc00\ud800'), Buffer.from('\ud83d\ude00'));

// case: unknown-encoding
Buffer.from('abc', 'bogus');

// case: unknown-encoding-empty-string
// The encoding is checked before the empty string returns early.
Buffer.from('', 'utf16');

// case: empty-string
const buf = Buffer.from('');
console.log(buf.length, buf.buffer.byteLength);

// case: pooled
const a = Buffer.from('hello');
const b = Buffer.allocUnsafe(1);
console.log(a.buffer.byteLength, a.buffer === b.buffer, b.byteOffset - a.byteOffset);

// case: reservation-starts-new-slab
// The string path reserves 4 bytes per UTF-16 unit: 900 chars reserve 3600 bytes, more than the
// 3280 left, so a new slab starts although the 900 bytes would fit.
const big = Buffer.allocUnsafe(3900);
const s1 = Buffer.from('a'.repeat(1000));
const s2 = Buffer.from('a'.repeat(900));
console.log(s1.buffer === big.buffer, s1.byteOffset, s2.buffer === big.buffer, s2.byteOffset);

// case: exact-length-when-reservation-is-large
// 1100 chars would reserve 4400 >= 4096 bytes, so the exact byte length is used instead.
const a = Buffer.allocUnsafe(3000);
const s = Buffer.from('a'.repeat(1100));
console.log(s.buffer === a.buffer, s.byteOffset);

// case: multibyte-threshold
// 'é' is 2 bytes: 2047 of them (4094 bytes) are pooled, 2048 (4096 bytes) are not.
const pooled = Buffer.from('é'.repeat(2047));
const own = Buffer.from('é'.repeat(2048));
console.log(pooled.length, pooled.buffer.byteLength, own.length, own.buffer.byteLength);

// case: long-string-never-pooled
const own = Buffer.from('a'.repeat(4096));
const pooled = Buffer.from('a'.repeat(4095));
console.log(own.buffer.byteLength, pooled.buffer.byteLength);

// case: every-encoding
const s = 'héllo😀';
console.log(Buffer.from(s, 'utf8'), Buffer.from(s, 'latin1'), Buffer.from(s, 'binary'), Buffer.from(s, 'ascii'));
console.log(Buffer.from(s, 'ucs2'), Buffer.from(s, 'utf16le'), Buffer.from(s, 'UCS-2'));
console.log(Buffer.from('68656c6c6f', 'hex'), Buffer.from('aGVsbG8=', 'base64'), Buffer.from('aGVsbG8', 'base64url'));

// case: lenient-base64
console.log(Buffer.from('QQ==QUJD', 'base64'), Buffer.from('QU!J D\n', 'base64'), Buffer.from('-_-_', 'base64'), Buffer.from('+/+/', 'base64url'));

// case: hex-stops
console.log(Buffer.from('abzz12', 'hex'), Buffer.from('\u0141\u0142', 'hex'), Buffer.from('abc', 'hex'));

// case: hex-pooled-placement
// The x4 reservation applies to every encoding: 80 hex chars reserve 320 bytes.
const a = Buffer.allocUnsafe(4000);
const s1 = Buffer.from('a'.repeat(1000), 'latin1');
const b = Buffer.allocUnsafe(3000);
const s2 = Buffer.from('ab'.repeat(40), 'hex');
console.log(s1.byteOffset - a.byteOffset, s2.buffer === a.buffer, s2.byteOffset, s2.length);

// case: zero-bytes-on-the-slab
const z = Buffer.from('zz', 'hex');
const a = Buffer.allocUnsafe(1);
console.log(z.length, z.buffer === a.buffer, z.byteOffset === a.byteOffset);

// case: base64-estimate-overshoots
const own = Buffer.from('!'.repeat(5000), 'base64');
console.log(own.length, own.buffer.byteLength);

// case: doc-example-whole
const buf1 = Buffer.from('this is a tést');
const buf2 = Buffer.from('7468697320697320612074c3a97374', 'hex');

console.log(buf1.toString());
// Prints: this is a tést
console.log(buf2.toString());
// Prints: this is a tést
console.log(buf1.toString('latin1'));
// Prints: this is a tÃ©st
