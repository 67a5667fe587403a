// section: buf.subarray([start[, end]])

// case: doc-example-shares-memory
const buf1 = Buffer.allocUnsafe(26);
for (let i = 0; i < 26; i++) {
  buf1[i] = i + 97;
}
const buf2 = buf1.subarray(0, 3);
console.log(buf2.toString('ascii', 0, buf2.length));
buf1[0] = 33;
console.log(buf2.toString('ascii', 0, buf2.length));

// case: doc-example-negative-indexes
const buf = Buffer.from('buffer');
console.log(buf.subarray(-6, -1).toString());
console.log(buf.subarray(-6, -2).toString());
console.log(buf.subarray(-5, -2).toString());

// case: defaults
const b = Buffer.from('0102030405', 'hex');
console.log(b.subarray(), b.subarray(2), b.subarray(-2), b.subarray(0, 5));

// case: is-a-view-of-the-same-memory
const b = Buffer.from('0102030405', 'hex');
const s = b.subarray(1, 4);
s.fill(9);
b[1] = 7;
console.log(b, s, s.buffer === b.buffer, s.byteOffset - b.byteOffset, s.length, s instanceof Buffer);

// case: clamping
const b = Buffer.from('0102030405', 'hex');
console.log(b.subarray(-100), b.subarray(3, 100), b.subarray(100), b.subarray(-100, -99), b.subarray(4, 2), b.subarray(5, 5));

// case: fractions-truncate
const b = Buffer.from('0102030405060708', 'hex');
console.log(b.subarray(2.7, 5.9), b.subarray(-1.5), b.subarray(6, 2));

// case: nan-is-zero
// needs: fractional-numbers
const b = Buffer.from('0102030405060708', 'hex');
console.log(b.subarray(NaN, NaN), b.subarray(NaN, 2), b.subarray(6, NaN));

// case: null-end-is-zero
// needs: loose-types
console.log(Buffer.alloc(4).subarray(null, null).length, Buffer.alloc(4).subarray(2, null).length);

// case: empty-buffer
const e = Buffer.alloc(0);
console.log(e.subarray(), e.subarray(-1, 1), e.subarray(1).length);

// case: subarray-of-subarray
const b = Buffer.from('abcdefgh');
const s = b.subarray(2, 7).subarray(1, -1);
console.log(s.toString(), s.byteOffset - b.byteOffset, s.buffer === b.buffer);

// case: pooled-view-offsets
const b = Buffer.from('abcdef');
const s = b.subarray(2);
console.log(s.byteOffset, b.byteOffset, s.buffer.byteLength);
