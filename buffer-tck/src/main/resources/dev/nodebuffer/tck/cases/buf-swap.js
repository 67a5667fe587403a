// section: buf.swap16(), buf.swap32(), buf.swap64()

// Doc examples build their buffers with Buffer.from([...]); here the same bytes come from hex.

// case: doc-swap16
const buf1 = Buffer.from('0102030405060708', 'hex');
console.log(buf1);
buf1.swap16();
console.log(buf1);
const buf2 = Buffer.from('010203', 'hex');
buf2.swap16();

// case: doc-swap16-utf16
const buf = Buffer.from('This is little-endian UTF-16', 'utf16le');
console.log(buf.swap16() === buf, buf.toString('utf16le').length, buf.swap16().toString('utf16le'));

// case: doc-swap32
const buf1 = Buffer.from('0102030405060708', 'hex');
console.log(buf1);
buf1.swap32();
console.log(buf1);
const buf2 = Buffer.from('010203', 'hex');
buf2.swap32();

// case: doc-swap64
const buf1 = Buffer.from('0102030405060708', 'hex');
console.log(buf1);
buf1.swap64();
console.log(buf1);
const buf2 = Buffer.from('010203', 'hex');
buf2.swap64();

// case: returns-this
const b = Buffer.from('0102030405060708', 'hex');
console.log(b.swap16() === b, b.swap32() === b, b.swap64() === b, b);

// case: empty-is-fine
const e = Buffer.alloc(0);
console.log(e.swap16(), e.swap32(), e.swap64());

// case: long-buffers
const b = Buffer.from('000102030405060708090a0b0c0d0e0f'.repeat(9), 'hex');
console.log(b.swap16().readUInt32BE(0), b.readUInt32BE(140));
console.log(b.swap32().readUInt32BE(0), b.swap64().readBigUInt64BE(136));

// case: swap-a-pooled-view
const a = Buffer.from('0102', 'hex');
const b = Buffer.from('0304', 'hex');
console.log(a.swap16(), b, a.buffer === b.buffer);

// case: swap16-odd-length
Buffer.alloc(7).swap16();

// case: swap32-not-multiple-of-four
Buffer.alloc(6).swap32();

// case: swap64-not-multiple-of-eight
Buffer.alloc(12).swap64();
