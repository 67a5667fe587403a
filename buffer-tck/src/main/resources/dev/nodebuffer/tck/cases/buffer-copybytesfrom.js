// section: Static method: Buffer.copyBytesFrom(view[, offset[, length]])

// case: doc-example
// needs: typed-arrays
const u16 = new Uint16Array([0, 0xffff]);
const buf = Buffer.copyBytesFrom(u16, 1, 1);
u16[1] = 0;
console.log(buf.length);
console.log(buf[0]);
console.log(buf[1]);

// case: uint8array
const u = new Uint8Array(4);
for (let i = 0; i < 4; i++) u[i] = i + 1;
const buf = Buffer.copyBytesFrom(u, 1, 2);
u[1] = 0;
console.log(buf, Buffer.copyBytesFrom(u), Buffer.copyBytesFrom(u, 2), Buffer.isBuffer(buf));

// case: buffer-view
const src = Buffer.from('hello');
console.log(Buffer.copyBytesFrom(src, 1, 3).toString());

// case: length-is-clamped
const u = new Uint8Array(3);
console.log(Buffer.copyBytesFrom(u, 1, 5).length, Buffer.copyBytesFrom(u, 0, 0).length);

// case: offset-at-or-past-end-is-empty
const u = new Uint8Array(3);
console.log(Buffer.copyBytesFrom(u, 3), Buffer.copyBytesFrom(u, 7, 1), Buffer.copyBytesFrom(u, 3, -1));

// case: empty-view-before-checks
console.log(Buffer.copyBytesFrom(new Uint8Array(0), -1), Buffer.copyBytesFrom(Buffer.alloc(0), 0, -5));

// case: pooled
const u = new Uint8Array(3);
const a = Buffer.copyBytesFrom(u);
const b = Buffer.copyBytesFrom(u, 1);
console.log(a.byteOffset, a.buffer.byteLength, b.byteOffset - a.byteOffset, a.buffer === b.buffer);

// case: large-is-not-pooled
const buf = Buffer.copyBytesFrom(new Uint8Array(4096));
console.log(buf.buffer.byteLength, buf.byteOffset);

// case: negative-offset
Buffer.copyBytesFrom(new Uint8Array(3), -1);

// case: negative-length
Buffer.copyBytesFrom(new Uint8Array(3), 0, -1);

// case: null-view
Buffer.copyBytesFrom(null);

// case: array-is-not-a-typed-array
// needs: loose-types
Buffer.copyBytesFrom([1, 2]);

// case: fractional-offset
// needs: fractional-numbers
Buffer.copyBytesFrom(new Uint8Array(3), 1.5);
