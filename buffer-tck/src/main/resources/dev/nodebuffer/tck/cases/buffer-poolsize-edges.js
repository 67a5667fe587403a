// section: Class property: Buffer.poolSize

// case: zero-pools-nothing
Buffer.poolSize = 0;
const a = Buffer.allocUnsafe(1);
const s = Buffer.from('a');
console.log(Buffer.poolSize, a.buffer.byteLength, s.buffer.byteLength);

// case: small-pools
// Below 2 nothing is pooled; with 2 or 3 the threshold is 1, so 1 byte is not pooled either.
for (let size of [1, 2, 3, 4]) {
  Buffer.poolSize = size;
  let b = Buffer.allocUnsafe(1);
  console.log(size, b.buffer.byteLength);
}

// case: zero-byte-reservation
// With a pool of 8 the string path needs the real byte length of a 1-unit string: 0 for one hex
// or base64 digit, carved from the slab as an empty view that does not move the offset.
Buffer.poolSize = 8;
const a = Buffer.allocUnsafe(1);
const h = Buffer.from('a', 'hex');
const b = Buffer.from('Q', 'base64');
const c = Buffer.allocUnsafe(1);
console.log(h.length, h.buffer === a.buffer, h.byteOffset, b.buffer === a.buffer, b.byteOffset, c.byteOffset);

// case: one-byte-reservation-at-the-threshold
// With a pool of 8 (threshold 4) a 1-unit UTF-8 string reserves its real length, 1 or 3 bytes;
// a 2-byte character is pooled, a 4-unit string is not.
Buffer.poolSize = 8;
const a = Buffer.allocUnsafe(1);
const s1 = Buffer.from('\u00e9');
const s2 = Buffer.from('\u20ac');
const s3 = Buffer.from('abcd');
console.log(s1.buffer === a.buffer, s1.byteOffset, s2.buffer === a.buffer, s2.byteOffset, s3.buffer.byteLength);
