// section: Static method: Buffer.from(array)

// case: doc-example
// Creates a new Buffer containing the UTF-8 bytes of the string 'buffer'.
const buf = Buffer.from([0x62, 0x75, 0x66, 0x66, 0x65, 0x72]);
console.log(buf, buf.toString());

// case: to-uint8
console.log(Buffer.from([257, -1, 1.9, -1.5, 256, 4294967301]));

// case: to-uint8-of-non-numbers
// Each element goes through ToNumber, then modulo 256: strings are parsed, null is 0, true 1.
console.log(Buffer.from(['3', '0x10', ' 7 ', 'x', '', null, true, false, NaN, Infinity]));

// case: empty
const buf = Buffer.from([]);
console.log(buf, buf.buffer.byteLength);

// case: pooled
const a = Buffer.from([1, 2, 3]);
const b = Buffer.from([4, 5]);
console.log(a.buffer === b.buffer, a.buffer.byteLength, b.byteOffset - a.byteOffset);

// case: first-pooled-offset
console.log(Buffer.from([1]).byteOffset);

// case: half-pool-is-not-pooled
const big = [];
for (let i = 0; i < 4096; i++) big.push(i);
const small = big.slice(0, 4095);
const a = Buffer.from(big);
const b = Buffer.from(small);
console.log(a.buffer.byteLength, a.byteOffset, b.buffer.byteLength, a[4095], b[4094]);

// case: new-slab-when-too-big
Buffer.allocUnsafe(4000);
const a = Buffer.from(new Array(4000).fill(1));
console.log(a.byteOffset, a.buffer.byteLength);
const b = Buffer.from(new Array(200).fill(2));
console.log(b.byteOffset, b.buffer === a.buffer);

// case: is-a-copy
const arr = [1, 2, 3];
const buf = Buffer.from(arr);
arr[0] = 9;
buf[1] = 8;
console.log(buf, arr);

// case: null
// needs: null-arguments
Buffer.from(null);

// case: number-is-not-an-array
// needs: loose-types
Buffer.from(5);
