// section: Static method: Buffer.from(arrayBuffer[, byteOffset[, length]])

// case: doc-example-shares-memory
// needs: typed-arrays
const arr = new Uint16Array(2);
arr[0] = 5000;
arr[1] = 4000;
// Shares memory with `arr`.
const buf = Buffer.from(arr.buffer);
console.log(buf);
// Changing the original Uint16Array changes the Buffer also.
arr[1] = 6000;
console.log(buf);

// case: shares-memory
const ab = new ArrayBuffer(4);
const view = Buffer.from(ab);
const other = Buffer.from(ab, 1, 2);
view[1] = 0x88;
other[1] = 0x13;
console.log(view, other, view.buffer === ab, other.buffer === ab, other.byteOffset);

// case: doc-example-offset-length
const ab = new ArrayBuffer(10);
const buf = Buffer.from(ab, 0, 2);
console.log(buf.length);

// case: doc-example-backing-store-beyond-view
// needs: typed-arrays
const arrA = Uint8Array.from([0x63, 0x64, 0x65, 0x66]); // 4 elements
const arrB = new Uint8Array(arrA.buffer, 1, 2); // 2 elements
console.log(arrA.buffer === arrB.buffer);
const buf = Buffer.from(arrB.buffer);
console.log(buf);

// case: doc-example-buf-buffer
const arrayBuffer = new ArrayBuffer(16);
const buf = Buffer.from(arrayBuffer);
console.log(buf.buffer === arrayBuffer);

// case: view-of-the-pool-slab
// A pooled buffer's ArrayBuffer is the whole slab: viewing it shows other buffers' bytes.
const a = Buffer.from([1, 2]);
const slab = Buffer.from(a.buffer);
console.log(slab.length, slab[a.byteOffset], slab[a.byteOffset + 1]);

// case: never-pooled
const buf = Buffer.from(new ArrayBuffer(4));
console.log(buf.byteOffset, Buffer.allocUnsafe(1).byteOffset);

// case: offset-only
const ab = new ArrayBuffer(8);
console.log(Buffer.from(ab, 3).length, Buffer.from(ab, 3).byteOffset, Buffer.from(ab, 8).length, Buffer.from(ab, 8, 0).length);

// case: negative-length-is-zero
console.log(Buffer.from(new ArrayBuffer(4), 0, -1), Buffer.from(new ArrayBuffer(4), 2, 0));

// case: empty
const buf = Buffer.from(new ArrayBuffer(0));
console.log(buf.length, buf.buffer.byteLength);

// case: offset-beyond-end
Buffer.from(new ArrayBuffer(4), 5);

// case: length-beyond-end
Buffer.from(new ArrayBuffer(4), 1, 4);

// case: length-beyond-end-at-the-end
Buffer.from(new ArrayBuffer(4), 4, 1);

// case: negative-offset
Buffer.from(new ArrayBuffer(4), -1);

// case: negative-offset-with-length
Buffer.from(new ArrayBuffer(4), -1, 2);

// case: negative-offset-length-checked-first
// The rest is byteLength - byteOffset = 5, so a length of 6 fails before the offset does.
Buffer.from(new ArrayBuffer(4), -1, 6);

// case: fractional-offset
// needs: fractional-numbers
console.log(Buffer.from(new ArrayBuffer(8), 1.5).length);
