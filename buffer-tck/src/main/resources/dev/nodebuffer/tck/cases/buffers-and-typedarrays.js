// section: Buffers and TypedArrays

// case: doc-example-typedarray-from-buffer
// needs: typed-arrays
// (the case prints its length and elements, as it did before show.js printed typed arrays)
const buf = Buffer.from([1, 2, 3, 4]);
const uint32array = new Uint32Array(buf);

console.log(uint32array.length, Array.from(uint32array));

// Prints: Uint32Array(4) [ 1, 2, 3, 4 ]

// case: doc-example-typedarray-over-buffer-memory
// needs: typed-arrays
// (the case prints its length and elements, as it did before show.js printed typed arrays)
const buf = Buffer.from('hello', 'utf16le');
const uint16array = new Uint16Array(
  buf.buffer,
  buf.byteOffset,
  buf.length / Uint16Array.BYTES_PER_ELEMENT);

console.log(uint16array.length, Array.from(uint16array));

// Prints: Uint16Array(5) [ 104, 101, 108, 108, 111 ]

// case: doc-example-copy-or-share
// needs: typed-arrays
const arr = new Uint16Array(2);

arr[0] = 5000;
arr[1] = 4000;

// Copies the contents of `arr`.
const buf1 = Buffer.from(arr);

// Shares memory with `arr`.
const buf2 = Buffer.from(arr.buffer);

console.log(buf1);
// Prints: <Buffer 88 a0>
console.log(buf2);
// Prints: <Buffer 88 13 a0 0f>

arr[1] = 6000;

console.log(buf1);
// Prints: <Buffer 88 a0>
console.log(buf2);
// Prints: <Buffer 88 13 70 17>

// case: doc-example-part-of-the-array-buffer
// needs: typed-arrays
const arr = new Uint16Array(20);
const buf = Buffer.from(arr.buffer, 0, 16);

console.log(buf.length);
// Prints: 16
